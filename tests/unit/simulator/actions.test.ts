// Actions, findings, errors, ordering and summaries of the simulator.
import { describe, expect, it } from 'vitest';
import { NO_GROUP, peopleSummary, resolveFailmode, SIMULATION_FINDING_SEVERITY, simulationSummary } from '../../../lib/domain/simulator';
import type { World } from './helpers';
import { app, codes, findingsOf, group, row, run } from './helpers';

const world: World = {
  groups: [
    { name: 'Staff', alwaysRequireMfa: false, memberCount: 100 },
    { name: 'Clinicians', alwaysRequireMfa: true, memberCount: 20 },
    { name: 'IT', alwaysRequireMfa: false },
  ],
  applications: [
    // restrictive (Clinicians must always pass 2FA), fail safe: FAILMODE_OPEN_ON_RESTRICTED in the assessment
    app({ name: 'VPN', integration: 'auth-proxy-radius', configuredFailmode: 'safe', groups: ['Staff', 'Clinicians', 'IT'] }),
    // most restrictive (health), fail safe
    app({
      name: 'EHR',
      integration: 'auth-proxy-ldap',
      configuredFailmode: 'safe',
      dataClasses: ['health'],
      groups: ['Clinicians', 'Staff'],
    }),
    // less restrictive, fail secure
    app({ name: 'Mail', integration: 'owa', configuredFailmode: 'secure', groups: ['Staff', 'IT'] }),
    // no groups
    app({ name: 'Kiosk', integration: 'duo-unix', configuredFailmode: 'safe', groups: [] }),
  ],
};

describe('rows', () => {
  it('one row per application × group with access, by application name then group name; "" for an app without groups', () => {
    const r = run(world, 'push-down');
    expect(r.results.map((x) => `${x.application}/${x.group}`)).toEqual([
      'EHR/Clinicians',
      'EHR/Staff',
      'Kiosk/',
      'Mail/IT',
      'Mail/Staff',
      'VPN/Clinicians',
      'VPN/IT',
      'VPN/Staff',
    ]);
    expect(row(r, 'Kiosk', NO_GROUP).outcome).toBe('2fa-with-other-method');
  });

  it('carries memberCount when recorded and the spelling of the group table', () => {
    const r = run({ ...world, applications: [app({ name: 'X', groups: ['staff', 'it'] })] }, 'unreachable');
    expect(r.results).toEqual([
      { application: 'X', group: 'IT', outcome: 'denied', reason: 'failmode-secure' },
      { application: 'X', group: 'Staff', outcome: 'denied', reason: 'failmode-secure', memberCount: 100 },
    ]);
  });

  it('changedBy names every action that suffices for the change, and nothing when the scenario alone decides', () => {
    const r = run(world, 'auth-not-completing', [
      { type: 'firewall-block' },
      { type: 'primary-only', application: 'VPN', minutes: 60 },
      { type: 'bypass-group', group: 'IT' },
    ]);
    expect(row(r, 'VPN', 'Staff').changedBy).toEqual(['firewall-block', 'primary-only']);
    expect(row(r, 'Mail', 'Staff').changedBy).toBeUndefined(); // denied before and after
    const plain = run(world, 'unreachable', [{ type: 'firewall-block' }]);
    expect(plain.results.every((x) => x.changedBy === undefined)).toBe(true);
  });
});

describe('failmode resolution', () => {
  it('no-control integrations ignore the recorded value; app-code integrations follow it', () => {
    expect(resolveFailmode({ integration: 'duo-sso', configuredFailmode: 'safe' }).mode).toBe('secure');
    expect(resolveFailmode({ integration: 'okta', configuredFailmode: 'safe' }).reason).toBe('no-failmode-control');
    expect(resolveFailmode({ integration: 'custom', configuredFailmode: 'safe' }).mode).toBe('safe');
    expect(resolveFailmode({ integration: 'custom', configuredFailmode: 'unknown' })).toEqual({
      mode: 'secure',
      reason: 'assumed-secure',
      assumed: 'no-documented-default',
    });
    expect(resolveFailmode({ integration: 'duo-unix', configuredFailmode: 'none' })).toEqual({
      mode: 'safe',
      reason: 'default-safe',
      assumed: 'catalog-default',
    });
  });
});

