// Incident mode rules (issue 16): table-driven.
import { describe, expect, it } from 'vitest';
import {
  closeDecision,
  compareIncidentApplications,
  exposure,
  formatCountdown,
  messagingDeadline,
  primaryOnlyEndsAt,
  revertText,
  type IncidentApplication,
} from '@/lib/domain/incident';
import { buildOpenApi } from '@/lib/openapi';

describe('closeDecision', () => {
  const step = { id: 's', kind: 'step' as const, done: false };
  const openRevert = { id: 'r', kind: 'revert' as const, done: false };
  const doneRevert = { id: 'r', kind: 'revert' as const, done: true };
  it.each([
    ['no revert items, open steps', [step], [], null, false, { ok: true, overridden: false }],
    ['revert done', [doneRevert], [], null, false, { ok: true, overridden: false }],
    ['revert open', [openRevert], [], null, false, { ok: false, reason: 'revert-incomplete', openItems: ['r'], groupsInBypass: [] }],
    [
      'revert open, editor override ignored',
      [openRevert],
      [],
      'because',
      false,
      { ok: false, reason: 'revert-incomplete', openItems: ['r'], groupsInBypass: [] },
    ],
    ['revert open, admin override', [openRevert], [], 'because', true, { ok: true, overridden: true }],
    [
      'Duo still lists a bypass group',
      [doneRevert],
      ['IT Admins'],
      null,
      true,
      { ok: false, reason: 'duo-bypass', openItems: [], groupsInBypass: ['IT Admins'] },
    ],
  ] as const)('%s', (_n, items, groups, override, isAdmin, expected) => {
    expect(closeDecision({ items, groupsInBypass: groups, override, isAdmin })).toEqual(expected);
  });
});

describe('timers', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [20 * 60, '20:00'],
    [3600 + 61, '1:01:01'],
    [-75, '-1:15'],
  ])('formatCountdown(%i) = %s', (s, out) => expect(formatCountdown(s)).toBe(out));

  it('the messaging deadline is the policy threshold after the start', () => {
    expect(messagingDeadline(new Date('2026-12-02T04:00:00Z'), 20).toISOString()).toBe('2026-12-02T04:20:00.000Z');
  });

  it.each([
    [30, '2026-12-02T04:30:00.000Z'],
    [240, '2026-12-02T08:00:00.000Z'],
    [600, '2026-12-02T08:00:00.000Z'], // the proxy caps Primary Only Mode at four hours
  ])('Primary Only Mode for %i minutes stops the proxy at %s', (m, at) => {
    expect(primaryOnlyEndsAt(new Date('2026-12-02T04:00:00Z'), m).toISOString()).toBe(at);
  });
});

describe('revert items use the runbook revert checklist wording', () => {
  it.each([
    [{ type: 'bypass-group', group: 'IT Admins' } as const, /IT Admins/, /IT Admins/],
    [{ type: 'policy-bypass', application: 'VPN' } as const, /VPN/, /VPN/],
    [{ type: 'primary-only', application: 'VPN', minutes: 60 } as const, /^VPN: Primary Only Mode/, /^VPN: Nur primärer Modus/],
    [{ type: 'firewall-block' } as const, /\*\.duo\.com/, /\*\.duo\.com/],
  ])('%o', (action, en, de) => {
    const t = revertText(action);
    expect(t.en).toMatch(en);
    expect(t.de).toMatch(de);
    expect(t.de).not.toBe(t.en);
  });
});

describe('most critical first', () => {
  const a = (
    name: string,
    criticality: IncidentApplication['criticality'],
    restrictionLevel: IncidentApplication['restrictionLevel'],
    outcome: IncidentApplication['outcome'] = 'denied',
  ): IncidentApplication => ({ id: name, name, criticality, restrictionLevel, outcome });
  it('criticality, then restriction level, then outcome, then name', () => {
    const list = [
      a('b', 'low', 'most-restrictive'),
      a('c', 'critical', 'less-restrictive'),
      a('d', 'critical', 'most-restrictive'),
      a('e', 'critical', 'most-restrictive', 'allowed-without-2fa'),
    ];
    expect(list.sort(compareIncidentApplications).map((x) => x.name)).toEqual(['e', 'd', 'c', 'b']);
  });
});

describe('exposure', () => {
  const start = new Date('2026-12-02T04:00:00Z');
  it('the scenario rows last until the close; an action until its revert, Primary Only Mode at most until the proxy stops', () => {
    const rows = exposure({
      startedAt: start,
      closedAt: new Date('2026-12-02T05:00:00Z'),
      now: new Date('2026-12-02T06:00:00Z'),
      scenarioRows: [
        { application: 'VPN', group: 'All Staff', memberCount: 10, outcome: 'allowed-without-2fa' },
        { application: 'EHR', group: 'Clinicians', outcome: 'denied' },
      ],
      actions: [
        {
          id: '1',
          type: 'bypass-group',
          takenAt: new Date('2026-12-02T04:10:00Z'),
          expiresAt: null,
          revertedAt: new Date('2026-12-02T04:40:00Z'),
          opened: [{ application: 'EHR', group: 'IT Admins' }],
        },
        {
          id: '2',
          type: 'primary-only',
          takenAt: new Date('2026-12-02T04:20:00Z'),
          expiresAt: new Date('2026-12-02T04:30:00Z'),
          revertedAt: null,
          opened: [{ application: 'Wiki', group: 'Contractors' }],
        },
        {
          id: '3',
          type: 'policy-bypass',
          takenAt: new Date('2026-12-02T04:50:00Z'),
          expiresAt: null,
          revertedAt: null,
          opened: [{ application: 'OWA', group: 'All Staff' }],
        },
      ],
    });
    expect(rows.map((r) => [r.application, r.cause, r.minutes, r.ongoing])).toEqual([
      ['VPN', 'scenario', 60, false],
      ['EHR', 'bypass-group', 30, false],
      ['Wiki', 'primary-only', 10, false],
      ['OWA', 'policy-bypass', 10, true],
    ]);
  });
});

describe('OpenAPI', () => {
  it('documents the incident routes', () => {
    const doc = buildOpenApi();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/incidents',
        '/api/v1/incidents/{id}',
        '/api/v1/incidents/{id}/actions',
        '/api/v1/incidents/{id}/items/{itemId}',
        '/api/v1/incidents/{id}/close',
        '/api/v1/incidents/{id}/report',
      ]),
    );
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, { enum?: string[] }> }>;
    expect(schemas.IncidentDeclare.properties!.scenario.enum).toContain('push-down');
  });
});
