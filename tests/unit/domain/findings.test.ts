// Every finding code of SPEC §2.4, each case naming the guide sentence (or SPEC rule) it checks,
// with the English and German message and fix.
import { describe, expect, it } from 'vitest';
import { assessInventory, FINDING_SEVERITY, summarize, toAssessOutput } from '../../../lib/domain/assess';
import type { Finding } from '../../../lib/domain/assess';
import { findingFix, findingMessage, findingTitle } from '../../../lib/domain/messages';
import type { ApplicationInput, FindingCode, GroupInput, Severity } from '../../../lib/domain/types';
import { FINDING_CODES } from '../../../lib/domain/types';
import { isDuoFindingCode } from '../../../lib/domain/duo';
import { app, group, policy } from './fixtures';

interface FindingCase {
  code: FindingCode;
  severity: Severity;
  guide: string;
  groups: GroupInput[];
  apps: ApplicationInput[];
  /** The application the finding is expected on. */
  on: string;
  expectGroups?: string[];
  expectRelated?: string[];
  en: RegExp[];
  de: RegExp[];
  fixEn: RegExp[];
  fixDe: RegExp[];
}

const staff = group('Staff');

const cases: FindingCase[] = [
  {
    code: 'FAILMODE_OPEN_ON_RESTRICTED',
    severity: 'critical',
    guide:
      'guide p.3: Most restrictive → Unreachable: "Fail secure"; configured safe is "ALLOWED access ... if they pass primary authentication" (p.6)',
    groups: [staff],
    apps: [app({ name: 'EHR', dataClasses: ['health'], configuredFailmode: 'safe', groups: ['Staff'] })],
    on: 'EHR',
    en: [/"EHR" is configured to fail safe \(open\)/, /must fail secure/],
    de: [/„EHR“ ist auf Fail safe \(offen\) konfiguriert/, /Fail secure/, /„Am stärksten restriktiv“/],
    fixEn: [/Set the failmode to secure/, /failmode = safe\|secure/, /radius_server_auto/],
    fixDe: [/Failmode auf secure setzen/, /RADIUS-Serverabschnitt/],
  },
  {
    code: 'FAILMODE_OPEN_ON_RESTRICTED',
    severity: 'critical',
    guide: 'guide p.3: Restrictive → Unreachable: "Fail secure" (an alwaysRequireMfa group makes a safe app wrong)',
    groups: [group('Admins', true)],
    apps: [app({ name: 'RDP hosts', integration: 'windows-logon-rdp', configuredFailmode: 'safe', groups: ['Admins'] })],
    on: 'RDP hosts',
    en: [/"RDP hosts" is configured to fail safe/, /restrictive/],
    de: [/„Restriktiv“/],
    fixEn: [/FailOpen/, /DuoCredProv/],
    fixDe: [/FailOpen/],
  },
  {
    code: 'FAILMODE_STRICTER_THAN_NEEDED',
    severity: 'info',
    guide:
      'guide p.9: "As always, fail secure (closed) remains the most secure option in all scenarios." — allowed on a less-restrictive app, info only',
    groups: [staff],
    apps: [app({ name: 'Wiki', configuredFailmode: 'secure', groups: ['Staff'] })],
    on: 'Wiki',
    en: [/"Wiki" fails secure although it is less restrictive/, /most secure option/],
    de: [/„Wiki“ verwendet Fail secure, obwohl die Anwendung weniger restriktiv ist/, /sicherste Option/],
    fixEn: [/No change needed/],
    fixDe: [/Keine Änderung nötig/],
  },
  {
    code: 'FAILMODE_UNKNOWN',
    severity: 'warning',
    guide:
      'guide p.3: "Carefully consider which failmode configuration (safe vs, secure) you should use for each application (if available)" — unknown on a configurable integration',
    groups: [staff],
    apps: [app({ name: 'Jump hosts', integration: 'duo-unix', mfaMandate: 'all-users', configuredFailmode: 'unknown', groups: ['Staff'] })],
    on: 'Jump hosts',
    en: [/The failmode of "Jump hosts" \(Duo Unix/, /fails safe \(open\)/, /needs fail secure/],
    de: [/Der Failmode von „Jump hosts“/, /gilt Fail safe \(offen\)/, /benötigt Fail secure/],
    fixEn: [/Check the setting and record it/, /pam_duo\.conf/],
    fixDe: [/Die Einstellung prüfen und erfassen/, /pam_duo\.conf/],
  },
  {
    code: 'FAILMODE_UNKNOWN',
    severity: 'warning',
    guide:
      'SPEC §2.5: "none" recorded for an integration that has a failmode setting (Auth Proxy: absent means safe) is treated as not recorded',
    groups: [staff],
    apps: [app({ name: 'VPN', configuredFailmode: 'none', groups: ['Staff'] })],
    on: 'VPN',
    en: [/recorded as "none", but this integration has a failmode setting/],
    de: [/erfasst als „keine Einstellung“/],
    fixEn: [/Absent means safe/],
    fixDe: [/Fehlt der Schlüssel, gilt safe/],
  },
  {
    code: 'FAILMODE_NOT_CONFIGURABLE',
    severity: 'warning',
    guide:
      'guide p.10: "Users will not be able to authenticate with applications federated to Duo SSO" — "manually de-federating ... should only be considered as a last resort"',
    groups: [staff],
    apps: [app({ name: 'Portal', integration: 'duo-sso', configuredFailmode: 'none', groups: ['Staff'] })],
    on: 'Portal',
    en: [/Duo Single Sign-On offers no failmode control/, /fails secure \(closed\)/, /manual procedure/],
    de: [/Duo Single Sign-On bietet keine Failmode-Steuerung/, /Fail secure, geschlossen/, /manuelle Verfahren/],
    fixEn: [/Manual DR procedure: Last resort/, /de-federate/],
    fixDe: [/Manuelles DR-Verfahren: Letzte Möglichkeit/],
  },
  {
    code: 'FAILMODE_NOT_CONFIGURABLE',
    severity: 'warning',
    guide:
      'guide p.9 (Okta): "No configurable failmode" — "In DR scenarios, admins need to login to remove Duo from the authentication workflow"',
    groups: [staff],
    apps: [app({ name: 'SSO', integration: 'okta', configuredFailmode: 'none', groups: ['Staff'] })],
    on: 'SSO',
    en: [/Okta offers no failmode control/],
    de: [/Okta bietet keine Failmode-Steuerung/],
    fixEn: [/removes Duo from the authentication workflow/],
    fixDe: [/entfernt Duo aus dem Authentifizierungs-Workflow/],
  },
  {
    code: 'CUSTOM_FAILOPEN_UNVERIFIED',
    severity: 'warning',
    guide:
      'guide p.9: "If you do develop a custom fail safe behavior, please ensure that you thoroughly test the conditions that invoke failmode behavior." (WebSDK v2)',
    groups: [staff],
    apps: [app({ name: 'Portal v2', integration: 'websdk-v2', configuredFailmode: 'secure', groups: ['Staff'] })],
    on: 'Portal v2',
    en: [/fail-open behaviour of "Portal v2"/, /not been verified/],
    de: [/Fail-open-Verhalten von „Portal v2“/, /Umgehung der 2FA/],
    fixEn: [/\/auth\/v2\/ping/, /\/auth\/v2\/check/],
    fixDe: [/\/auth\/v2\/ping/, /Lebendtest/],
  },
  {
    code: 'CUSTOM_FAILOPEN_UNVERIFIED',
    severity: 'warning',
    guide:
      'guide p.9 (WebSDKv4): "application developers must still program the application with logic on how the application should proceed if the Duo function returns an error" — only when it fails safe',
    groups: [staff],
    apps: [app({ name: 'Shop', integration: 'websdk-v4', configuredFailmode: 'safe', groups: ['Staff'] })],
    on: 'Shop',
    en: [/health_check\(\)/],
    de: [/health_check\(\)/],
    fixEn: [/or health_check\(\)/],
    fixDe: [/bzw\. health_check\(\)/],
  },
  {
    code: 'BYPASS_GROUP_SPANS_APPS',
    severity: 'warning',
    guide:
      'guide p.3: "putting them in “bypass” will skip two-factor authentication for all applications they have access to. ... that Group’s access to this application should first be removed."',
    groups: [staff, group('Nurses', true)],
    apps: [
      app({ name: 'Wiki', groups: ['Staff'] }),
      app({ name: 'EHR', dataClasses: ['health'], groups: ['Staff', 'Nurses'] }),
      app({ name: 'Billing', dataClasses: ['financial'], groups: ['staff'] }),
    ],
    on: 'Wiki',
    expectGroups: ['Staff'],
    expectRelated: ['Billing', 'EHR'],
    en: [/Group "Staff" may be switched to bypass for "Wiki"/, /"Billing" and "EHR"/, /First remove the group's access to them/],
    de: [/Die Gruppe „Staff“ darf für „Wiki“ in den Status „Umgehung“ gesetzt werden/, /„Billing“ und „EHR“/, /NICHT umgangen/],
    fixEn: [/first remove the group's access to "Billing" and "EHR"/],
    fixDe: [/zuerst den Zugriff der Gruppe auf „Billing“ und „EHR“ entfernen/],
  },
  {
    code: 'NO_GROUPS',
    severity: 'warning',
    guide: 'guide p.3: "Groups of users with varying levels of access" — without groups the bypass plan cannot be judged',
    groups: [],
    apps: [app({ name: 'Lab', groups: [] })],
    on: 'Lab',
    en: [/"Lab" lists no user group/],
    de: [/„Lab“ nennt keine Benutzergruppe/, /Umgehungsplan/],
    fixEn: [/Record the user groups that have access to "Lab"/],
    fixDe: [/Die Benutzergruppen erfassen/],
  },
  {
    code: 'MANDATED_GROUPS_UNFLAGGED',
    severity: 'warning',
    guide:
      'guide p.3: Restrictive — "Some subsets of users are always required to pass two-factor authentication"; none of the groups is flagged, so none may be assumed bypassable (issue 12 #5)',
    groups: [staff, group('Contractors')],
    apps: [app({ name: 'VPN', mfaMandate: 'some-groups', groups: ['Staff', 'Contractors'] })],
    on: 'VPN',
    expectGroups: ['Contractors', 'Staff'],
    en: [
      /"VPN" requires 2FA without exception for some groups/,
      /none of the groups with access \("Contractors" and "Staff"\)/,
      /offers no group for bypass/,
    ],
    de: [/keine der Gruppen mit Zugriff/, /bietet das Runbook keine Gruppe für die Umgehung an/],
    fixEn: [/flag the groups that must always pass 2FA/],
    fixDe: [/als „immer 2FA“ markieren/],
  },
];

function findingsOf(c: FindingCase): Finding[] {
  const r = assessInventory({ groups: c.groups, applications: c.apps }, policy());
  return r.applications.find((a) => a.name === c.on)!.findings;
}

describe('findings (SPEC §2.4)', () => {
  it('MANDATED_GROUPS_UNFLAGGED: no group is offered for bypass until one is flagged; flagging one ends the finding', () => {
    const apps = [app({ name: 'VPN', mfaMandate: 'some-groups', groups: ['Staff', 'Contractors'] })];
    const before = assessInventory({ groups: [staff, group('Contractors')], applications: apps }, policy()).applications[0]!;
    expect(before.bypassAllowedGroups).toEqual([]);
    expect(before.findings.map((f) => f.code)).toContain('MANDATED_GROUPS_UNFLAGGED');
    const after = assessInventory({ groups: [staff, group('Contractors', true)], applications: apps }, policy()).applications[0]!;
    expect(after.bypassAllowedGroups).toEqual(['Staff']);
    expect(after.bypassForbiddenGroups).toEqual(['Contractors']);
    expect(after.findings.map((f) => f.code)).not.toContain('MANDATED_GROUPS_UNFLAGGED');
  });

  it('covers every finding code', () => {
    // Duo findings need Duo's live state: tests/unit/domain/duo-findings.test.ts covers them.
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(FINDING_CODES.filter((c) => !isDuoFindingCode(c))));
  });

  it.each(cases)('$code — $guide', (c) => {
    const found = findingsOf(c).filter((f) => f.code === c.code);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.severity).toBe(c.severity);
    expect(FINDING_SEVERITY[c.code]).toBe(c.severity);
    expect(f.applicationName).toBe(c.on);
    if (c.expectGroups) expect(f.groups).toEqual(c.expectGroups);
    if (c.expectRelated) expect(f.relatedApplications).toEqual(c.expectRelated);
    for (const re of c.en) expect(findingMessage(f, 'en')).toMatch(re);
    for (const re of c.de) expect(findingMessage(f, 'de')).toMatch(re);
    for (const re of c.fixEn) expect(findingFix(f, 'en')).toMatch(re);
    for (const re of c.fixDe) expect(findingFix(f, 'de')).toMatch(re);
    expect(findingTitle(c.code, 'en')).not.toBe(findingTitle(c.code, 'de'));
  });
});

describe('finding rules: negative cases', () => {
  const codesOf = (a: ApplicationInput, groups: GroupInput[] = [staff]) =>
    assessInventory({ groups, applications: [a] }, policy()).applications[0]!.findings.map((f) => f.code);

  it('a correctly configured most-restrictive app has no finding', () => {
    expect(codesOf(app({ name: 'EHR', dataClasses: ['health'], configuredFailmode: 'secure', groups: ['Staff'] }))).toEqual([]);
  });
  it('fail safe on a less-restrictive app is the recommendation: no finding', () => {
    expect(codesOf(app({ name: 'Wiki', configuredFailmode: 'safe', groups: ['Staff'] }))).toEqual([]);
  });
  it('FAILMODE_UNKNOWN only when the integration is failmode-configurable (okta: NOT_CONFIGURABLE instead)', () => {
    expect(codesOf(app({ name: 'O', integration: 'okta', configuredFailmode: 'unknown', groups: ['Staff'] }))).toEqual([
      'FAILMODE_NOT_CONFIGURABLE',
    ]);
  });
  it('websdk-v2 and custom get CUSTOM_FAILOPEN_UNVERIFIED whatever is configured, never FAILMODE_UNKNOWN or NOT_CONFIGURABLE', () => {
    for (const integration of ['websdk-v2', 'custom'] as const) {
      for (const configuredFailmode of ['safe', 'secure', 'none', 'unknown'] as const) {
        const codes = codesOf(app({ name: 'C', integration, configuredFailmode, groups: ['Staff'] }));
        expect(codes).toContain('CUSTOM_FAILOPEN_UNVERIFIED');
        expect(codes).not.toContain('FAILMODE_UNKNOWN');
        expect(codes).not.toContain('FAILMODE_NOT_CONFIGURABLE');
      }
    }
  });
  it('websdk-v4: CUSTOM_FAILOPEN_UNVERIFIED only when it fails safe; unknown is FAILMODE_UNKNOWN', () => {
    expect(codesOf(app({ name: 'V4', integration: 'websdk-v4', configuredFailmode: 'secure', groups: ['Staff'] }))).toEqual([
      'FAILMODE_STRICTER_THAN_NEEDED',
    ]);
    expect(codesOf(app({ name: 'V4', integration: 'websdk-v4', configuredFailmode: 'unknown', groups: ['Staff'] }))).toEqual([
      'FAILMODE_UNKNOWN',
    ]);
  });
  it('a bypass-forbidden group (alwaysRequireMfa) never yields BYPASS_GROUP_SPANS_APPS', () => {
    const groups = [group('Admins', true)];
    const r = assessInventory(
      {
        groups,
        applications: [app({ name: 'R', groups: ['Admins'] }), app({ name: 'M', mfaMandate: 'all-users', groups: ['Admins'] })],
      },
      policy(),
    );
    expect(r.applications.flatMap((a) => a.findings.map((f) => f.code))).toEqual([]);
  });
  it('a most-restrictive app never gets BYPASS_GROUP_SPANS_APPS itself (nobody is bypassed there)', () => {
    const r = assessInventory(
      {
        groups: [staff],
        applications: [
          app({ name: 'M1', mfaMandate: 'all-users', groups: ['Staff'] }),
          app({ name: 'M2', mfaMandate: 'all-users', groups: ['Staff'] }),
        ],
      },
      policy(),
    );
    expect(r.applications.flatMap((a) => a.findings)).toEqual([]);
  });
  it('one BYPASS finding per (app, group), each naming the other apps sorted', () => {
    const r = assessInventory(
      {
        groups: [group('A'), group('B')],
        applications: [
          app({ name: 'lenient', groups: ['B', 'A'] }),
          app({ name: 'zeta', mfaMandate: 'all-users', groups: ['A', 'B'] }),
          app({ name: 'Alpha', mfaMandate: 'all-users', groups: ['A'] }),
        ],
      },
      policy(),
    );
    const f = r.applications[0]!.findings.filter((x) => x.code === 'BYPASS_GROUP_SPANS_APPS');
    expect(f.map((x) => [x.groups, x.relatedApplications])).toEqual([
      [['A'], ['Alpha', 'zeta']],
      [['B'], ['zeta']],
    ]);
  });
  it('long lists: the message names five applications and counts the rest; the array keeps all', () => {
    const mr = Array.from({ length: 8 }, (_, i) => app({ name: `M${i}`, mfaMandate: 'all-users', groups: ['Staff'] }));
    const r = assessInventory({ groups: [staff], applications: [app({ name: 'L', groups: ['Staff'] }), ...mr] }, policy());
    const f = r.applications[0]!.findings[0]!;
    expect(f.relatedApplications).toHaveLength(8);
    expect(findingMessage(f, 'en')).toContain('"M0", "M1", "M2", "M3", "M4" and 3 more');
    expect(findingMessage(f, 'de')).toContain('„M0“, „M1“, „M2“, „M3“, „M4“ und 3 weitere');
  });
  it('findings are ordered by severity, then code', () => {
    const r = assessInventory(
      {
        groups: [staff],
        applications: [app({ name: 'W', integration: 'websdk-v2', configuredFailmode: 'safe', mfaMandate: 'all-users', groups: [] })],
      },
      policy(),
    );
    expect(r.applications[0]!.findings.map((f) => f.code)).toEqual([
      'FAILMODE_OPEN_ON_RESTRICTED',
      'CUSTOM_FAILOPEN_UNVERIFIED',
      'NO_GROUPS',
    ]);
  });
});

describe('summaries and the SPEC §3 output shape', () => {
  const r = assessInventory(
    {
      groups: [staff],
      applications: [
        app({ name: 'EHR', dataClasses: ['health'], configuredFailmode: 'safe', groups: ['Staff'] }),
        app({ name: 'Wiki', configuredFailmode: 'secure', groups: ['Staff'] }),
      ],
    },
    policy(),
  );

  it('summarize counts by severity, level and code', () => {
    const s = summarize(r);
    expect(s.applications).toBe(2);
    expect(s.bySeverity).toEqual({ critical: 1, warning: 1, info: 1 });
    expect(s.byLevel).toEqual({ 'most-restrictive': 1, restrictive: 0, 'less-restrictive': 1 });
    expect(s.byCode.BYPASS_GROUP_SPANS_APPS).toBe(1);
  });

  it('toAssessOutput has exactly the SPEC keys', () => {
    const out = toAssessOutput(r, 'en');
    expect(Object.keys(out)).toEqual(['applications']);
    expect(Object.keys(out.applications[0]!)).toEqual([
      'name',
      'restrictionLevel',
      'recommendedFailmode',
      'configuredFailmode',
      'bypassAllowedGroups',
      'bypassForbiddenGroups',
      'findings',
    ]);
    expect(Object.keys(out.applications[0]!.findings[0]!)).toEqual(['code', 'severity', 'message', 'groups', 'relatedApplications']);
    expect(out.applications[0]!.findings[0]).toEqual({
      code: 'FAILMODE_OPEN_ON_RESTRICTED',
      severity: 'critical',
      message: findingMessage(r.applications[0]!.findings[0]!, 'en'),
      groups: [],
      relatedApplications: [],
    });
  });
});
