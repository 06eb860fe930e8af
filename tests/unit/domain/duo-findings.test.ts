// Issue 19: the findings from Duo's live state (lib/domain/duo.ts), table-driven, en and de.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_SEVERITY } from '../../../lib/domain/assess';
import {
  bypassGroupNames,
  DUO_FINDING_CODES,
  duoFindings,
  parseStatusSummary,
  stateOfIndicator,
  type DuoFindingApp,
  type DuoState,
} from '../../../lib/domain/duo';
import { findingFix, findingMessage, findingTitle } from '../../../lib/domain/messages';
import type { RestrictionLevel } from '../../../lib/domain/types';

const state = (over: Partial<DuoState> = {}): DuoState => ({
  fetchedAt: '2026-01-01T00:00:00.000Z',
  integrations: [
    { name: 'VPN', type: 'radius', integration: 'auth-proxy-radius', ikeyHash: 'h-vpn', groupsAllowed: ['Staff', 'Contractors'] },
    { name: 'Payroll', type: 'websdk', integration: 'websdk-v2', ikeyHash: 'h-pay', groupsAllowed: ['Finance'] },
    { name: 'Wiki', type: 'okta', integration: 'okta', ikeyHash: 'h-wiki', groupsAllowed: [] },
  ],
  groups: [
    { name: 'Staff', status: 'active', memberCount: 10 },
    { name: 'Contractors', status: 'active', memberCount: 3 },
    { name: 'Finance', status: 'active', memberCount: 2 },
  ],
  bypassUsers: [],
  ...over,
});
const apps: DuoFindingApp[] = [
  { name: 'VPN', groups: ['Staff', 'Contractors'], ikeyHash: 'h-vpn' },
  { name: 'Payroll', groups: ['Finance'], ikeyHash: 'h-pay' },
  { name: 'Wiki', groups: [], ikeyHash: null },
];
const levels = (m: Record<string, RestrictionLevel>) => new Map(Object.entries(m).map(([k, v]) => [k, { restrictionLevel: v }]));
const LEVELS = levels({ VPN: 'restrictive', Payroll: 'most-restrictive', Wiki: 'less-restrictive' });

const codesOf = (r: ReturnType<typeof duoFindings>, app: string) => (r.byApplication.get(app) ?? []).map((f) => f.code);

