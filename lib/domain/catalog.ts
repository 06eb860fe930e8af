// The integration catalog (SPEC §2.5) as typed data: one entry per slug in INTEGRATION_SLUGS.
// Pure data, no framework imports. Every fact names its source in sources:
//   "Duo outage guide p.N" = the English guide in shared/seeds/000_f638507ff947adde.txt (page numbers
//   of the PDF: p.3 configuration decisions, p.7–8 degradation solutions, p.8–10 failmode behaviour);
//   "SPEC §2.5" = the facts gathered in the product specification; URLs = the vendor documentation.
// Bump CATALOG_VERSION whenever an entry changes: review approvals are bound to it (SPEC §2.8).
import type { IntegrationSlug } from './types';
import { INTEGRATION_SLUGS } from './types';

export const CATALOG_VERSION = '2026-12-02.1';

export interface LocalizedText {
  en: string;
  de: string;
}

export type IntegrationFamily = 'duo-configurable' | 'duo-no-control' | 'websdk' | 'third-party';

/**
 * Who decides what happens when Duo is unreachable:
 * - setting: the integration has a failmode setting (file, registry value, installer option, console);
 * - app-code: the application's own code decides (Web SDK, custom integrations);
 * - none: nothing can be configured; the behaviour is fixed (see defaultWhenUnreachable).
 */
export type FailmodeControl = 'setting' | 'app-code' | 'none';

/** What happens by default when Duo is unreachable; n/a = no established default (check the setting). */
export type DefaultWhenUnreachable = 'safe' | 'secure' | 'n/a';

/**
 * When CUSTOM_FAILOPEN_UNVERIFIED applies: always (WebSDK v2, custom code: any fail-open
 * behaviour is the application's own), when-safe (WebSDK v4: only when the app is recorded as failing
 * safe, i.e. it has its own fail-open handling of health_check()), never.
 */
export type CustomFailOpenCheck = 'always' | 'when-safe' | 'never';

/**
 * Who calls Duo's service for this integration:
 * - your-network: a server of yours (Auth Proxy, Duo Unix host, Windows, AD FS, your web app…): a block
 *   of *.duo.com / *.duosecurity.com at your egress invokes its failmode;
 * - vendor-cloud: the vendor's (or Duo's own) cloud talks to Duo cloud to cloud (Azure Conditional
 *   Access, Okta, OneLogin, LastPass, 1Password, Duo SSO): your egress block does not invoke any
 *   failmode; it only keeps browsers on your network from loading the Duo Prompt.
 */
export type DuoCalledFrom = 'your-network' | 'vendor-cloud';

export interface CatalogEntry {
  slug: IntegrationSlug;
  displayName: LocalizedText;
  family: IntegrationFamily;
  /** True when an admin or developer can choose fail safe / fail secure for this integration. */
  failmodeConfigurable: boolean;
  failmodeControl: FailmodeControl;
  customFailOpen: CustomFailOpenCheck;
  /** Auth Proxy RADIUS/LDAP sections: Primary Only Mode (Auth Proxy 2.14.0+) is available. */
  primaryOnlyMode: boolean;
  /**
   * The integration reaches Duo through the Duo Authentication Proxy (a radius_server_* or
   * ldap_server_auto section): it follows the proxy's failmode (default safe). The VPNs, gateways
   * and appliances Duo documents this way are imported onto these entries (lib/parsers
   * DUO_ADMIN_API_TYPES, a source per row).
   */
  viaAuthProxy?: true;
  /** Where and how the failmode is set (file, section, key, registry value, installer option). */
  howToSet: LocalizedText;
  defaultWhenUnreachable: DefaultWhenUnreachable;
  /** The manual DR procedure: how to take Duo out of the login for this integration. */
  drRemoval: LocalizedText;
  /** Integration-specific runbook notes. */
  notes: LocalizedText[];
  /** Who calls Duo: decides whether a firewall block of Duo at your egress invokes the failmode. */
  duoCalledFrom: DuoCalledFrom;
  /**
   * True where defaultWhenUnreachable is the guide's hedge ("may not offer a way to control the
   * failmode and may default to fail secure", p.10) rather than a documented fact: runbooks say
   * "expect", not "is", and tell the reader what to check.
   */
  defaultAssumed: boolean;
  docUrl: string;
  sources: string[];
}

const GUIDE_CONTROL = 'Duo outage guide p.8 (Duo-developed applications that provide failmode control)';
const GUIDE_NO_CONTROL = 'Duo outage guide p.8 (Duo-developed applications that do not provide failmode control)';
const GUIDE_IMPORTANT = 'Duo outage guide p.10 (IMPORTANT: not all integrations provide a mechanism to control the failmode)';
const GUIDE_THIRD_PARTY = 'Duo outage guide p.9 (Third-party developed)';

