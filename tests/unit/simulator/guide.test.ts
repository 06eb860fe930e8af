// The simulator against the guide's own statements (shared/seeds/000_f638507ff947adde.txt, English
// edition; page numbers of the PDF). Each case names the sentence it checks.
import { describe, expect, it } from 'vitest';
import type {
  SimulationAction,
  SimulationFindingCode,
  SimulationOutcome,
  SimulationReason,
  SimulationScenario,
} from '../../../lib/domain/simulator';
import type { ApplicationInput, GroupInput, Policy } from '../../../lib/domain/types';
import { app, codes, findingsOf, group, policy, row, run } from './helpers';

interface Expect {
  application: string;
  group?: string;
  outcome: SimulationOutcome;
  reason?: SimulationReason;
}

interface GuideCase {
  guide: string;
  applications: ApplicationInput[];
  groups?: GroupInput[];
  policy?: Policy;
  scenario: SimulationScenario;
  actions?: SimulationAction[];
  rows: Expect[];
  /** Findings that must be present, with the applications / groups they must name. */
  findings?: { code: SimulationFindingCode; applications?: string[]; groups?: string[] }[];
  /** Codes that must be absent. */
  absent?: SimulationFindingCode[];
}

const staff = group('Staff');
const clinicians = group('Clinicians', true);
const it_ = group('IT');

