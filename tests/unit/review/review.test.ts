import { describe, expect, it } from 'vitest';
import { assessInventory } from '@/lib/domain/assess';
import { CATALOG_VERSION } from '@/lib/domain/catalog';
import { diffInputs, fingerprintOf, indexInputs, reviewInputs, reviewStatus, type LatestDecision } from '@/lib/domain/review';
import { DEFAULT_POLICY, type ApplicationInput, type GroupInput, type Policy } from '@/lib/domain/types';

const groups: GroupInput[] = [
  { name: 'All Staff', alwaysRequireMfa: false, memberCount: 100, description: 'everyone' },
  { name: 'Admins', alwaysRequireMfa: true },
];
const vpn: ApplicationInput = {
  name: 'VPN',
  integration: 'auth-proxy-radius',
  dataClasses: ['pii'],
  mfaMandate: 'some-groups',
  criticality: 'high',
  configuredFailmode: 'safe',
  groups: ['All Staff', 'Admins'],
  owner: 'Network',
  notes: 'n',
};
const payroll: ApplicationInput = {
  ...vpn,
  name: 'Payroll',
  integration: 'okta',
  dataClasses: ['financial'],
  configuredFailmode: 'none',
  groups: ['All Staff'],
};

function fp(
  apps: ApplicationInput[],
  gs: GroupInput[] = groups,
  policy: Policy = DEFAULT_POLICY,
  catalog = CATALOG_VERSION,
  which = 'VPN',
) {
  const x = assessInventory({ applications: apps, groups: gs }, policy);
  const idx = indexInputs(apps, x.applications, gs);
  return fingerprintOf(
    reviewInputs(
      apps.find((a) => a.name === which)!,
      idx,
      policy,
      catalog,
    ),
  );
}

describe('the review fingerprint covers what the assessment and runbook read, and nothing else', () => {
  const base = fp([vpn, payroll]);
  const changes: [string, () => string][] = [
    ['configured failmode', () => fp([{ ...vpn, configuredFailmode: 'secure' }, payroll])],
    ['integration', () => fp([{ ...vpn, integration: 'auth-proxy-ldap' }, payroll])],
    ['a data class that mandates 2FA', () => fp([{ ...vpn, dataClasses: ['pii', 'financial'] }, payroll])],
    [
      'a data class of a less-restrictive application',
      () =>
        fp([{ ...vpn, mfaMandate: 'none', groups: ['All Staff'] }, payroll]) ===
        fp([{ ...vpn, mfaMandate: 'none', groups: ['All Staff'], dataClasses: ['pii', 'ip'] }, payroll])
          ? base
          : 'differs',
    ],
    ['MFA mandate', () => fp([{ ...vpn, mfaMandate: 'all-users' }, payroll])],
    ['criticality', () => fp([{ ...vpn, criticality: 'critical' }, payroll])],
    ['name', () => fp([{ ...vpn, name: 'VPN2' }, payroll], groups, DEFAULT_POLICY, CATALOG_VERSION, 'VPN2')],
    ['groups with access', () => fp([{ ...vpn, groups: ['All Staff'] }, payroll])],
    ["a group's alwaysRequireMfa", () => fp([vpn, payroll], [groups[0], { ...groups[1], alwaysRequireMfa: false }])],
    ["a group's other applications", () => fp([vpn, { ...payroll, groups: [] }])],
    ["the level of a group's other application", () => fp([vpn, { ...payroll, dataClasses: ['other'] }])],
    [
      'policy: mandatory data classes',
      () => fp([vpn, payroll], groups, { ...DEFAULT_POLICY, mandatoryDataClasses: ['health', 'financial', 'pii'] }),
    ],
    ['policy: paid edition', () => fp([vpn, payroll], groups, { ...DEFAULT_POLICY, paidEdition: false })],
    ['catalog version', () => fp([vpn, payroll], groups, DEFAULT_POLICY, 'next')],
    ['owner (printed in the runbook)', () => fp([{ ...vpn, owner: 'Someone else' }, payroll])],
    ['notes (printed in the runbook)', () => fp([{ ...vpn, notes: 'other notes' }, payroll])],
    ['a new application its bypass group reaches', () => fp([vpn, payroll, { ...payroll, name: 'HR', dataClasses: [] }])],
    [
      'a restricted application elsewhere that a firewall block would open',
      () =>
        fp(
          [
            vpn,
            payroll,
            { ...payroll, name: 'Clinic', integration: 'duo-unix', configuredFailmode: 'safe', dataClasses: ['health'], groups: [] },
          ],
          groups,
        ),
    ],
    [
      'another fail-safe Auth Proxy application (Primary Only Mode)',
      () => fp([vpn, payroll, { ...vpn, name: 'VPN-B', mfaMandate: 'none', dataClasses: [], groups: [] }]),
    ],
  ];
  it.each(changes)('changes with %s', (_what, f) => expect(f()).not.toBe(base));

  const noChanges: [string, () => string][] = [
    [
      'whitespace-only owner and notes versus none',
      () =>
        fp([{ ...vpn, owner: '  ', notes: ' ' }, payroll]) === fp([{ ...vpn, owner: undefined, notes: undefined }, payroll])
          ? base
          : 'differs',
    ],
    [
      'another application of an always-2FA group only',
      () =>
        fp([
          vpn,
          payroll,
          { ...payroll, name: 'Jump', integration: 'duo-unix', dataClasses: ['other'], configuredFailmode: 'secure', groups: ['Admins'] },
        ]),
    ],
    ["another application's owner and notes", () => fp([vpn, { ...payroll, owner: 'X', notes: 'Y' }])],
    [
      'a mandatory data class the application does not hold',
      () => fp([vpn, payroll], groups, { ...DEFAULT_POLICY, mandatoryDataClasses: ['health', 'financial', 'ip'] }),
    ],
    [
      'a data class that does not mandate 2FA on a restricted application (the assessment does not read it)',
      () => fp([{ ...vpn, dataClasses: ['pii', 'ip'] }, payroll]),
    ],
    ['the longest risk acceptance', () => fp([vpn, payroll], groups, { ...DEFAULT_POLICY, maxRiskAcceptanceDays: 7 })],
    ['group member count and description', () => fp([vpn, payroll], [{ ...groups[0], memberCount: 5, description: 'x' }, groups[1]])],
    ['order of groups and applications', () => fp([payroll, { ...vpn, groups: ['Admins', 'All Staff'] }], [groups[1], groups[0]])],
    [
      'review interval and default language',
      () => fp([vpn, payroll], groups, { ...DEFAULT_POLICY, reviewIntervalDays: 30, defaultLanguage: 'de' }),
    ],
  ];
  it.each(noChanges)('does not change with %s', (_what, f) => expect(f()).toBe(base));
});