const AUTH_PROXY_NOTES: LocalizedText[] = [
  {
    en: 'The Auth Proxy failmode covers the preauth call only: 4xx answers (bad integration keys, bad signature) fail closed even with failmode=safe, and once a push or phone call is under way a timeout denies the login whatever the failmode (the "degraded" case of the guide).',
    de: 'Der Failmode des Auth Proxy gilt nur für den Preauth-Aufruf: 4xx-Antworten (falsche Integrationsschlüssel, falsche Signatur) schlagen auch mit failmode=safe geschlossen fehl, und sobald ein Push oder Anruf läuft, verweigert ein Timeout die Anmeldung unabhängig vom Failmode (der Fall „Beeinträchtigung“ des Leitfadens).',
  },
  {
    en: 'Recognise failmode in authproxy.log: "Failmode Safe - Allowed Duo login on preauth failure" / "Failmode Secure - Denied Duo login on preauth failure" (Auth Proxy 2.10.1 and earlier: "Allowed/Denied Duo login on unexpected failure"); authevents.log carries the same text in "msg".',
    de: 'Failmode im authproxy.log erkennen: „Failmode Safe - Allowed Duo login on preauth failure“ / „Failmode Secure - Denied Duo login on preauth failure“ (Auth Proxy 2.10.1 und älter: „Allowed/Denied Duo login on unexpected failure“); authevents.log enthält denselben Text im Feld „msg“.',
  },
  {
    en: 'Primary Only Mode (Auth Proxy 2.14.0+) is a start-up option of the proxy process: the wrapper authproxy_primary_only -t MINUTES stops the running service, starts the proxy with --primary-only, and when the time is up (default 60 minutes, at most 240) stops it and starts the service normally again — only while its window stays open. Started as authproxy --primary-only MINUTES, the proxy logs "Primary only mode has expired. Stopping proxy" and STOPS: start the service again yourself. It skips Duo only for sections with failmode=safe; the log shows "Primary Only Mode - Secondary authentication bypassed".',
    de: 'Die Funktion „Nur primärer Modus“ (Auth Proxy 2.14.0+) ist eine Startoption des Proxy-Prozesses: das Hilfsprogramm authproxy_primary_only -t MINUTEN hält den laufenden Dienst an, startet den Proxy mit --primary-only und hält ihn nach Ablauf der Zeit (Standard 60 Minuten, höchstens 240) an und startet den Dienst wieder normal — nur solange sein Fenster offen bleibt. Mit authproxy --primary-only MINUTEN gestartet, protokolliert der Proxy „Primary only mode has expired. Stopping proxy“ und HÄLT AN: den Dienst dann selbst wieder starten. Die Funktion überspringt Duo nur für Abschnitte mit failmode=safe; das Protokoll zeigt „Primary Only Mode - Secondary authentication bypassed“.',
  },
];

/** Duo's Auth Proxy source (4.0.2, mirrored in the public repo slayer/duoauthproxy-freebsd). */
export const AUTH_PROXY_SOURCE_FILES = {
  primaryOnlyManager: 'duoauthproxy/lib/primary_only_manager.py ("Primary only mode has expired. Stopping proxy"; reactor.stop())',
  primaryOnlyWrapper:
    'usr/local/bin/authproxy_primary_only (-t/--expiration-time, default 60, > 240 refused; net stop/start duoauthproxy on Windows, authproxyctl stop/start elsewhere)',
  proxyArgs: 'duoauthproxy/proxy.py (--primary-only [MINUTES], const 60, > 240 exits)',
  failOpen:
    'duoauthproxy/lib/duo_async.py (should_server_fail_open: failmode safe only; "Primary Only Mode - Secondary authentication bypassed")',
  install: 'install (INSTALL_DIR_DEFAULT /opt/duoauthproxy; bin/authproxy, bin/authproxyctl, bin/authproxy_primary_only)',
} as const;

const AUTH_PROXY_SOURCES = [
  'SPEC §2.5 (Auth Proxy failmode, preauth only, Primary Only Mode)',
  ...Object.values(AUTH_PROXY_SOURCE_FILES).map((f) => `https://github.com/slayer/duoauthproxy-freebsd: ${f}`),
  GUIDE_CONTROL,
  'Duo outage guide p.6 (failmode=safe / failmode=secure in authproxy.cfg)',
  'Duo outage guide p.7 (Primary Only Mode, Auth Proxy 2.14.0)',
  'Duo outage guide p.12–13 (Auth Proxy log examples)',
  'https://duo.com/docs/authproxy-reference#server-sections',
  'https://duo.com/docs/authproxy-reference#primary-only-mode',
];

const WEBSDK_HEALTH: LocalizedText = {
  en: 'Test the fail-open conditions with the Auth API: /auth/v2/ping (liveness, needs no integration keys) and /auth/v2/check (verifies integration keys and signature). Fail secure (closed) remains the most secure option in all scenarios.',
  de: 'Die Fail-open-Bedingungen mit der Auth API testen: /auth/v2/ping (Lebendtest, ohne Integrationsschlüssel) und /auth/v2/check (prüft Integrationsschlüssel und Signatur). Fail secure (geschlossen) bleibt in allen Szenarien die sicherste Option.',
};

const THIRD_PARTY_VENDOR_DOCS: LocalizedText = {
  en: 'Third-party integrations are not reviewed by Duo; consult the vendor documentation for any failmode capability.',
  de: 'Integrationen von Drittanbietern werden von Duo nicht geprüft; lesen Sie die Dokumentation des Anbieters zu allen Failmode-Funktionen.',
};