describe('Duo findings', () => {
  it('a consistent inventory has none', () => {
    const r = duoFindings(apps, LEVELS, state());
    expect([...r.byApplication.values()].flat()).toEqual([]);
    expect(r.integrations).toEqual([]);
  });

  const cases: {
    name: string;
    st: Partial<DuoState>;
    apps?: DuoFindingApp[];
    app: string;
    code: string;
    severity: string;
    en: RegExp;
    de: RegExp;
  }[] = [
    {
      name: 'GROUP_IN_BYPASS is a warning when the group reaches no most-restrictive application',
      st: {
        groups: [
          { name: 'Contractors', status: 'bypass', memberCount: 3 },
          { name: 'Staff', status: 'active', memberCount: 10 },
          { name: 'Finance', status: 'active', memberCount: 2 },
        ],
      },
      app: 'VPN',
      code: 'GROUP_IN_BYPASS',
      severity: 'warning',
      // Wiki permits every user in Duo: the bypass group reaches it too.
      en: /Group "Contractors" is in bypass status in Duo: its members reach "VPN" and "Wiki" without two-factor/,
      de: /Die Gruppe „Contractors“ steht in Duo im Status „Umgehung“/,
    },
    {
      name: 'GROUP_IN_BYPASS is critical when the group reaches a most-restrictive application, and names it',
      st: { groups: [{ name: 'Finance', status: 'bypass', memberCount: 2 }] },
      app: 'Payroll',
      code: 'GROUP_IN_BYPASS',
      severity: 'critical',
      en: /most-restrictive application \("Payroll"\), which must never be bypassed/,
      de: /am stärksten restriktive Anwendungen \(„Payroll“\)/,
    },
    {
      name: 'USERS_IN_BYPASS counts the users with bypass status who reach the application',
      st: { bypassUsers: [{ groups: ['Finance'] }, { groups: ['Finance', 'Staff'] }, { groups: [] }] },
      app: 'Payroll',
      code: 'USERS_IN_BYPASS',
      severity: 'critical',
      en: /^2 users have bypass status in Duo and reach "Payroll" without two-factor authentication \(through "Finance"\)/,
      de: /^2 BenutzerInnen stehen in Duo im Status „Umgehung“/,
    },
    {
      name: 'USERS_IN_BYPASS: Duo permits every user, so a bypass user without groups reaches it',
      st: { bypassUsers: [{ groups: [] }] },
      app: 'Wiki',
      code: 'USERS_IN_BYPASS',
      severity: 'warning',
      en: /^1 user has bypass status in Duo and reaches "Wiki".*\(Duo permits every user\)/,
      de: /alle BenutzerInnen zugelassen/,
    },
    {
      name: 'DUO_ACCESS_DRIFT names the groups only in Duo and only in the inventory',
      st: {},
      apps: [{ name: 'VPN', groups: ['Staff', 'Interns'], ikeyHash: 'h-vpn' }, apps[1], apps[2]],
      app: 'VPN',
      code: 'DUO_ACCESS_DRIFT',
      severity: 'warning',
      en: /only in Duo: "Contractors"; only in the inventory: "Interns"\): the bypass analysis would be wrong/,
      de: /nur in Duo: „Contractors“; nur im Inventar: „Interns“/,
    },
    {
      name: 'DUO_ACCESS_DRIFT when Duo permits every user but the inventory lists groups',
      st: {},
      apps: [apps[0], apps[1], { name: 'Wiki', groups: ['Staff'], ikeyHash: 'h-wiki' }],
      app: 'Wiki',
      code: 'DUO_ACCESS_DRIFT',
      severity: 'warning',
      en: /Duo permits every user to "Wiki"/,
      de: /In Duo sind für „Wiki“ alle BenutzerInnen zugelassen/,
    },
    {
      name: 'APP_NOT_IN_DUO for an application Duo does not have (by key or name)',
      st: {},
      apps: [...apps, { name: 'Mainframe', groups: ['Staff'], ikeyHash: null }],
      app: 'Mainframe',
      code: 'APP_NOT_IN_DUO',
      severity: 'warning',
      en: /"Mainframe" was not found in Duo/,
      de: /„Mainframe“ wurde in Duo nicht gefunden/,
    },
  ];

  it.each(cases)('$name', (c) => {
    const r = duoFindings(c.apps ?? apps, LEVELS, state(c.st));
    const f = (r.byApplication.get(c.app) ?? []).find((x) => x.code === c.code);
    expect(f, JSON.stringify([...r.byApplication])).toBeDefined();
    expect(f!.severity).toBe(c.severity);
    expect(findingMessage(f!, 'en')).toMatch(c.en);
    expect(findingMessage(f!, 'de')).toMatch(c.de);
    expect(findingFix(f!, 'en').length).toBeGreaterThan(20);
    expect(findingFix(f!, 'de').length).toBeGreaterThan(20);
  });

  it('INTEGRATION_NOT_IN_INVENTORY for a Duo integration no application matches; name matching when the key is unknown', () => {
    const r = duoFindings([apps[0], apps[2]], LEVELS, state());
    expect(r.integrations.map((f) => [f.code, f.applicationName, f.severity])).toEqual([
      ['INTEGRATION_NOT_IN_INVENTORY', 'Payroll', 'warning'],
    ]);
    expect(findingMessage(r.integrations[0], 'en')).toMatch(/The Duo application "Payroll" \(type "websdk"\) is not in the inventory/);
    // "Wiki" has no ikey hash in the inventory but matches by name.
    expect(codesOf(r, 'Wiki')).toEqual([]);
  });

  it('every Duo code has a title in both languages and a default severity', () => {
    for (const c of DUO_FINDING_CODES) {
      expect(findingTitle(c, 'en')).not.toBe(findingTitle(c, 'de'));
      expect(FINDING_SEVERITY[c]).toBeDefined();
    }
  });

  it('bypassGroupNames: the groups in bypass, sorted; [] without a state', () => {
    expect(bypassGroupNames(null)).toEqual([]);
    expect(
      bypassGroupNames(
        state({
          groups: [
            { name: 'b', status: 'bypass', memberCount: 0 },
            { name: 'A', status: 'bypass', memberCount: 0 },
            { name: 'c', status: 'active', memberCount: 0 },
          ],
        }),
      ),
    ).toEqual(['A', 'b']);
  });
});

describe('Statuspage summary → state', () => {
  it.each([
    ['none', 'operational'],
    ['minor', 'degraded'],
    ['major', 'outage'],
    ['critical', 'outage'],
    ['maintenance', 'unknown'],
    [undefined, 'unknown'],
  ])('indicator %s → %s', (indicator, want) => {
    expect(stateOfIndicator(indicator)).toBe(want);
    expect(parseStatusSummary({ status: { indicator, description: 'x' } }).state).toBe(want);
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseStatusSummary(v);
        expect(['operational', 'degraded', 'outage', 'unknown']).toContain(r.state);
      }),
    );
  });
});
