// One test per catalog entry (SPEC §2.5: "Keep the catalog as typed data with one test per entry").
import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_ENTRIES, CATALOG_VERSION, getCatalogEntry } from '../../../lib/domain/catalog';
import type { CatalogEntry, DefaultWhenUnreachable, IntegrationFamily } from '../../../lib/domain/catalog';
import type { IntegrationSlug } from '../../../lib/domain/types';
import { INTEGRATION_SLUGS } from '../../../lib/domain/types';

interface Expected {
  family: IntegrationFamily;
  configurable: boolean;
  control: CatalogEntry['failmodeControl'];
  dflt: DefaultWhenUnreachable;
  /** The fact (SPEC §2.5 or guide) the entry must state. */
  fact: string;
  /** Text that must appear in howToSet.en (where and how it is set). */
  how: RegExp;
  /** Text that must appear in drRemoval.en (the manual DR procedure). */
  dr: RegExp;
}

const EXPECTED: Record<IntegrationSlug, Expected> = {
  'auth-proxy-radius': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'safe',
    fact: 'SPEC §2.5: failmode in radius_server_* sections, absent means safe',
    how: /authproxy\.cfg.*radius_server_auto.*radius_server_eap.*Absent means safe/s,
    dr: /primary authentication server/,
  },
  'auth-proxy-ldap': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'safe',
    fact: 'SPEC §2.5: failmode in ldap_server_auto, absent means safe',
    how: /\[ldap_server_auto\].*Absent means safe/s,
    dr: /directory server/,
  },
  'duo-access-gateway': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'n/a',
    fact: 'guide p.10: integrations that use the Duo Access Gateway have the option to specify a failmode',
    how: /failmode option/,
    dr: /SAML/,
  },
  'windows-logon-rdp': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'safe',
    fact: 'SPEC §2.5: DWORD FailOpen under HKLM\\Software\\Duo Security\\DuoCredProv (1 open, 0 closed); default open',
    how: /FailOpen.*HKLM\\Software\\Duo Security\\DuoCredProv.*1 = fail open.*0 = fail closed/s,
    dr: /FailOpen/,
  },
  'duo-unix': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'safe',
    fact: 'SPEC §2.5: failmode in [duo] of login_duo.conf / pam_duo.conf, case-sensitive, absent means safe',
    how: /\[duo\].*login_duo\.conf.*pam_duo\.conf.*Absent means safe/s,
    dr: /pam_duo\.so/,
  },
  'adfs-2': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'secure',
    fact: 'duo.com/docs/adfs-faq: FailOpen DWORD set to 1 when "Bypass Duo authentication when offline" is selected',
    how: /DuoIis/,
    dr: /AD FS/,
  },
  'adfs-3-4': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'secure',
    fact: 'duo.com/docs/adfs-faq: FailOpen DWORD under Duo Security\\DuoAdfs',
    how: /DuoAdfs/,
    dr: /Authentication Methods/,
  },
  owa: {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'safe',
    fact: 'SPEC §2.5: OWA: MSI property FAILOPEN; default open',
    how: /FAILOPEN/,
    dr: /OWA/,
  },
  'rd-web-gateway': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'secure',
    fact: 'SPEC §2.5: RD Web/Gateway: installer checkbox; closed if unchecked',
    how: /checkbox.*unchecked = fail closed/s,
    dr: /RD Web/,
  },
  'oracle-access-manager': {
    family: 'duo-configurable',
    configurable: true,
    control: 'setting',
    dflt: 'secure',
    fact: 'guide p.8: Oracle Access Manager provides failmode control',
    how: /Fail mode/,
    dr: /OAM/,
  },
  'duo-network-gateway': {
    family: 'duo-no-control',
    configurable: false,
    control: 'none',
    dflt: 'secure',
    fact: 'guide p.10: "The Duo Network Gateway (DNG) will fail closed if it cannot reach Duo’s cloud service."',
    how: /fails closed/,
    dr: /without the DNG/,
  },
  'azure-conditional-access': {
    family: 'duo-no-control',
    configurable: false,
    control: 'none',
    dflt: 'secure',
    fact: 'guide p.10: "Azure Conditional Access (CA) will fail closed"; remove the Duo 2FA requirement from the CA policy',
    how: /fails closed/,
    dr: /Conditional Access policy/,
  },
  'duo-sso': {
    family: 'duo-no-control',
    configurable: false,
    control: 'none',
    dflt: 'secure',
    fact: 'guide p.10: "Duo SSO handles both primary and secondary authentication"; de-federation as a last resort',
    how: /primary and secondary authentication/,
    dr: /de-federate/,
  },
  'websdk-v2': {
    family: 'websdk',
    configurable: false,
    control: 'app-code',
    dflt: 'secure',
    fact: 'guide p.8: "the WebSDK alone will not allow users to authenticate without successfully completing two-factor authentication"',
    how: /No built-in failmode/,
    dr: /fail-open path/,
  },
  'websdk-v4': {
    family: 'websdk',
    configurable: true,
    control: 'app-code',
    dflt: 'secure',
    fact: 'guide p.9: "If the application does not include checks ... it will default to fail secure (closed)"',
    how: /health_check\(\)/,
    dr: /fail-open path/,
  },
  lastpass: {
    family: 'third-party',
    configurable: false,
    control: 'none',
    dflt: 'secure',
    fact: 'guide p.9: LastPass "No configurable failmode"; "admins need to login to LastPass and remove Duo"',
    how: /No configurable failmode/,
    dr: /LastPass admin console and removes Duo/,
  },
  '1password': {
    family: 'third-party',
    configurable: false,
    control: 'none',
    dflt: 'n/a',
    fact: 'guide p.9: 1Password "No configurable failmode"; "Does not require MFA for offline access or standalone vault"',
    how: /No configurable failmode/,
    dr: /offline access/,
  },
  okta: {
    family: 'third-party',
    configurable: false,
    control: 'none',
    dflt: 'n/a',
    fact: 'guide p.9: Okta "No configurable failmode"; admins remove Duo from the authentication workflow',
    how: /No configurable failmode/,
    dr: /removes Duo from the authentication workflow/,
  },
  onelogin: {
    family: 'third-party',
    configurable: false,
    control: 'none',
    dflt: 'n/a',
    fact: 'guide p.9: OneLogin "No configurable failmode"; admins remove Duo from the authentication workflow',
    how: /No configurable failmode/,
    dr: /removes Duo from the authentication workflow/,
  },
  'ping-federate': {
    family: 'third-party',
    configurable: true,
    control: 'setting',
    dflt: 'secure',
    fact: 'guide p.9: Ping Federate "Offers configurable failmode"',
    how: /Failure Mode/,
    dr: /Failure Mode/,
  },
  cas: {
    family: 'third-party',
    configurable: true,
    control: 'setting',
    dflt: 'n/a',
    fact: 'guide p.9: CAS "Offers configurable failmode"',
    how: /fail open vs fail closed/,
    dr: /failure mode/,
  },
  thycotic: {
    family: 'third-party',
    configurable: false,
    control: 'none',
    dflt: 'secure',
    fact: 'guide p.10: third parties such as Thycotic may not offer a way to control the failmode and may default to fail secure',
    how: /may default to fail secure/,
    dr: /removes Duo/,
  },
  'other-third-party': {
    family: 'third-party',
    configurable: false,
    control: 'none',
    dflt: 'secure',
    fact: 'SPEC §2.5: unknown: treat as no failmode control, may default to fail secure',
    how: /may default to fail secure/,
    dr: /vendor/,
  },
  custom: {
    family: 'third-party',
    configurable: false,
    control: 'app-code',
    dflt: 'n/a',
    fact: 'SPEC §2.4: custom code: fail-open logic is the app’s own',
    how: /application code/,
    dr: /fail-open path/,
  },
};