const entries: CatalogEntry[] = [
  {
    slug: 'auth-proxy-radius',
    displayName: { en: 'Duo Authentication Proxy (RADIUS)', de: 'Duo Authentication Proxy (RADIUS)' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: true,
    viaAuthProxy: true,
    howToSet: {
      en: 'authproxy.cfg: key failmode = safe|secure (case-insensitive) in the RADIUS server section — [radius_server_auto], [radius_server_iframe], [radius_server_challenge], [radius_server_concat], [radius_server_duo_only] or [radius_server_eap], a trailing number allowed ([radius_server_auto2]); restart the Auth Proxy service. Absent means safe.',
      de: 'authproxy.cfg: Schlüssel failmode = safe|secure (Groß-/Kleinschreibung egal) im RADIUS-Serverabschnitt — [radius_server_auto], [radius_server_iframe], [radius_server_challenge], [radius_server_concat], [radius_server_duo_only] oder [radius_server_eap], auch mit angehängter Nummer ([radius_server_auto2]); danach den Auth-Proxy-Dienst neu starten. Fehlt der Schlüssel, gilt safe.',
    },
    defaultWhenUnreachable: 'safe',
    drRemoval: {
      en: 'Point the RADIUS client (VPN, firewall, appliance) directly at the primary authentication server instead of the Auth Proxy: only this application loses 2FA, other sections on the proxy keep it. Primary Only Mode is no removal procedure: it opens every fail-safe section of the proxy and does nothing for a section with failmode=secure. Revert afterwards.',
      de: 'Den RADIUS-Client (VPN, Firewall, Appliance) direkt auf den primären Authentifizierungsserver statt auf den Auth Proxy zeigen lassen: nur diese Anwendung verliert die 2FA, andere Abschnitte des Proxys behalten sie. Die Funktion „Nur primärer Modus“ ist kein Entfernungsverfahren: sie öffnet alle Fail-safe-Abschnitte des Proxys und wirkt nicht auf einen Abschnitt mit failmode=secure. Danach zurücksetzen.',
    },
    notes: AUTH_PROXY_NOTES,
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/authproxy-reference#server-sections',
    sources: AUTH_PROXY_SOURCES,
  },
  {
    slug: 'auth-proxy-ldap',
    displayName: { en: 'Duo Authentication Proxy (LDAP)', de: 'Duo Authentication Proxy (LDAP)' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: true,
    viaAuthProxy: true,
    howToSet: {
      en: 'authproxy.cfg: key failmode = safe|secure (case-insensitive) in the [ldap_server_auto] section (a trailing number allowed: [ldap_server_auto2]); restart the Auth Proxy service. Absent means safe.',
      de: 'authproxy.cfg: Schlüssel failmode = safe|secure (Groß-/Kleinschreibung egal) im Abschnitt [ldap_server_auto] (auch mit angehängter Nummer: [ldap_server_auto2]); danach den Auth-Proxy-Dienst neu starten. Fehlt der Schlüssel, gilt safe.',
    },
    defaultWhenUnreachable: 'safe',
    drRemoval: {
      en: 'Point the LDAP client application directly at the directory server (AD/LDAP) instead of the Auth Proxy: only this application loses 2FA, other sections on the proxy keep it. Primary Only Mode is no removal procedure: it opens every fail-safe section of the proxy and does nothing for a section with failmode=secure. Revert afterwards.',
      de: 'Die LDAP-Client-Anwendung direkt auf den Verzeichnisserver (AD/LDAP) statt auf den Auth Proxy zeigen lassen: nur diese Anwendung verliert die 2FA, andere Abschnitte des Proxys behalten sie. Die Funktion „Nur primärer Modus“ ist kein Entfernungsverfahren: sie öffnet alle Fail-safe-Abschnitte des Proxys und wirkt nicht auf einen Abschnitt mit failmode=secure. Danach zurücksetzen.',
    },
    notes: AUTH_PROXY_NOTES,
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/authproxy-reference#server-sections',
    sources: AUTH_PROXY_SOURCES,
  },
  {
    slug: 'duo-access-gateway',
    displayName: { en: 'Duo Access Gateway (DAG)', de: 'Duo Access Gateway (DAG)' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'Duo Access Gateway admin console: the failmode option (safe/secure) under the additional settings of the gateway configuration.',
      de: 'Admin-Konsole des Duo Access Gateway: die Failmode-Option (safe/secure) in den zusätzlichen Einstellungen der Gateway-Konfiguration.',
    },
    defaultWhenUnreachable: 'n/a',
    drRemoval: {
      en: 'Set the DAG failmode to safe and block Duo egress (failmode is then invoked), or re-point the SAML service providers to the primary identity provider instead of the DAG; revert afterwards.',
      de: 'Den DAG-Failmode auf safe setzen und den ausgehenden Verkehr zu Duo sperren (dann wird der Failmode aufgerufen) oder die SAML-Service-Provider direkt auf den primären Identitätsanbieter statt auf das DAG umstellen; danach zurücksetzen.',
    },
    notes: [
      {
        en: 'The DAG can reach Duo but authentication may still not complete (degradation): failmode is then not invoked.',
        de: 'Das DAG kann Duo erreichen, die Authentifizierung aber trotzdem nicht abschließen (Beeinträchtigung): dann wird der Failmode nicht aufgerufen.',
      },
    ],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/dag-windows#additional-settings',
    sources: [
      GUIDE_CONTROL,
      'Duo outage guide p.10 ("Integrations that use the Authentication Proxy or Duo Access Gateway do have the option to specify a failmode")',
      'Duo outage guide p.7 (degradation: DAG reaches Duo, failmode not invoked)',
      'https://duo.com/docs/dag-windows#additional-settings',
    ],
  },
  {
    slug: 'windows-logon-rdp',
    displayName: { en: 'Duo for Windows Logon and RDP', de: 'Duo für Windows-Anmeldung und RDP' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'Installer option "Bypass Duo authentication when offline"; after installation the registry DWORD FailOpen under HKLM\\Software\\Duo Security\\DuoCredProv (1 = fail open/safe, 0 = fail closed/secure), e.g. by GPO.',
      de: 'Installer-Option „Bypass Duo authentication when offline“; nach der Installation der Registry-DWORD FailOpen unter HKLM\\Software\\Duo Security\\DuoCredProv (1 = fail open/safe, 0 = fail closed/secure), z. B. per GPO.',
    },
    defaultWhenUnreachable: 'safe',
    drRemoval: {
      en: 'Set FailOpen = 1 (GPO/registry) and block Duo egress, or uninstall Duo for Windows Logon from the affected hosts (console or remote management access needed); revert afterwards.',
      de: 'FailOpen = 1 setzen (GPO/Registry) und den ausgehenden Verkehr zu Duo sperren oder Duo für Windows-Anmeldung auf den betroffenen Hosts deinstallieren (Konsolen- oder Fernverwaltungszugriff nötig); danach zurücksetzen.',
    },
    notes: [
      {
        en: 'The installer choice can differ from host to host: check the FailOpen value on the hosts that matter before an incident.',
        de: 'Die Wahl im Installer kann von Host zu Host verschieden sein: den Wert FailOpen auf den wichtigen Hosts vor einem Vorfall prüfen.',
      },
    ],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/rdp-faq',
    sources: [
      'SPEC §2.5 (FailOpen DWORD, installer option, default open)',
      GUIDE_CONTROL,
      'Duo outage guide p.10 (failmode configurable in the installer and post-installation)',
      'https://duo.com/docs/rdp-faq',
      'https://duo.com/docs/rdp#run-the-installer',
    ],
  },
  {
    slug: 'duo-unix',
    displayName: { en: 'Duo Unix (login_duo / pam_duo)', de: 'Duo Unix (login_duo / pam_duo)' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'failmode = safe|secure (lower case, case-sensitive) in the [duo] section of /etc/duo/login_duo.conf or /etc/duo/pam_duo.conf. Absent means safe.',
      de: 'failmode = safe|secure (kleingeschrieben, Groß-/Kleinschreibung beachten) im Abschnitt [duo] von /etc/duo/login_duo.conf oder /etc/duo/pam_duo.conf. Fehlt der Schlüssel, gilt safe.',
    },
    defaultWhenUnreachable: 'safe',
    drRemoval: {
      en: 'Remove the pam_duo.so line from the PAM stack (e.g. /etc/pam.d/sshd or common-auth) or the ForceCommand login_duo line from sshd_config, from a session that is already logged in; revert afterwards.',
      de: 'Die Zeile pam_duo.so aus dem PAM-Stack (z. B. /etc/pam.d/sshd oder common-auth) bzw. die Zeile ForceCommand login_duo aus sshd_config entfernen, aus einer bereits angemeldeten Sitzung heraus; danach zurücksetzen.',
    },
    notes: [
      {
        en: 'Recognise failmode in the syslog/auth log: "Failsafe Duo login" / "Failsecure Duo login".',
        de: 'Failmode im Syslog/Auth-Log erkennen: „Failsafe Duo login“ / „Failsecure Duo login“.',
      },
      {
        en: 'Keep a root session open while you change PAM or sshd configuration, so a mistake does not lock you out.',
        de: 'Beim Ändern der PAM- oder sshd-Konfiguration eine Root-Sitzung offen halten, damit ein Fehler nicht aussperrt.',
      },
    ],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/duounix#duo-configuration-options',
    sources: [
      'SPEC §2.5 (failmode in [duo], case-sensitive, absent = safe, log lines)',
      GUIDE_CONTROL,
      'Duo outage guide p.10 (modify failmode post-installation, e.g. Duo Unix)',
      'https://duo.com/docs/duounix#duo-configuration-options',
    ],
  },
  {
    slug: 'adfs-2',
    displayName: { en: 'Duo for Microsoft AD FS 2.x', de: 'Duo für Microsoft AD FS 2.x' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'Installer option "Bypass Duo authentication when offline"; afterwards the registry DWORD FailOpen under HKLM\\SOFTWARE\\Duo Security\\DuoIis (1 = fail open/safe; absent or 0 = fail closed/secure).',
      de: 'Installer-Option „Bypass Duo authentication when offline“; danach der Registry-DWORD FailOpen unter HKLM\\SOFTWARE\\Duo Security\\DuoIis (1 = fail open/safe; fehlend oder 0 = fail closed/secure).',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'Uninstall the Duo Security AD FS integration (Programs and Features) on every AD FS server, or set FailOpen = 1 and block Duo egress; reinstall/revert afterwards.',
      de: 'Die Duo-Security-AD-FS-Integration (Programme und Features) auf jedem AD-FS-Server deinstallieren oder FailOpen = 1 setzen und den ausgehenden Verkehr zu Duo sperren; danach neu installieren bzw. zurücksetzen.',
    },
    notes: [
      {
        en: 'The AD FS 2.x plugin is no longer updated by Duo (no Universal Prompt); plan the migration to AD FS 3/4.',
        de: 'Das Plugin für AD FS 2.x wird von Duo nicht mehr aktualisiert (kein Universal Prompt); die Migration auf AD FS 3/4 planen.',
      },
    ],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/adfs-faq#how-do-i-configure-the-fail-mode-for-ad-fs?',
    sources: [GUIDE_CONTROL, 'https://duo.com/docs/adfs-faq#how-do-i-configure-the-fail-mode-for-ad-fs?'],
  },
  {
    slug: 'adfs-3-4',
    displayName: { en: 'Duo for Microsoft AD FS 3/4', de: 'Duo für Microsoft AD FS 3/4' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'Installer option "Bypass Duo authentication when offline"; afterwards the registry DWORD FailOpen under HKLM\\Software\\Duo Security\\DuoAdfs on every AD FS server (1 = fail open/safe; absent or 0 = fail closed/secure).',
      de: 'Installer-Option „Bypass Duo authentication when offline“; danach der Registry-DWORD FailOpen unter HKLM\\Software\\Duo Security\\DuoAdfs auf jedem AD-FS-Server (1 = fail open/safe; fehlend oder 0 = fail closed/secure).',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'In AD FS Management uncheck the Duo authentication method (AD FS 3: Authentication Policies → Edit Global Multi-factor Authentication; AD FS 4: Service → Authentication Methods → Edit Multi-factor Authentication Methods) and remove MFA requirements set on individual relying parties; revert afterwards.',
      de: 'In der AD-FS-Verwaltung die Duo-Authentifizierungsmethode abwählen (AD FS 3: Authentifizierungsrichtlinien → Globale mehrstufige Authentifizierung bearbeiten; AD FS 4: Dienst → Authentifizierungsmethoden → Mehrstufige Authentifizierungsmethoden bearbeiten) und MFA-Anforderungen einzelner Vertrauensstellen entfernen; danach zurücksetzen.',
    },
    notes: [],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/adfs-faq#how-do-i-configure-the-fail-mode-for-ad-fs?',
    sources: [GUIDE_CONTROL, 'https://duo.com/docs/adfs-faq#how-do-i-configure-the-fail-mode-for-ad-fs?'],
  },
  {
    slug: 'owa',
    displayName: { en: 'Duo for Outlook Web App (OWA)', de: 'Duo für Outlook Web App (OWA)' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'MSI property FAILOPEN at installation (installer option "Bypass Duo authentication when offline"); reinstall or change the value written by the installer to switch it later.',
      de: 'MSI-Eigenschaft FAILOPEN bei der Installation (Installer-Option „Bypass Duo authentication when offline“); für eine spätere Änderung neu installieren oder den vom Installer geschriebenen Wert ändern.',
    },
    defaultWhenUnreachable: 'safe',
    drRemoval: {
      en: 'Uninstall (or disable) Duo for OWA on the Exchange servers that serve OWA, or make sure it fails open and block Duo egress; revert afterwards.',
      de: 'Duo für OWA auf den Exchange-Servern, die OWA bereitstellen, deinstallieren (oder deaktivieren) oder sicherstellen, dass es offen fehlschlägt, und den ausgehenden Verkehr zu Duo sperren; danach zurücksetzen.',
    },
    notes: [],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/owa-faq#how-can-i-configure-the-duo-fail-mode-for-owa?',
    sources: [
      'SPEC §2.5 (MSI property FAILOPEN, default open)',
      GUIDE_CONTROL,
      'https://duo.com/docs/owa-faq#how-can-i-configure-the-duo-fail-mode-for-owa?',
    ],
  },
  {
    slug: 'rd-web-gateway',
    displayName: { en: 'Duo for RD Web and RD Gateway', de: 'Duo für RD Web und RD Gateway' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'Installer checkbox "Bypass Duo authentication when offline": checked = fail open (safe), unchecked = fail closed (secure).',
      de: 'Installer-Kontrollkästchen „Bypass Duo authentication when offline“: aktiviert = fail open (safe), nicht aktiviert = fail closed (secure).',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'Uninstall Duo from the RD Web / RD Gateway servers, or reinstall with the bypass option checked and block Duo egress; revert afterwards.',
      de: 'Duo auf den RD-Web-/RD-Gateway-Servern deinstallieren oder mit aktivierter Bypass-Option neu installieren und den ausgehenden Verkehr zu Duo sperren; danach zurücksetzen.',
    },
    notes: [],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/rds-faq',
    sources: ['SPEC §2.5 (installer checkbox; closed if unchecked)', GUIDE_CONTROL, 'https://duo.com/docs/rds-faq'],
  },
  {
    slug: 'oracle-access-manager',
    displayName: { en: 'Duo for Oracle Access Manager', de: 'Duo für Oracle Access Manager' },
    family: 'duo-configurable',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'OAM console, Authentication Plug-ins: the "Fail mode" attribute of the Duo plugin (open or closed, case-insensitive); a missing or unrecognised value means closed.',
      de: 'OAM-Konsole, Authentication Plug-ins: das Attribut „Fail mode“ des Duo-Plugins (open oder closed, Groß-/Kleinschreibung egal); ein fehlender oder unbekannter Wert bedeutet closed.',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'Remove the Duo plugin step from the OAM authentication module/scheme that protects the application (or switch the plugin to fail open and block Duo egress); revert afterwards.',
      de: 'Den Schritt mit dem Duo-Plugin aus dem OAM-Authentifizierungsmodul bzw. -schema entfernen, das die Anwendung schützt (oder das Plugin auf fail open stellen und den ausgehenden Verkehr zu Duo sperren); danach zurücksetzen.',
    },
    notes: [],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/oam',
    sources: [
      GUIDE_CONTROL,
      'https://duo.com/docs/oam#import-the-duo-jar-file',
      'https://github.com/duosecurity/duo_universal_oam (DuoPluginFailmodeTest: open/closed, default closed)',
    ],
  },
  {
    slug: 'duo-network-gateway',
    displayName: { en: 'Duo Network Gateway (DNG)', de: 'Duo Network Gateway (DNG)' },
    family: 'duo-no-control',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: "No failmode setting: the DNG fails closed when it cannot reach Duo's cloud service.",
      de: 'Keine Failmode-Einstellung: das DNG geht in den fail closed-Modus, wenn es den Cloud-Service von Duo nicht erreichen kann.',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'Publish the application without the DNG for the duration (e.g. point DNS or the load balancer back to the internal origin, reachable only from trusted networks/VPN); revert afterwards.',
      de: 'Die Anwendung für die Dauer ohne DNG veröffentlichen (z. B. DNS oder Load Balancer wieder auf den internen Ursprung zeigen lassen, nur aus vertrauenswürdigen Netzen/VPN erreichbar); danach zurücksetzen.',
    },
    notes: [],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/dng',
    sources: [GUIDE_NO_CONTROL, 'Duo outage guide p.10 ("The Duo Network Gateway (DNG) will fail closed")', 'https://duo.com/docs/dng'],
  },
  {
    slug: 'azure-conditional-access',
    displayName: {
      en: 'Microsoft Azure AD / Entra ID Conditional Access',
      de: 'Microsoft Azure AD / Entra ID (bedingter Zugriff)',
    },
    family: 'duo-no-control',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: "No failmode setting: Conditional Access fails closed if Azure's cloud service cannot reach Duo's cloud service.",
      de: 'Keine Failmode-Einstellung: der bedingte Zugriff geht in den fail closed-Modus, wenn der Cloud-Service von Azure den Cloud-Service von Duo nicht erreichen kann.',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'For long outages remove the Duo 2FA requirement from the Conditional Access policy so users reach their apps without 2FA — whichever way Duo is attached there (a custom control in older setups, an external authentication method in newer ones); put it back afterwards.',
      de: 'Bei langen Ausfällen die Duo-2FA-Anforderung aus der Richtlinie für bedingten Zugriff entfernen, damit BenutzerInnen ihre Anwendungen ohne 2FA erreichen — gleich, wie Duo dort eingebunden ist (in älteren Einrichtungen als benutzerdefiniertes Steuerelement, in neueren als externe Authentifizierungsmethode); danach wieder hinzufügen.',
    },
    notes: [],
    duoCalledFrom: 'vendor-cloud',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/azure-ca',
    sources: [
      GUIDE_NO_CONTROL,
      'Duo outage guide p.10 ("Azure Conditional Access (CA) will fail closed"; remove the Duo 2FA requirement from the CA policy)',
      'https://duo.com/docs/azure-ca',
    ],
  },
  {
    slug: 'duo-sso',
    displayName: { en: 'Duo Single Sign-On', de: 'Duo Single Sign-On' },
    family: 'duo-no-control',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'No failmode setting: Duo SSO handles both primary and secondary authentication, so users cannot log in at all while Duo is unreachable.',
      de: 'Keine Failmode-Einstellung: Duo SSO übernimmt die primäre und die sekundäre Authentifizierung, daher können sich BenutzerInnen nicht anmelden, solange Duo nicht erreichbar ist.',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'Last resort for long outages: de-federate the application from Duo SSO and configure it to use a different authentication source (cumbersome and impractical for many applications); re-federate afterwards.',
      de: 'Letzte Möglichkeit bei langen Ausfällen: die Anwendung manuell aus Duo SSO entfernen (Föderation aufheben) und eine andere Authentifizierungsquelle konfigurieren (für viele Anwendungen umständlich und unpraktisch); danach wieder föderieren.',
    },
    notes: [
      {
        en: 'Users must be able to reach Duo SSO directly: a firewall block of Duo locks everyone out of every federated application.',
        de: 'BenutzerInnen müssen Duo SSO direkt erreichen können: eine Firewall-Sperre von Duo sperrt alle aus allen föderierten Anwendungen aus.',
      },
    ],
    duoCalledFrom: 'vendor-cloud',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/sso',
    sources: [
      GUIDE_NO_CONTROL,
      'Duo outage guide p.10 (users cannot authenticate with applications federated to Duo SSO; de-federation as last resort)',
      'SPEC §2.5',
      'https://duo.com/docs/sso',
    ],
  },
  {
    slug: 'websdk-v2',
    displayName: { en: 'Duo Web SDK v2 (custom application)', de: 'Duo Web SDK v2 (eigene Anwendung)' },
    family: 'websdk',
    failmodeConfigurable: false,
    failmodeControl: 'app-code',
    customFailOpen: 'always',
    primaryOnlyMode: false,
    howToSet: {
      en: "No built-in failmode: any fail-open behaviour is the application's own code (for example an Auth API /ping and /check before showing the Duo prompt).",
      de: 'Kein eingebauter Failmode: jedes Fail-open-Verhalten ist eigener Code der Anwendung (zum Beispiel ein Auth-API-/ping und -/check vor der Duo-Aufforderung).',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'Switch the application to its tested fail-open path (feature flag or configuration) if it has one, or deploy a build without the Duo step; revert afterwards.',
      de: 'Die Anwendung auf ihren getesteten Fail-open-Pfad umschalten (Feature-Flag oder Konfiguration), falls vorhanden, oder einen Build ohne Duo-Schritt bereitstellen; danach zurücksetzen.',
    },
    notes: [
      {
        en: 'WebSDK v2 has no built-in mechanism to trigger failmode: the WebSDK alone will not let users in without completing 2FA. Carefully program the conditions under which the application fails safe (open) to avoid an unintentional 2FA bypass.',
        de: 'WebSDK v2 hat keinen eingebauten Mechanismus, der den Failmode auslöst: das Web-SDK allein lässt niemanden ohne abgeschlossene 2FA hinein. Die Bedingungen, unter denen die Anwendung in fail safe (offen) geht, sorgfältig programmieren, um eine unbeabsichtigte Umgehung der 2FA zu vermeiden.',
      },
      WEBSDK_HEALTH,
    ],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/duoweb-v2',
    sources: [
      'Duo outage guide p.8–9 (WebSDKv2)',
      'SPEC §2.5',
      'https://duo.com/docs/duoweb-v2',
      'https://duo.com/docs/authapi#/ping',
      'https://duo.com/docs/authapi#/check',
    ],
  },
  {
    slug: 'websdk-v4',
    displayName: {
      en: 'Duo Web SDK v4 / Universal Prompt (custom application)',
      de: 'Duo Web SDK v4 / Universal Prompt (eigene Anwendung)',
    },
    family: 'websdk',
    failmodeConfigurable: true,
    failmodeControl: 'app-code',
    customFailOpen: 'when-safe',
    primaryOnlyMode: false,
    howToSet: {
      en: 'In the application code: call health_check() before redirecting to Duo and decide what to do on an error (fail safe or fail secure). Without such handling the application fails secure.',
      de: 'Im Anwendungscode: vor der Weiterleitung zu Duo health_check() aufrufen und festlegen, was bei einem Fehler passiert (fail safe oder fail secure). Ohne diese Behandlung schlägt die Anwendung sicher fehl (fail secure).',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'Switch the application to its tested fail-open path (feature flag or configuration) if it has one, or deploy a build without the Duo step; revert afterwards.',
      de: 'Die Anwendung auf ihren getesteten Fail-open-Pfad umschalten (Feature-Flag oder Konfiguration), falls vorhanden, oder einen Build ohne Duo-Schritt bereitstellen; danach zurücksetzen.',
    },
    notes: [
      {
        en: 'WebSDK v4 has a built-in health_check(); the developers still decide in code whether an error fails safe or secure. With no handling it defaults to fail secure (closed).',
        de: 'WebSDK v4 hat ein eingebautes health_check(); die EntwicklerInnen legen dennoch im Code fest, ob ein Fehler zu fail safe oder fail secure führt. Ohne Behandlung gilt standardmäßig fail secure (geschlossen).',
      },
    ],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/duoweb#call-health_check()',
    sources: ['Duo outage guide p.9 (WebSDKv4)', 'SPEC §2.5', 'https://duo.com/docs/duoweb#call-health_check()'],
  },
  {
    slug: 'lastpass',
    displayName: { en: 'LastPass', de: 'LastPass' },
    family: 'third-party',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'No configurable failmode.',
      de: 'Kein konfigurierbarer Failmode.',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: 'An admin logs in to the LastPass admin console and removes Duo from the authentication workflow (multifactor policy); put it back afterwards.',
      de: 'Eine Administratorin bzw. ein Administrator meldet sich bei der LastPass-Admin-Konsole an und entfernt Duo aus dem Authentifizierungs-Workflow (Multifaktor-Richtlinie); danach wieder hinzufügen.',
    },
    notes: [
      {
        en: 'Users can trust a device and then not have to perform MFA again for a period of time (guide p.9): users on a trusted device may keep access during an outage — check the trust period set in LastPass. Everyone else: the guide says such integrations may default to fail secure; confirm with LastPass how it behaves.',
        de: 'BenutzerInnen können einem Gerät vertrauen und müssen dann für einen bestimmten Zeitraum keine MFA mehr ausführen (Leitfaden S. 9): wer an einem vertrauenswürdigen Gerät arbeitet, behält während eines Ausfalls möglicherweise den Zugriff — den in LastPass eingestellten Zeitraum prüfen. Für alle anderen: laut Leitfaden sind solche Integrationen möglicherweise standardmäßig auf Fail secure eingestellt; bei LastPass klären, wie es sich verhält.',
      },
      THIRD_PARTY_VENDOR_DOCS,
    ],
    duoCalledFrom: 'vendor-cloud',
    defaultAssumed: true,
    docUrl: 'https://duo.com/docs/lastpass',
    sources: [
      GUIDE_THIRD_PARTY,
      'Duo outage guide p.10 (third-party integrations such as LastPass may not offer failmode control and may default to fail secure)',
      'https://duo.com/docs/lastpass',
    ],
  },
  {
    slug: '1password',
    displayName: { en: '1Password', de: '1Password' },
    family: 'third-party',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'No configurable failmode.',
      de: 'Kein konfigurierbarer Failmode.',
    },
    defaultWhenUnreachable: 'n/a',
    drRemoval: {
      en: "An admin logs in to 1Password and turns off Duo as the account's multifactor requirement; offline access and standalone vaults keep working without MFA meanwhile. Turn it back on afterwards.",
      de: 'Eine Administratorin bzw. ein Administrator meldet sich bei 1Password an und schaltet Duo als Multifaktor-Anforderung des Kontos ab; Offline-Zugriff und eigenständige Tresore funktionieren währenddessen ohne MFA. Danach wieder einschalten.',
    },
    notes: [
      {
        en: 'Does not require MFA for offline access or a standalone vault.',
        de: 'Benötigt keine MFA für Offline-Zugriff oder einen eigenständigen Passwort-Tresor.',
      },
      THIRD_PARTY_VENDOR_DOCS,
    ],
    duoCalledFrom: 'vendor-cloud',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/1password',
    sources: [GUIDE_THIRD_PARTY, 'https://duo.com/docs/1password'],
  },
  {
    slug: 'okta',
    displayName: { en: 'Okta', de: 'Okta' },
    family: 'third-party',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'No configurable failmode.',
      de: 'Kein konfigurierbarer Failmode.',
    },
    defaultWhenUnreachable: 'n/a',
    drRemoval: {
      en: 'An Okta admin logs in and removes Duo from the authentication workflow (the Duo factor in the sign-on/authenticator enrollment policies); put it back afterwards.',
      de: 'Eine Okta-Administratorin bzw. ein Okta-Administrator meldet sich an und entfernt Duo aus dem Authentifizierungs-Workflow (den Duo-Faktor in den Anmelde- bzw. Authenticator-Richtlinien); danach wieder hinzufügen.',
    },
    notes: [THIRD_PARTY_VENDOR_DOCS],
    duoCalledFrom: 'vendor-cloud',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/okta',
    sources: [GUIDE_THIRD_PARTY, 'https://duo.com/docs/okta'],
  },
  {
    slug: 'onelogin',
    displayName: { en: 'OneLogin', de: 'OneLogin' },
    family: 'third-party',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'No configurable failmode.',
      de: 'Kein konfigurierbarer Failmode.',
    },
    defaultWhenUnreachable: 'n/a',
    drRemoval: {
      en: 'A OneLogin admin logs in and removes Duo from the authentication workflow (the Duo factor in the user security policy); put it back afterwards.',
      de: 'Eine OneLogin-Administratorin bzw. ein OneLogin-Administrator meldet sich an und entfernt Duo aus dem Authentifizierungs-Workflow (den Duo-Faktor in der Sicherheitsrichtlinie); danach wieder hinzufügen.',
    },
    notes: [THIRD_PARTY_VENDOR_DOCS],
    duoCalledFrom: 'vendor-cloud',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/onelogin',
    sources: [GUIDE_THIRD_PARTY, 'https://duo.com/docs/onelogin'],
  },
  {
    slug: 'ping-federate',
    displayName: { en: 'PingFederate (Duo IdP adapter)', de: 'PingFederate (Duo-IdP-Adapter)' },
    family: 'third-party',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'PingFederate admin console, Duo Security IdP Adapter settings: "Failure Mode" (safe or secure; the default selection is secure).',
      de: 'PingFederate-Admin-Konsole, Einstellungen des Duo Security IdP Adapter: „Failure Mode“ (safe oder secure; Standardauswahl ist secure).',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: "Set the adapter's Failure Mode to safe and block Duo egress, or remove the Duo adapter from the authentication policy / policy contract of the affected connections; revert afterwards.",
      de: 'Den Failure Mode des Adapters auf safe setzen und den ausgehenden Verkehr zu Duo sperren oder den Duo-Adapter aus der Authentifizierungsrichtlinie der betroffenen Verbindungen entfernen; danach zurücksetzen.',
    },
    notes: [THIRD_PARTY_VENDOR_DOCS],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://docs.pingidentity.com/bundle/integrations/page/pgu1563995007807.html',
    sources: [
      GUIDE_THIRD_PARTY,
      'https://docs.pingidentity.com/bundle/integrations/page/pgu1563995007807.html',
      'https://docs.pingidentity.com/r/en-us/pingfederate-duo-security-ik/pingfederate_duo_security_ik_duo_security_idp_adapter_settings_reference',
    ],
  },
  {
    slug: 'cas',
    displayName: { en: 'Apereo CAS', de: 'Apereo CAS' },
    family: 'third-party',
    failmodeConfigurable: true,
    failmodeControl: 'setting',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'CAS configuration: the multifactor failure mode of the Duo provider (fail open vs fail closed; the property name depends on the CAS version — see the CAS multifactor documentation).',
      de: 'CAS-Konfiguration: der Multifaktor-Fehlermodus des Duo-Providers (fail open oder fail closed; der Name der Eigenschaft hängt von der CAS-Version ab — siehe CAS-Dokumentation zur Multifaktor-Authentifizierung).',
    },
    defaultWhenUnreachable: 'n/a',
    drRemoval: {
      en: "Set the Duo provider's failure mode to open and block Duo egress, or remove the Duo multifactor trigger for the affected services and redeploy CAS; revert afterwards.",
      de: 'Den Fehlermodus des Duo-Providers auf open setzen und den ausgehenden Verkehr zu Duo sperren oder den Duo-Multifaktor-Auslöser für die betroffenen Dienste entfernen und CAS neu bereitstellen; danach zurücksetzen.',
    },
    notes: [THIRD_PARTY_VENDOR_DOCS],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://apereo.github.io/cas/5.0.x/installation/Configuring-Multifactor-Authentication.html#fail-open-vs-fail-closed',
    sources: [
      GUIDE_THIRD_PARTY,
      'https://apereo.github.io/cas/5.0.x/installation/Configuring-Multifactor-Authentication.html#fail-open-vs-fail-closed',
    ],
  },
  {
    slug: 'thycotic',
    displayName: { en: 'Thycotic Secret Server (Delinea)', de: 'Thycotic Secret Server (Delinea)' },
    family: 'third-party',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'Not known to offer a way to control the failmode: the guide names Thycotic among the third-party integrations that may not offer one and may default to fail secure. Consult the vendor documentation.',
      de: 'Keine Failmode-Steuerung bekannt: der Leitfaden nennt Thycotic unter den Drittanbieter-Integrationen, die eventuell keine bieten und möglicherweise standardmäßig auf fail secure eingestellt sind. Die Dokumentation des Anbieters lesen.',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: "An administrator signs in to Secret Server (with an account that does not need Duo) and removes Duo from its two-factor authentication settings, following the vendor's documentation; put it back afterwards.",
      de: 'Eine Administratorin bzw. ein Administrator meldet sich (mit einem Konto, das Duo nicht braucht) bei Secret Server an und entfernt Duo aus den Einstellungen der Zwei-Faktor-Authentifizierung, wie in der Dokumentation des Anbieters beschrieben; danach wieder hinzufügen.',
    },
    notes: [THIRD_PARTY_VENDOR_DOCS],
    duoCalledFrom: 'your-network',
    defaultAssumed: true,
    docUrl: 'https://duo.com/docs',
    sources: [
      GUIDE_IMPORTANT,
      'Duo outage guide p.10 (third parties such as Thycotic may not offer a way to control the failmode and may default to fail secure)',
    ],
  },
  {
    slug: 'other-third-party',
    displayName: { en: 'Other third-party integration', de: 'Andere Drittanbieter-Integration' },
    family: 'third-party',
    failmodeConfigurable: false,
    failmodeControl: 'none',
    customFailOpen: 'never',
    primaryOnlyMode: false,
    howToSet: {
      en: 'Unknown: treated as having no failmode control. Consult the vendor documentation; such integrations may not offer a way to control the failmode and may default to fail secure.',
      de: 'Unbekannt: wird behandelt, als gäbe es keine Failmode-Steuerung. Die Dokumentation des Anbieters lesen; solche Integrationen bieten eventuell keine Failmode-Steuerung und sind möglicherweise standardmäßig auf fail secure eingestellt.',
    },
    defaultWhenUnreachable: 'secure',
    drRemoval: {
      en: "Follow the vendor's procedure to remove Duo from the authentication workflow (admin console or configuration); record it in this runbook before you need it.",
      de: 'Dem Verfahren des Anbieters folgen, um Duo aus dem Authentifizierungs-Workflow zu entfernen (Admin-Konsole oder Konfiguration); das Verfahren in diesem Runbook festhalten, bevor es gebraucht wird.',
    },
    notes: [THIRD_PARTY_VENDOR_DOCS],
    duoCalledFrom: 'your-network',
    defaultAssumed: true,
    docUrl: 'https://duo.com/docs',
    sources: [
      'SPEC §2.5 (unknown: treat as no failmode control, may default to fail secure)',
      GUIDE_IMPORTANT,
      'Duo outage guide p.9 (Duo is not necessarily aware of all third-party integrations)',
    ],
  },
  {
    slug: 'custom',
    displayName: { en: 'Custom integration (own code)', de: 'Eigene Integration (eigener Code)' },
    family: 'third-party',
    failmodeConfigurable: false,
    failmodeControl: 'app-code',
    customFailOpen: 'always',
    primaryOnlyMode: false,
    howToSet: {
      en: 'In the application code: whatever the integration does when Duo is unreachable is its own logic (Auth API /ping and /check, or health_check() with the Web SDK v4).',
      de: 'Im Anwendungscode: was die Integration tut, wenn Duo nicht erreichbar ist, ist ihre eigene Logik (Auth API /ping und /check oder health_check() mit dem Web SDK v4).',
    },
    defaultWhenUnreachable: 'n/a',
    drRemoval: {
      en: 'Switch the application to its tested fail-open path (feature flag or configuration) if it has one, or deploy a build without the Duo step; revert afterwards.',
      de: 'Die Anwendung auf ihren getesteten Fail-open-Pfad umschalten (Feature-Flag oder Konfiguration), falls vorhanden, oder einen Build ohne Duo-Schritt bereitstellen; danach zurücksetzen.',
    },
    notes: [WEBSDK_HEALTH],
    duoCalledFrom: 'your-network',
    defaultAssumed: false,
    docUrl: 'https://duo.com/docs/authapi',
    sources: [
      'SPEC §2.4 (CUSTOM_FAILOPEN_UNVERIFIED: WebSDK v2 / custom code)',
      'Duo outage guide p.8–9 (custom fail safe behaviour must be thoroughly tested; /ping and /check)',
      'https://duo.com/docs/authapi#/ping',
      'https://duo.com/docs/authapi#/check',
    ],
  },
];

export const CATALOG: Readonly<Record<IntegrationSlug, CatalogEntry>> = Object.freeze(
  Object.fromEntries(entries.map((e) => [e.slug, e])) as Record<IntegrationSlug, CatalogEntry>,
);

/** Entries in the order of INTEGRATION_SLUGS. */
export const CATALOG_ENTRIES: readonly CatalogEntry[] = INTEGRATION_SLUGS.map((slug) => CATALOG[slug]);

export function getCatalogEntry(slug: IntegrationSlug): CatalogEntry {
  const entry = CATALOG[slug];
  if (!entry) throw new Error(`Unknown integration slug: ${String(slug)}`);
  return entry;
}