describe('findings', () => {
  it('without actions the simulation adds no finding beyond assumed failmodes', () => {
    for (const scenario of ['unreachable', 'auth-not-completing', 'push-down', 'sms-down', 'phone-down'] as const) {
      const r = run(world, scenario);
      expect(r.findings.filter((f) => f.code !== 'SIM_FAILMODE_ASSUMED')).toEqual([]);
    }
  });

  it('severities are those of the code table', () => {
    const r = run(world, 'auth-not-completing', [
      { type: 'firewall-block' },
      { type: 'bypass-group', group: 'Clinicians' },
      { type: 'policy-bypass', application: 'EHR' },
      { type: 'primary-only', application: 'Mail', minutes: 500 },
    ]);
    expect(r.findings.length).toBeGreaterThan(3);
    for (const f of r.findings) expect(f.severity).toBe(SIMULATION_FINDING_SEVERITY[f.code]);
    // Critical first.
    const ranks = r.findings.map((f) => ['critical', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('Primary Only Mode on a restrictive section lets a must-always-2FA group in: SIM_REQUIRED_2FA_SKIPPED names it', () => {
    const r = run(world, 'auth-not-completing', [{ type: 'primary-only', application: 'VPN', minutes: 60 }]);
    expect(row(r, 'VPN', 'Clinicians').outcome).toBe('allowed-without-2fa');
    const [f] = findingsOf(r, 'SIM_REQUIRED_2FA_SKIPPED');
    expect(f).toMatchObject({ severity: 'critical', applications: ['VPN'], groups: ['Clinicians'], params: { action: 'primary-only' } });
  });

  it('Primary Only Mode on a most-restrictive section: SIM_REQUIRED_2FA_SKIPPED names the app and every group', () => {
    const r = run(world, 'sms-down', [{ type: 'primary-only', application: 'EHR', minutes: 60 }]);
    const [f] = findingsOf(r, 'SIM_REQUIRED_2FA_SKIPPED');
    expect(f).toMatchObject({ applications: ['EHR'], groups: ['Clinicians', 'Staff'] });
  });

  it('a policy bypass on a restrictive app names only the must-always-2FA group', () => {
    const r = run(world, 'auth-not-completing', [{ type: 'policy-bypass', application: 'VPN' }]);
    expect(findingsOf(r, 'SIM_POLICY_BYPASS_ON_MOST_RESTRICTIVE')).toEqual([]);
    expect(findingsOf(r, 'SIM_REQUIRED_2FA_SKIPPED')).toEqual([
      expect.objectContaining({ applications: ['VPN'], groups: ['Clinicians'], params: { action: 'policy-bypass' } }),
    ]);
  });

  it('a firewall block during a degradation opens a restrictive fail-safe app to a must-always-2FA group', () => {
    const r = run(world, 'auth-not-completing', [{ type: 'firewall-block' }]);
    const codesFound = codes(r);
    expect(codesFound).toContain('SIM_FIREWALL_OPENS_MANDATORY_DATA');
    expect(findingsOf(r, 'SIM_FIREWALL_OPENS_MANDATORY_DATA')[0]).toMatchObject({
      applications: ['EHR'],
      params: { dataClasses: ['health'] },
    });
    expect(findingsOf(r, 'SIM_REQUIRED_2FA_SKIPPED')[0]).toMatchObject({ applications: ['VPN'], groups: ['Clinicians'] });
    expect(findingsOf(r, 'SIM_FIREWALL_BLAST_RADIUS')[0]).toMatchObject({
      applications: ['EHR', 'Kiosk', 'Mail', 'VPN'],
      params: { opened: ['EHR', 'Kiosk', 'VPN'], closed: ['Mail'] },
    });
  });

  it('a bypass of a must-always-2FA group names every app it reaches', () => {
    const r = run(world, 'push-down', [{ type: 'bypass-group', group: 'clinicians' }]);
    expect(findingsOf(r, 'SIM_BYPASS_REACHES_MOST_RESTRICTIVE')).toEqual([
      expect.objectContaining({
        applications: ['EHR', 'VPN'],
        groups: ['Clinicians'],
        params: expect.objectContaining({ alwaysRequireMfa: true, mostRestrictive: ['EHR'], effective: true }),
      }),
    ]);
    expect(findingsOf(r, 'SIM_REQUIRED_2FA_SKIPPED')).toEqual([]); // covered by the specific finding
  });

  it('repeated actions (any spelling) give the same result as one; primary-only keeps the longest request', () => {
    const once = run(world, 'auth-not-completing', [
      { type: 'bypass-group', group: 'Staff' },
      { type: 'primary-only', application: 'VPN', minutes: 300 },
    ]);
    const twice = run(world, 'auth-not-completing', [
      { type: 'primary-only', application: 'vpn', minutes: 30 },
      { type: 'bypass-group', group: ' STAFF ' },
      { type: 'primary-only', application: 'VPN', minutes: 300 },
      { type: 'bypass-group', group: 'Staff' },
    ]);
    expect(twice).toEqual(once);
    expect(findingsOf(once, 'SIM_PRIMARY_ONLY_TOO_LONG')[0]?.params).toMatchObject({ minutes: 300, max: 240 });
  });
});

describe('unknown references', () => {
  it('are returned as errors with the JSON path; nothing is simulated', () => {
    const r = run(world, 'unreachable', [
      { type: 'firewall-block' },
      { type: 'bypass-group', group: 'Nobody' },
      { type: 'policy-bypass', application: 'Nope' },
      { type: 'primary-only', application: 'VPN', minutes: 10 },
    ]);
    expect(r.results).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.errors).toEqual([
      { code: 'SIM_UNKNOWN_REFERENCE', path: ['actions', 1, 'group'], kind: 'group', name: 'Nobody' },
      { code: 'SIM_UNKNOWN_REFERENCE', path: ['actions', 2, 'application'], kind: 'application', name: 'Nope' },
    ]);
  });

  it('names match case-insensitively and trimmed, like the rest of the engine', () => {
    const r = run(world, 'auth-not-completing', [
      { type: 'policy-bypass', application: ' mail ' },
      { type: 'bypass-group', group: 'it' },
    ]);
    expect(r.errors).toBeUndefined();
    expect(row(r, 'Mail', 'Staff').reason).toBe('policy-bypass');
    expect(row(r, 'VPN', 'IT').reason).toBe('bypass-group');
  });
});

describe('summaries', () => {
  it('simulationSummary counts rows and applications per outcome and findings per severity', () => {
    const r = run(world, 'auth-not-completing', [{ type: 'bypass-group', group: 'Staff' }]);
    const s = simulationSummary(r);
    expect(s.rows).toBe(8);
    expect(s.applications).toBe(4);
    expect(s.byOutcome).toEqual({ 'allowed-without-2fa': 3, denied: 5, '2fa-with-other-method': 0, unaffected: 0 });
    expect(s.applicationsByOutcome).toEqual({ 'allowed-without-2fa': 3, denied: 4, '2fa-with-other-method': 0, unaffected: 0 });
    expect(s.findingsBySeverity.critical).toBe(1); // Staff reaches EHR
  });

  // Issue 18 item 3: people once per outcome per application, and once in the totals.
  const people: {
    title: string;
    scenario: Parameters<typeof run>[1];
    actions: Parameters<typeof run>[2];
    categories: Partial<Record<string, number>>;
    perApp: Record<string, Partial<Record<string, number>>>;
  }[] = [
    {
      title: 'Staff bypassed while authentication does not complete: allowed somewhere wins over denied elsewhere',
      scenario: 'auth-not-completing',
      actions: [{ type: 'bypass-group', group: 'Staff' }],
      categories: { 'allowed-without-2fa-somewhere': 100, 'denied-everywhere': 20, 'denied-somewhere': 0 },
      perApp: {
        VPN: { 'allowed-without-2fa': 100, denied: 20 },
        EHR: { 'allowed-without-2fa': 100, denied: 20 },
        Mail: { 'allowed-without-2fa': 100, denied: 0 },
      },
    },
    {
      title: 'Duo unreachable: Staff in (fail-safe VPN, EHR) and out (fail-secure Mail) counts once, under allowed',
      scenario: 'unreachable',
      actions: [],
      categories: { 'allowed-without-2fa-somewhere': 120, 'denied-everywhere': 0 },
      perApp: { VPN: { 'allowed-without-2fa': 120 }, Mail: { denied: 100, 'allowed-without-2fa': 0 } },
    },
    {
      title: 'push down: everybody completes 2FA with another method',
      scenario: 'push-down',
      actions: [],
      categories: { '2fa-with-other-method': 120, 'allowed-without-2fa-somewhere': 0, 'denied-everywhere': 0 },
      perApp: { EHR: { '2fa-with-other-method': 120 } },
    },
  ];
  for (const c of people) {
    it(`peopleSummary: ${c.title}`, () => {
      const u = peopleSummary(run(world, c.scenario, c.actions), world.groups);
      for (const [k, v] of Object.entries(c.categories)) expect(u.byCategory[k as keyof typeof u.byCategory].users, k).toBe(v);
      for (const [appName, outcomes] of Object.entries(c.perApp)) {
        const a = u.perApplication.find((p) => p.application === appName)!;
        for (const [o, v] of Object.entries(outcomes)) expect(a.byOutcome[o as keyof typeof a.byOutcome], `${appName} ${o}`).toBe(v);
      }
      // The categories partition the groups with access: they add up to the total, never more.
      const sum = Object.values(u.byCategory).reduce((n, e) => n + e.users, 0);
      expect(sum).toBe(u.total.users);
      expect(u.total.users).toBe(120);
      expect(
        Object.values(u.byCategory)
          .flatMap((e) => e.groups)
          .sort(),
      ).toEqual(['Clinicians', 'IT', 'Staff']);
      expect(u.total.groupsWithoutCount).toEqual(['IT']);
      expect(u.perApplication.find((p) => p.application === 'Kiosk')).toMatchObject({ noGroups: true });
    });
  }

  it('a group without a recorded member count is listed, not counted', () => {
    const r = run({ groups: [group('A')], applications: [app({ name: 'X', groups: ['A'] })] }, 'unreachable');
    const u = peopleSummary(r, []);
    expect(u.total).toEqual({ users: 0, groups: ['A'], groupsWithoutCount: ['A'] });
    expect(u.perApplication).toEqual([
      {
        application: 'X',
        byOutcome: { 'allowed-without-2fa': 0, denied: 0, '2fa-with-other-method': 0, unaffected: 0 },
        groupsWithoutCount: 1,
        noGroups: false,
      },
    ]);
  });
});
