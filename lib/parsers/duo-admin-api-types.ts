// Duo Admin API integration `type` → catalog entry, one row per type with its source. Shared by the
// Admin API importer and the Duo sync (import it from lib/parsers). Pure data.
//
// Sources: each row names the Duo documentation page of that integration (duo.com/docs/<page>); the
// pages of Auth-Proxy-fronted integrations say "install the Duo Authentication Proxy … this Duo proxy
// server also acts as a RADIUS server" (or an LDAP server), so those applications follow the
// proxy's failmode (failmode = safe|secure in its server section, default safe) and are mapped onto
// the auth-proxy-radius / auth-proxy-ldap entries (CatalogEntry.viaAuthProxy). The `type` strings
// are those the Admin API reports in "type" (Retrieve Integrations, https://duo.com/docs/adminapi);
// that page's list could not be re-read offline, so a type not in this table is imported as
// other-third-party with a warning and a note naming it — never silently as "no failmode control".
import type { IntegrationSlug } from '../domain/types';

export interface DuoAdminApiTypeRow {
  /** The Admin API `type` value. */
  type: string;
  slug: IntegrationSlug;
  /** Reaches Duo through an Authentication Proxy section: follows the proxy's failmode. */
  viaAuthProxy: boolean;
  /** Where the mapping comes from (Duo documentation page). */
  source: string;
  /** What the import assumes, written into the application's notes (English, as all notes). */
  note?: string;
}

const D = (page: string) => `https://duo.com/docs/${page}`;
const PROXY_RADIUS_NOTE = (what: string, page: string) =>
  `Duo type is ${what}, which Duo documents behind the Duo Authentication Proxy (RADIUS, ${D(page)}): it follows the failmode of that proxy's radius_server_* section (default safe = fail open). Import that authproxy.cfg for the configured failmode.`;

export const DUO_ADMIN_API_TYPES: readonly DuoAdminApiTypeRow[] = Object.freeze([
  // Authentication Proxy itself
  {
    type: 'radius',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('radius'),
    note: 'Duo type "radius" is served by an Authentication Proxy radius_server_* section; import that authproxy.cfg for the configured failmode (default safe).',
  },
  {
    type: 'ldapproxy',
    slug: 'auth-proxy-ldap',
    viaAuthProxy: true,
    source: D('ldap'),
    note: 'Duo type "ldapproxy" is served by an Authentication Proxy [ldap_server_auto] section; import that authproxy.cfg for the configured failmode (default safe).',
  },
  // VPNs, gateways and appliances fronted by the Authentication Proxy
  {
    type: 'cisco',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('cisco'),
    note: `${PROXY_RADIUS_NOTE('"cisco" (Cisco ASA / AnyConnect)', 'cisco')} Cisco ASA set up with LDAPS uses [ldap_server_auto] instead: change the integration to auth-proxy-ldap then.`,
  },
  {
    type: 'paloalto',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('paloalto'),
    note: PROXY_RADIUS_NOTE('"paloalto" (Palo Alto GlobalProtect)', 'paloalto'),
  },
  {
    type: 'juniper',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('juniper'),
    note: PROXY_RADIUS_NOTE('"juniper" (Juniper / Pulse Secure SSL VPN)', 'juniper'),
  },
  {
    type: 'citrixns',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('citrix-netscaler-nfactor'),
    note: PROXY_RADIUS_NOTE('"citrixns" (NetScaler / Citrix Gateway)', 'citrix-netscaler-nfactor'),
  },
  {
    type: 'f5bigip',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('f5bigip'),
    note: PROXY_RADIUS_NOTE('"f5bigip" (F5 BIG-IP APM)', 'f5bigip'),
  },
  {
    type: 'fortinet',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('fortinet'),
    note: PROXY_RADIUS_NOTE('"fortinet" (FortiGate SSL VPN)', 'fortinet'),
  },
  {
    type: 'sonicwallsra',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('sonicwallsra'),
    note: PROXY_RADIUS_NOTE('"sonicwallsra" (SonicWall SRA / SMA)', 'sonicwallsra'),
  },
  {
    type: 'barracuda',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('barracuda'),
    note: PROXY_RADIUS_NOTE('"barracuda" (Barracuda SSL VPN)', 'barracuda'),
  },
  {
    type: 'array',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('array'),
    note: PROXY_RADIUS_NOTE('"array" (Array Networks AG)', 'array'),
  },
  {
    type: 'rras',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('rras'),
    note: PROXY_RADIUS_NOTE('"rras" (Microsoft RRAS VPN)', 'rras'),
  },
  {
    type: 'vmwareview',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('vmwareview'),
    note: PROXY_RADIUS_NOTE('"vmwareview" (VMware Horizon View)', 'vmwareview'),
  },
  {
    type: 'netmotion',
    slug: 'auth-proxy-radius',
    viaAuthProxy: true,
    source: D('netmotion'),
    note: PROXY_RADIUS_NOTE('"netmotion" (NetMotion Mobility)', 'netmotion'),
  },
  // Duo-developed applications with their own failmode setting
  { type: 'rdp', slug: 'windows-logon-rdp', viaAuthProxy: false, source: D('rdp') },
  { type: 'unix', slug: 'duo-unix', viaAuthProxy: false, source: D('duounix') },
  {
    type: 'adfs',
    slug: 'adfs-3-4',
    viaAuthProxy: false,
    source: D('adfs'),
    note: 'The Admin API does not say the AD FS version: AD FS 3/4 assumed; change the integration to adfs-2 for AD FS 2.x.',
  },
  { type: 'owa', slug: 'owa', viaAuthProxy: false, source: D('owa') },
  { type: 'rdgateway', slug: 'rd-web-gateway', viaAuthProxy: false, source: D('rdgateway') },
  { type: 'rdweb', slug: 'rd-web-gateway', viaAuthProxy: false, source: D('rdweb') },
  { type: 'dag', slug: 'duo-access-gateway', viaAuthProxy: false, source: D('dag') },
  {
    type: 'oracle',
    slug: 'oracle-access-manager',
    viaAuthProxy: false,
    source: D('oam'),
    note: 'Duo type "oracle": Oracle Access Manager assumed.',
  },
  // Duo-developed, no failmode control
  { type: 'dng', slug: 'duo-network-gateway', viaAuthProxy: false, source: D('dng') },
  { type: 'azure-ca', slug: 'azure-conditional-access', viaAuthProxy: false, source: D('azure-ca') },
  // Web SDK / custom code
  {
    type: 'websdk',
    slug: 'websdk-v2',
    viaAuthProxy: false,
    source: D('duoweb'),
    note: 'The Admin API does not say the Web SDK version: WebSDK v2 assumed (its fail-open logic must be verified); change the integration to websdk-v4 if the application uses the Universal Prompt health_check().',
  },
  {
    type: 'authapi',
    slug: 'custom',
    viaAuthProxy: false,
    source: D('authapi'),
    note: 'Duo type "authapi": a custom integration of the Auth API; its fail-open behaviour is the application\'s own code.',
  },
  // Third party
  { type: 'okta', slug: 'okta', viaAuthProxy: false, source: D('okta') },
  { type: 'onelogin', slug: 'onelogin', viaAuthProxy: false, source: D('onelogin') },
  { type: 'lastpass', slug: 'lastpass', viaAuthProxy: false, source: D('lastpass') },
  { type: '1password', slug: '1password', viaAuthProxy: false, source: D('1password') },
] satisfies DuoAdminApiTypeRow[]);

/** Types that protect no user login (API credentials): skipped with a warning. */
export const DUO_TYPES_SKIPPED: readonly string[] = ['adminapi', 'accountsapi'];
