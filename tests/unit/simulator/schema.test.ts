// The request body of POST /api/v1/simulations (lib/validations/simulation.ts).
import { describe, expect, it } from 'vitest';
import { simulationRequestSchema, SIMULATION_MINUTES_CAP } from '../../../lib/validations/simulation';

const issues = (body: unknown): [string, string][] => {
  const r = simulationRequestSchema.safeParse(body);
  if (r.success) return [];
  return r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('simulationRequestSchema', () => {
  it('accepts every action type, trims names and defaults actions to []', () => {
    expect(simulationRequestSchema.parse({ scenario: 'sms-down' })).toEqual({ scenario: 'sms-down', actions: [] });
    const body = {
      scenario: 'unreachable',
      actions: [
        { type: 'firewall-block' },
        { type: 'primary-only', application: ' VPN ', minutes: 60 },
        { type: 'bypass-group', group: 'Staff' },
        { type: 'policy-bypass', application: 'Mail' },
      ],
    };
    expect(simulationRequestSchema.parse(body).actions[1]).toEqual({ type: 'primary-only', application: 'VPN', minutes: 60 });
  });

  it('accepts minutes above the 240-minute maximum (the simulator reports them), up to the sanity cap', () => {
    expect(issues({ scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'VPN', minutes: 241 }] })).toEqual([]);
    expect(
      issues({ scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'VPN', minutes: SIMULATION_MINUTES_CAP }] }),
    ).toEqual([]);
  });

  const bad: [string, unknown, [string, RegExp]][] = [
    ['missing scenario', {}, ['scenario', /scenario is required/]],
    ['unknown scenario', { scenario: 'meteor' }, ['scenario', /scenario must be one of unreachable, auth-not-completing/]],
    ['unknown top-level field', { scenario: 'unreachable', dryRun: true }, ['', /Unknown field\(s\).*dryRun/]],
    ['actions not a list', { scenario: 'unreachable', actions: {} }, ['actions', /actions must be a list/]],
    [
      'unknown action type',
      { scenario: 'unreachable', actions: [{ type: 'reboot' }] },
      ['actions.0.type', /type must be one of firewall-block/],
    ],
    ['action not an object', { scenario: 'unreachable', actions: ['firewall-block'] }, ['actions.0', /must be an object/]],
    [
      'extra field on an action',
      { scenario: 'unreachable', actions: [{ type: 'firewall-block', group: 'x' }] },
      ['actions.0', /Unknown field.*firewall-block.*group/],
    ],
    [
      'missing application',
      { scenario: 'unreachable', actions: [{ type: 'policy-bypass' }] },
      ['actions.0.application', /application is required/],
    ],
    [
      'empty group',
      { scenario: 'unreachable', actions: [{ type: 'bypass-group', group: '  ' }] },
      ['actions.0.group', /group must not be empty/],
    ],
    [
      'missing minutes',
      { scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'VPN' }] },
      ['actions.0.minutes', /minutes is required/],
    ],
    [
      'minutes as text',
      { scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'VPN', minutes: '60' }] },
      ['actions.0.minutes', /minutes must be a number/],
    ],
    [
      'fractional minutes',
      { scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'VPN', minutes: 1.5 }] },
      ['actions.0.minutes', /whole number/],
    ],
    [
      'zero minutes',
      { scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'VPN', minutes: 0 }] },
      ['actions.0.minutes', /at least 1/],
    ],
    [
      'minutes past the cap',
      { scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'VPN', minutes: SIMULATION_MINUTES_CAP + 1 }] },
      ['actions.0.minutes', /at most 10080/],
    ],
    ['not an object', null, ['', /must be a JSON object/]],
  ];
  for (const [what, body, [path, message]] of bad) {
    it(`rejects ${what} with a message naming the field`, () => {
      const found = issues(body);
      expect(
        found.some(([p, m]) => p === path && message.test(m)),
        JSON.stringify(found),
      ).toBe(true);
    });
  }
});