describe('integration catalog', () => {
  it('has exactly one entry per slug in INTEGRATION_SLUGS, in order', () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...INTEGRATION_SLUGS].sort());
    expect(CATALOG_ENTRIES.map((e) => e.slug)).toEqual([...INTEGRATION_SLUGS]);
    expect(Object.keys(EXPECTED).sort()).toEqual([...INTEGRATION_SLUGS].sort());
  });

  it('has a dated version string', () => {
    expect(CATALOG_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('getCatalogEntry throws for an unknown slug', () => {
    expect(() => getCatalogEntry('nope' as IntegrationSlug)).toThrow(/Unknown integration slug/);
  });

  it('SPEC §2.5: the Duo-developed configurable list, the no-control list and the configurable third parties', () => {
    const configurable = CATALOG_ENTRIES.filter((e) => e.failmodeControl === 'setting').map((e) => e.slug);
    expect(configurable).toEqual([
      'auth-proxy-radius',
      'auth-proxy-ldap',
      'duo-access-gateway',
      'windows-logon-rdp',
      'duo-unix',
      'adfs-2',
      'adfs-3-4',
      'owa',
      'rd-web-gateway',
      'oracle-access-manager',
      'ping-federate',
      'cas',
    ]);
    const noControl = CATALOG_ENTRIES.filter((e) => e.failmodeControl === 'none').map((e) => e.slug);
    expect(noControl).toEqual([
      'duo-network-gateway',
      'azure-conditional-access',
      'duo-sso',
      'lastpass',
      '1password',
      'okta',
      'onelogin',
      'thycotic',
      'other-third-party',
    ]);
    expect(CATALOG_ENTRIES.filter((e) => e.failmodeControl === 'app-code').map((e) => e.slug)).toEqual([
      'websdk-v2',
      'websdk-v4',
      'custom',
    ]);
  });

  it.each(CATALOG_ENTRIES.map((e) => [e.slug, e] as const))('%s', (slug, e) => {
    const x = EXPECTED[slug];
    expect(e.slug).toBe(slug);
    expect(getCatalogEntry(slug)).toBe(e);
    // fields non-empty, both languages
    for (const t of [e.displayName, e.howToSet, e.drRemoval, ...e.notes]) {
      expect(t.en.trim().length).toBeGreaterThan(0);
      expect(t.de.trim().length).toBeGreaterThan(0);
    }
    expect(e.docUrl).toMatch(/^https:\/\/(duo\.com\/docs|docs\.pingidentity\.com|apereo\.github\.io)/);
    expect(e.sources.length).toBeGreaterThan(0);
    for (const s of e.sources) expect(s).toMatch(/^(Duo outage guide p\.\d|SPEC §2\.\d|https:\/\/)/);
    // the facts
    expect(
      { family: e.family, configurable: e.failmodeConfigurable, control: e.failmodeControl, dflt: e.defaultWhenUnreachable },
      x.fact,
    ).toEqual({
      family: x.family,
      configurable: x.configurable,
      control: x.control,
      dflt: x.dflt,
    });
    expect(e.howToSet.en).toMatch(x.how);
    expect(e.drRemoval.en).toMatch(x.dr);
    // consistency between the flags
    if (e.failmodeControl === 'none') expect(e.failmodeConfigurable).toBe(false);
    if (e.failmodeControl === 'setting') expect(e.failmodeConfigurable).toBe(true);
    expect(e.customFailOpen === 'never').toBe(e.failmodeControl !== 'app-code');
    expect(e.primaryOnlyMode).toBe(slug === 'auth-proxy-radius' || slug === 'auth-proxy-ldap');
  });

  it('Auth Proxy notes carry the preauth-only caveat, the log lines and Primary Only Mode (60 min default, 240 max)', () => {
    const notes = CATALOG['auth-proxy-radius'].notes.map((n) => n.en).join('\n');
    expect(notes).toMatch(/preauth call only/);
    expect(notes).toMatch(/Failmode Safe - Allowed Duo login on preauth failure/);
    expect(notes).toMatch(/Failmode Secure - Denied Duo login on preauth failure/);
    expect(notes).toMatch(/default 60 minutes, at most 240/);
    // Duo's proxy source (slayer/duoauthproxy-freebsd, duoauthproxy/lib/primary_only_manager.py): the
    // proxy STOPS when Primary Only Mode expires; it does not return to 2FA by itself.
    expect(notes).toMatch(/Primary only mode has expired\. Stopping proxy/);
    expect(notes).not.toMatch(/ends by itself/i);
    expect(notes).toMatch(/Primary Only Mode - Secondary authentication bypassed/);
    const de = CATALOG['auth-proxy-radius'].notes.map((n) => n.de).join('\n');
    expect(de).toMatch(/Nur primärer Modus/);
    expect(de).toMatch(/Beeinträchtigung/);
  });

  it('Auth Proxy DR removal never sends a fail-secure or most-restrictive section to Primary Only Mode (issue 12 #3)', () => {
    for (const slug of ['auth-proxy-radius', 'auth-proxy-ldap'] as const) {
      expect(CATALOG[slug].drRemoval.en).not.toMatch(/^Run Primary Only Mode/);
      expect(CATALOG[slug].drRemoval.en).toMatch(/only this application loses 2FA/);
    }
  });

  it('cloud-to-cloud integrations are not behind your egress (a firewall block does not invoke their failmode)', () => {
    const cloud = CATALOG_ENTRIES.filter((e) => e.duoCalledFrom === 'vendor-cloud').map((e) => e.slug);
    expect(cloud).toEqual(['azure-conditional-access', 'duo-sso', 'lastpass', '1password', 'okta', 'onelogin']);
  });

  it('third-party defaults that the guide only hedges ("may default to fail secure") are marked as assumed', () => {
    expect(CATALOG.lastpass.defaultAssumed).toBe(true);
    expect(CATALOG.thycotic.defaultAssumed).toBe(true);
    expect(CATALOG['duo-network-gateway'].defaultAssumed).toBe(false);
    expect(CATALOG.lastpass.notes.map((n) => n.en).join(' ')).toMatch(/may keep access/);
  });

  it('Windows Logon carries no unsourced claim about newer installers', () => {
    expect(CATALOG['windows-logon-rdp'].notes.map((n) => n.en).join(' ')).not.toMatch(/[Nn]ewer installers/);
  });

  it('Duo Unix notes carry its log lines', () => {
    expect(CATALOG['duo-unix'].notes.map((n) => n.en).join('\n')).toMatch(/Failsafe Duo login.*Failsecure Duo login/);
  });

  it('Web SDK notes name the Auth API /ping and /check endpoints', () => {
    const notes = CATALOG['websdk-v2'].notes.map((n) => n.en).join('\n');
    expect(notes).toMatch(/\/auth\/v2\/ping/);
    expect(notes).toMatch(/\/auth\/v2\/check/);
  });
});