const cases: GuideCase[] = [
  // ---- Duo Failure Modes: Duo Service Unreachable (p.6) -------------------------------------------
  {
    guide:
      'p.6 "Fail safe (also known as "fail open") - if Duo service is unreachable, users will be ALLOWED access to Duo-protected applications if they pass primary authentication."',
    applications: [app({ name: 'VPN', configuredFailmode: 'safe', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'failmode-safe' }],
    absent: ['SIM_FAILMODE_ASSUMED'],
  },
  {
    guide:
      'p.6 "Fail secure (also known as "fail closed") - if Duo service is unreachable, users will be DENIED access to Duo-protected applications even if they pass primary authentication."',
    applications: [app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'denied', reason: 'failmode-secure' }],
  },
  {
    guide:
      'p.6 "in an authproxy.cfg file, this will be indicated in a Server section by ... failmode=safe" — SPEC §2.5 "absent means safe": an unrecorded Auth Proxy failmode is simulated as safe, and said so',
    applications: [app({ name: 'LDAP', integration: 'auth-proxy-ldap', configuredFailmode: 'unknown', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'LDAP', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'default-safe' }],
    findings: [{ code: 'SIM_FAILMODE_ASSUMED', applications: ['LDAP'] }],
  },
  {
    guide:
      'p.6 "Failure mode ... is invoked when the Duo service is unreachable": an app without groups gets one row (group "") and is simulated the same way',
    applications: [app({ name: 'Kiosk', configuredFailmode: 'secure', groups: [] })],
    scenario: 'unreachable',
    rows: [{ application: 'Kiosk', group: '', outcome: 'denied', reason: 'failmode-secure' }],
  },

  // ---- Per-integration behaviour (p.8–10) -------------------------------------------------------
  {
    guide:
      'p.10 "Azure Conditional Access (CA) will fail closed if Azure\'s cloud service cannot reach Duo\'s cloud service." (whatever is recorded)',
    applications: [app({ name: 'O365', integration: 'azure-conditional-access', configuredFailmode: 'safe', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'O365', group: 'Staff', outcome: 'denied', reason: 'no-failmode-control' }],
  },
  {
    guide: 'p.10 "The Duo Network Gateway (DNG) will fail closed if it cannot reach Duo\'s cloud service."',
    applications: [app({ name: 'Portal', integration: 'duo-network-gateway', configuredFailmode: 'none', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'Portal', group: 'Staff', outcome: 'denied', reason: 'no-failmode-control' }],
  },
  {
    guide: 'p.10 "Users will not be able to authenticate with applications federated to Duo SSO."',
    applications: [app({ name: 'Wiki', integration: 'duo-sso', configuredFailmode: 'none', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'Wiki', group: 'Staff', outcome: 'denied', reason: 'duo-sso-unreachable' }],
  },
  {
    guide:
      'p.10 "As Duo SSO handles both primary and secondary authentication, users must be able to reach the service directly." — an Authentication Policy bypass cannot help while it is unreachable',
    applications: [app({ name: 'Wiki', integration: 'duo-sso', configuredFailmode: 'none', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    actions: [{ type: 'policy-bypass', application: 'Wiki' }],
    rows: [{ application: 'Wiki', group: 'Staff', outcome: 'denied', reason: 'duo-sso-unreachable' }],
    findings: [{ code: 'SIM_ACTION_NO_EFFECT', applications: ['Wiki'] }],
  },
  {
    guide:
      'p.8 WebSDKv2: "If Duo\'s cloud service becomes unreachable, the WebSDK alone will not allow users to authenticate without successfully completing two-factor authentication."',
    applications: [app({ name: 'Legacy', integration: 'websdk-v2', configuredFailmode: 'unknown', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'Legacy', group: 'Staff', outcome: 'denied', reason: 'default-secure' }],
    findings: [{ code: 'SIM_FAILMODE_ASSUMED', applications: ['Legacy'] }],
  },
  {
    guide:
      'p.9 "If you do develop a custom fail safe behavior ..." — a WebSDK v2 app recorded as failing safe has its own fail-open logic and lets users in',
    applications: [app({ name: 'Legacy', integration: 'websdk-v2', configuredFailmode: 'safe', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'Legacy', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'failmode-safe' }],
  },
  {
    guide:
      'p.9 WebSDKv4: "If the application does not include checks to Duo\'s service or logic to determine how to handle a failure, it will default to fail secure (closed)"',
    applications: [app({ name: 'Shop', integration: 'websdk-v4', configuredFailmode: 'unknown', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'Shop', group: 'Staff', outcome: 'denied', reason: 'default-secure' }],
  },
  {
    guide:
      'p.10 "Duo integrations created by third parties ... may not offer a way to control the failmode and may default to fail secure." (Okta: "In DR scenarios, admins need to login to remove Duo")',
    applications: [
      app({ name: 'Okta', integration: 'okta', configuredFailmode: 'none', groups: ['Staff'] }),
      app({ name: 'Vendor', integration: 'other-third-party', configuredFailmode: 'unknown', groups: ['Staff'] }),
      app({ name: 'LastPass', integration: 'lastpass', configuredFailmode: 'none', groups: ['Staff'] }),
    ],
    groups: [staff],
    scenario: 'unreachable',
    rows: [
      { application: 'Okta', group: 'Staff', outcome: 'denied', reason: 'no-failmode-control' },
      { application: 'Vendor', group: 'Staff', outcome: 'denied', reason: 'no-failmode-control' },
      { application: 'LastPass', group: 'Staff', outcome: 'denied', reason: 'no-failmode-control' },
    ],
  },
  {
    guide:
      'p.8 "Carefully consider which failmode configuration ... (if available)" — a configurable integration without a recorded value and no documented default (CAS) is assumed to fail secure, and said so',
    applications: [app({ name: 'CAS', integration: 'cas', configuredFailmode: 'unknown', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    rows: [{ application: 'CAS', group: 'Staff', outcome: 'denied', reason: 'assumed-secure' }],
    findings: [{ code: 'SIM_FAILMODE_ASSUMED', applications: ['CAS'] }],
  },

  // ---- Duo Service Degradation (p.7) ------------------------------------------------------------
  {
    guide:
      'p.7 "the Duo Authentication Proxy ... is able to reach the Duo service, but authentication is unable to complete. Failmode is not being invoked." (fail safe does not help)',
    applications: [
      app({ name: 'VPN', configuredFailmode: 'safe', groups: ['Staff'] }),
      app({ name: 'Mail', integration: 'owa', configuredFailmode: 'secure', groups: ['Staff'] }),
    ],
    groups: [staff],
    scenario: 'auth-not-completing',
    rows: [
      { application: 'VPN', group: 'Staff', outcome: 'denied', reason: 'authentication-not-completing' },
      { application: 'Mail', group: 'Staff', outcome: 'denied', reason: 'authentication-not-completing' },
    ],
  },
  {
    guide:
      'p.7 "Real-world example: Duo\'s SMS service was not successfully delivering text messages" + p.11 template "As a temporary workaround, please use <sms/push/phone callbacks>"',
    applications: [
      app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] }),
      app({ name: 'Wiki', integration: 'duo-sso', configuredFailmode: 'none', groups: ['Staff'] }),
    ],
    groups: [staff],
    scenario: 'sms-down',
    rows: [
      { application: 'VPN', group: 'Staff', outcome: '2fa-with-other-method', reason: 'other-method-available' },
      { application: 'Wiki', group: 'Staff', outcome: '2fa-with-other-method', reason: 'other-method-available' },
    ],
  },
  {
    guide:
      'p.4 "APNS (Apple Push Notification Service) fails to deliver push notifications" — two-factor method failure: not unaffected, users switch methods',
    applications: [app({ name: 'VPN', configuredFailmode: 'safe', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'push-down',
    rows: [{ application: 'VPN', group: 'Staff', outcome: '2fa-with-other-method', reason: 'other-method-available' }],
  },
  {
    guide: 'p.4 "Duo\'s telephony provider (SMS/phone call) experiences an outage of their own"',
    applications: [app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'phone-down',
    rows: [{ application: 'VPN', group: 'Staff', outcome: '2fa-with-other-method', reason: 'other-method-available' }],
  },

  // ---- Solution: firewall block (p.8) -----------------------------------------------------------
  {
    guide:
      'p.8 "Manually block Duo\'s service via a firewall rule to effectively create an unreachable outage scenario." + "This will invoke failmode. If fail safe is configured, access to the application will be granted without two-factor authentication. If fail secure is configured, access will be blocked."',
    applications: [
      app({ name: 'VPN', configuredFailmode: 'safe', groups: ['Staff'] }),
      app({ name: 'Mail', integration: 'owa', configuredFailmode: 'secure', groups: ['Staff'] }),
    ],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'firewall-block' }],
    rows: [
      { application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'failmode-safe' },
      { application: 'Mail', group: 'Staff', outcome: 'denied', reason: 'failmode-secure' },
    ],
    findings: [{ code: 'SIM_FIREWALL_BLAST_RADIUS', applications: ['Mail', 'VPN'] }],
    absent: ['SIM_FIREWALL_OPENS_MANDATORY_DATA'],
  },
  {
    guide:
      'p.8 "If fail secure is configured, access will be blocked." — during a one-method outage the block turns "use another method" into "denied" for fail-secure apps',
    applications: [app({ name: 'Mail', integration: 'owa', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'push-down',
    actions: [{ type: 'firewall-block' }],
    rows: [{ application: 'Mail', group: 'Staff', outcome: 'denied', reason: 'failmode-secure' }],
  },
  {
    guide:
      'p.8 "If fail safe is configured, access to the application will be granted without two-factor authentication." — and p.3 most restrictive: "sensitivity of data ... requires two-factor authentication, without exception" → critical',
    applications: [app({ name: 'EHR', configuredFailmode: 'safe', dataClasses: ['health'], groups: ['Clinicians', 'Staff'] })],
    groups: [staff, clinicians],
    scenario: 'auth-not-completing',
    actions: [{ type: 'firewall-block' }],
    rows: [
      { application: 'EHR', group: 'Staff', outcome: 'allowed-without-2fa' },
      { application: 'EHR', group: 'Clinicians', outcome: 'allowed-without-2fa' },
    ],
    findings: [{ code: 'SIM_FIREWALL_OPENS_MANDATORY_DATA', applications: ['EHR'], groups: ['Clinicians', 'Staff'] }],
  },

  // ---- Solution: Primary Only Mode (p.7) --------------------------------------------------------
  {
    guide:
      'p.7 Primary Only Mode "skips Duo authentication for all logins to RADIUS or LDAP configurations that use the default "fail safe" behavior."',
    applications: [
      app({ name: 'VPN', integration: 'auth-proxy-radius', configuredFailmode: 'safe', groups: ['Staff'] }),
      app({ name: 'LDAP', integration: 'auth-proxy-ldap', configuredFailmode: 'safe', groups: ['Staff'] }),
    ],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'primary-only', application: 'VPN', minutes: 60 }],
    rows: [
      { application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'primary-only-mode' },
      { application: 'LDAP', group: 'Staff', outcome: 'denied', reason: 'authentication-not-completing' },
    ],
    findings: [{ code: 'SIM_PRIMARY_ONLY_WHOLE_PROXY', applications: ['LDAP', 'VPN'] }],
    absent: ['SIM_PRIMARY_ONLY_TOO_LONG', 'SIM_PRIMARY_ONLY_NOT_APPLICABLE'],
  },
  {
    guide: 'p.7 Primary Only Mode: "configurations that use the default "fail safe" behavior" — a fail-secure section is not bypassed',
    applications: [app({ name: 'LDAP', integration: 'auth-proxy-ldap', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'primary-only', application: 'LDAP', minutes: 60 }],
    rows: [{ application: 'LDAP', group: 'Staff', outcome: 'denied', reason: 'authentication-not-completing' }],
    findings: [{ code: 'SIM_PRIMARY_ONLY_NOT_APPLICABLE', applications: ['LDAP'] }],
  },
  {
    guide:
      'p.7 Primary Only Mode: "the default "fail safe" behavior" — an unrecorded Auth Proxy failmode is the default (safe), so it is bypassed, and the assumption is reported',
    applications: [app({ name: 'VPN', configuredFailmode: 'unknown', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'sms-down',
    actions: [{ type: 'primary-only', application: 'VPN', minutes: 30 }],
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'primary-only-mode' }],
    findings: [{ code: 'SIM_FAILMODE_ASSUMED', applications: ['VPN'] }],
  },
  {
    guide: 'p.7 "For applications that use the Duo Authentication Proxy, use the Primary Only Mode feature." — not applicable elsewhere',
    applications: [app({ name: 'RDP', integration: 'windows-logon-rdp', configuredFailmode: 'safe', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'primary-only', application: 'RDP', minutes: 60 }],
    rows: [{ application: 'RDP', group: 'Staff', outcome: 'denied', reason: 'authentication-not-completing' }],
    findings: [{ code: 'SIM_PRIMARY_ONLY_NOT_APPLICABLE', applications: ['RDP'] }],
  },
  {
    guide: 'p.7 Primary Only Mode: "temporarily (default is one hour with a four-hour maximum)" — 241 minutes is too long',
    applications: [app({ name: 'VPN', configuredFailmode: 'safe', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'primary-only', application: 'VPN', minutes: 241 }],
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'primary-only-mode' }],
    findings: [{ code: 'SIM_PRIMARY_ONLY_TOO_LONG', applications: ['VPN'] }],
  },
  {
    guide: 'p.7 Primary Only Mode: "with a four-hour maximum" — exactly 240 minutes is fine',
    applications: [app({ name: 'VPN', configuredFailmode: 'safe', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'primary-only', application: 'VPN', minutes: 240 }],
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa' }],
    absent: ['SIM_PRIMARY_ONLY_TOO_LONG'],
  },

  // ---- Solution: bypass group (p.3, p.7) --------------------------------------------------------
  {
    guide:
      'p.3 "putting them in "bypass" will skip two-factor authentication for all applications they have access to" (p.7: "This will bypass two-factor authentication for any user in the group.")',
    applications: [
      app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff', 'IT'] }),
      app({ name: 'Mail', integration: 'owa', configuredFailmode: 'secure', groups: ['Staff'] }),
    ],
    groups: [staff, it_],
    scenario: 'auth-not-completing',
    actions: [{ type: 'bypass-group', group: 'Staff' }],
    rows: [
      { application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'bypass-group' },
      { application: 'Mail', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'bypass-group' },
      { application: 'VPN', group: 'IT', outcome: 'denied', reason: 'authentication-not-completing' },
    ],
    absent: ['SIM_BYPASS_REACHES_MOST_RESTRICTIVE'],
  },
  {
    guide:
      'p.7 "That group needs 1) access to the protected application and 2) to be set to "bypass" status." — a bypass group without access changes nothing',
    applications: [app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff, it_],
    scenario: 'push-down',
    actions: [{ type: 'bypass-group', group: 'IT' }],
    rows: [{ application: 'VPN', group: 'Staff', outcome: '2fa-with-other-method' }],
    findings: [{ code: 'SIM_ACTION_NO_EFFECT', groups: ['IT'] }],
  },
  {
    guide:
      'p.3 Restrictive: "Users and Groups who without exception are required to pass two-factor authentication should NOT be switched to "bypass" status, as this will skip two-factor authentication."',
    applications: [app({ name: 'HR', configuredFailmode: 'secure', groups: ['Clinicians', 'Staff'] })],
    groups: [staff, clinicians],
    scenario: 'auth-not-completing',
    actions: [{ type: 'bypass-group', group: 'Clinicians' }],
    rows: [
      { application: 'HR', group: 'Clinicians', outcome: 'allowed-without-2fa', reason: 'bypass-group' },
      { application: 'HR', group: 'Staff', outcome: 'denied' },
    ],
    findings: [{ code: 'SIM_BYPASS_REACHES_MOST_RESTRICTIVE', applications: ['HR'], groups: ['Clinicians'] }],
  },
  {
    guide:
      'p.3 "If this must be done for a Group to access another application, that Group\'s access to this application should first be removed." — a bypass group reaching a most-restrictive app',
    applications: [
      app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] }),
      app({ name: 'Ledger', configuredFailmode: 'secure', dataClasses: ['financial'], groups: ['Staff'] }),
    ],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'bypass-group', group: 'staff' }],
    rows: [
      { application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa' },
      { application: 'Ledger', group: 'Staff', outcome: 'allowed-without-2fa' },
    ],
    findings: [{ code: 'SIM_BYPASS_REACHES_MOST_RESTRICTIVE', applications: ['Ledger'], groups: ['Staff'] }],
  },
  {
    guide:
      'p.12 FAQ "Failmode is configured and invoked locally in your Duo Authentication Proxy or Duo-protected application." — while Duo is unreachable nobody asks Duo for bypass status: the failmode decides',
    applications: [app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    actions: [{ type: 'bypass-group', group: 'Staff' }],
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'denied', reason: 'failmode-secure' }],
    findings: [{ code: 'SIM_ACTION_NO_EFFECT', groups: ['Staff'] }],
  },

  // ---- Solution: Authentication Policy (p.7) ----------------------------------------------------
  {
    guide:
      'p.7 Authentication Policy: "What it does: Allows users to access a specific application without completing two-factor authentication."',
    applications: [
      app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] }),
      app({ name: 'Mail', integration: 'owa', configuredFailmode: 'secure', groups: ['Staff'] }),
    ],
    groups: [staff],
    scenario: 'auth-not-completing',
    actions: [{ type: 'policy-bypass', application: 'VPN' }],
    rows: [
      { application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'policy-bypass' },
      { application: 'Mail', group: 'Staff', outcome: 'denied', reason: 'authentication-not-completing' },
    ],
    absent: ['SIM_POLICY_BYPASS_UNAVAILABLE', 'SIM_POLICY_BYPASS_ON_MOST_RESTRICTIVE'],
  },
  {
    guide: 'p.7 "In the event of the Duo service being unreachable, this solution can also be used."',
    applications: [app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'unreachable',
    actions: [{ type: 'policy-bypass', application: 'VPN' }],
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'policy-bypass' }],
  },
  {
    guide: 'p.7 "Customers with paying editions of Duo can utilize Authentication Policies."',
    applications: [app({ name: 'VPN', configuredFailmode: 'secure', groups: ['Staff'] })],
    groups: [staff],
    policy: policy({ paidEdition: false }),
    scenario: 'auth-not-completing',
    actions: [{ type: 'policy-bypass', application: 'VPN' }],
    rows: [{ application: 'VPN', group: 'Staff', outcome: 'denied', reason: 'authentication-not-completing' }],
    findings: [{ code: 'SIM_POLICY_BYPASS_UNAVAILABLE', applications: ['VPN'] }],
  },
  {
    guide:
      'p.3 Most restrictive: "requires two-factor authentication, without exception" — an application-level policy bypass there is critical',
    applications: [app({ name: 'EHR', configuredFailmode: 'secure', mfaMandate: 'all-users', groups: ['Staff'] })],
    groups: [staff],
    scenario: 'sms-down',
    actions: [{ type: 'policy-bypass', application: 'EHR' }],
    rows: [{ application: 'EHR', group: 'Staff', outcome: 'allowed-without-2fa', reason: 'policy-bypass' }],
    findings: [{ code: 'SIM_POLICY_BYPASS_ON_MOST_RESTRICTIVE', applications: ['EHR'], groups: ['Staff'] }],
  },
];

describe('simulator: the guide, sentence by sentence', () => {
  for (const c of cases) {
    it(c.guide, () => {
      const result = run({ applications: c.applications, groups: c.groups ?? [], policy: c.policy }, c.scenario, c.actions ?? []);
      expect(result.errors).toBeUndefined();
      for (const e of c.rows) {
        const r = row(result, e.application, e.group ?? '');
        expect(r.outcome, `${e.application}/${e.group ?? ''}`).toBe(e.outcome);
        if (e.reason) expect(r.reason, `${e.application}/${e.group ?? ''}`).toBe(e.reason);
      }
      for (const f of c.findings ?? []) {
        const found = findingsOf(result, f.code);
        expect(found.length, `${f.code} in ${JSON.stringify(codes(result))}`).toBeGreaterThan(0);
        if (f.applications) expect(found.some((x) => f.applications!.every((a) => x.applications.includes(a)))).toBe(true);
        if (f.groups) expect(found.some((x) => f.groups!.every((g) => x.groups.includes(g)))).toBe(true);
      }
      for (const code of c.absent ?? []) expect(codes(result)).not.toContain(code);
      // Nothing in this table is ever "unaffected" (decision 0040).
      expect(result.results.every((r) => r.outcome !== 'unaffected')).toBe(true);
    });
  }
});