describe('diffInputs names what changed', () => {
  it('lists the changed fields with before and after', () => {
    const x1 = assessInventory({ applications: [vpn, payroll], groups }, DEFAULT_POLICY);
    const before = reviewInputs(vpn, indexInputs([vpn, payroll], x1.applications, groups), DEFAULT_POLICY, CATALOG_VERSION);
    const vpn2 = { ...vpn, configuredFailmode: 'secure' as const, groups: ['Admins'] };
    const x2 = assessInventory({ applications: [vpn2, payroll], groups }, DEFAULT_POLICY);
    const after = reviewInputs(vpn2, indexInputs([vpn2, payroll], x2.applications, groups), DEFAULT_POLICY, CATALOG_VERSION);
    expect(diffInputs(before, after)).toEqual([
      { field: 'configuredFailmode', before: 'safe', after: 'secure' },
      { field: 'groups', before: 'Admins, All Staff', after: 'Admins' },
    ]);
  });
});

describe('review states (fixed clock)', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');
  const latest = (decision: 'approve' | 'reject', fingerprint = 'F'): LatestDecision => ({
    decision,
    reviewer: 'r@x',
    decidedAt: t0,
    fingerprint,
  });
  const at = (days: number) => new Date(t0.getTime() + days * 86_400_000);
  const cases: [string, LatestDecision | null, string, Date, string][] = [
    ['no decision yet', null, 'F', at(0), 'unreviewed'],
    ['approved, same inputs, within the interval', latest('approve'), 'F', at(179), 'approved'],
    ['rejected, same inputs', latest('reject'), 'F', at(10), 'rejected'],
    ['approved, inputs changed', latest('approve'), 'G', at(1), 'stale'],
    ['rejected, inputs changed', latest('reject'), 'G', at(1), 'stale'],
    ['approved, interval passed', latest('approve'), 'F', at(180), 'expired'],
    ['stale wins over expired', latest('approve'), 'G', at(400), 'stale'],
  ];
  it.each(cases)('%s', (_n, l, fpNow, now, state) => {
    const s = reviewStatus(l, fpNow, now, 180);
    expect(s.state).toBe(state);
    if (l) expect(s.expiresAt?.toISOString()).toBe(at(180).toISOString());
  });
});
