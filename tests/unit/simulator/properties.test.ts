// Property tests of the simulator (fast-check), on schema-valid inventories from the rules-engine
// arbitraries and requests that the request schema accepts. Levels come from the real engine.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessInventory, groupKey } from '../../../lib/domain/assess';
import { simulate, simulationFindingMessage, SIMULATION_SCENARIOS } from '../../../lib/domain/simulator';
import type { SimulationAction, SimulationRequest, SimulationResult } from '../../../lib/domain/simulator';
import { DEFAULT_POLICY, LANGS } from '../../../lib/domain/types';
import type { Inventory, Policy } from '../../../lib/domain/types';
import { simulationRequestSchema } from '../../../lib/validations/simulation';
import { inventoryArb, permute } from '../domain/arbitraries';

const policyOf = (inv: Inventory): Policy => ({ ...DEFAULT_POLICY, ...inv.policy });

/** Some spelling of a name that still refers to it (case, surrounding blanks). */
const spelling = (name: string): Arbitrary<string> =>
  fc.constantFrom(...[name, name.toUpperCase(), name.toLowerCase(), ` ${name} `].filter((v) => groupKey(v) === groupKey(name)));

function actionArb(inv: Inventory): Arbitrary<SimulationAction> {
  const options: Arbitrary<SimulationAction>[] = [fc.constant({ type: 'firewall-block' as const })];
  if (inv.applications.length > 0) {
    const appName = fc.constantFrom(...inv.applications.map((a) => a.name));
    options.push(
      appName
        .chain(spelling)
        .chain((application) =>
          fc.integer({ min: 1, max: 600 }).map((minutes) => ({ type: 'primary-only' as const, application, minutes })),
        ),
      appName.chain(spelling).map((application) => ({ type: 'policy-bypass' as const, application })),
    );
  }
  if (inv.groups.length > 0) {
    options.push(
      fc
        .constantFrom(...inv.groups.map((g) => g.name))
        .chain(spelling)
        .map((group) => ({ type: 'bypass-group' as const, group })),
    );
  }
  return fc.oneof(...options);
}

const caseArb = inventoryArb.chain((inv) =>
  fc.record({
    inv: fc.constant(inv),
    request: fc.record({
      scenario: fc.constantFrom(...SIMULATION_SCENARIOS),
      actions: fc.array(actionArb(inv), { maxLength: 6 }),
    }),
  }),
);

function sim(inv: Inventory, request: SimulationRequest): SimulationResult {
  return simulate({ applications: inv.applications, groups: inv.groups, policy: policyOf(inv), request });
}

describe('simulator properties', () => {
  it('any valid input is simulated without throwing: a row per app × group, never an error', () => {
    fc.assert(
      fc.property(caseArb, ({ inv, request }) => {
        // The request is what the API schema lets through.
        const parsed = simulationRequestSchema.parse(JSON.parse(JSON.stringify(request)));
        const r = sim(inv, parsed);
        expect(r.errors).toBeUndefined();
        const expectedRows = inv.applications.reduce((n, a) => n + Math.max(1, a.groups.length), 0);
        expect(r.results).toHaveLength(expectedRows);
        for (const f of r.findings) for (const lang of LANGS) expect(simulationFindingMessage(f, lang)).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('outcomes and findings do not depend on the order of actions, applications or groups', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), ({ inv, request }, keys) => {
        const shuffled: Inventory = {
          ...inv,
          groups: permute(inv.groups, keys),
          applications: permute(
            inv.applications.map((a) => ({ ...a, groups: permute(a.groups, [...keys].reverse()) })),
            [...keys, 7],
          ),
        };
        const reordered: SimulationRequest = { scenario: request.scenario, actions: permute(request.actions, keys) };
        expect(sim(shuffled, reordered)).toEqual(sim(inv, request));
      }),
      { numRuns: 300 },
    );
  });

  it('repeating the actions changes nothing', () => {
    fc.assert(
      fc.property(caseArb, ({ inv, request }) => {
        const twice: SimulationRequest = { ...request, actions: [...request.actions, ...request.actions] };
        expect(sim(inv, twice)).toEqual(sim(inv, request));
      }),
    );
  });

  it('an action never lets a must-not-be-bypassed cell in without 2FA unless a critical finding names it', () => {
    fc.assert(
      fc.property(caseArb, ({ inv, request }) => {
        const policy = policyOf(inv);
        const levels = new Map(assessInventory(inv, policy).applications.map((a) => [a.name, a.restrictionLevel]));
        const strict = new Set(inv.groups.filter((g) => g.alwaysRequireMfa).map((g) => groupKey(g.name)));
        const baseline = sim(inv, { scenario: request.scenario, actions: [] });
        const after = sim(inv, request);
        const before = new Map(baseline.results.map((r) => [`${r.application}\u0000${r.group}`, r.outcome]));
        const critical = after.findings.filter((f) => f.severity === 'critical');
        for (const r of after.results) {
          const was = before.get(`${r.application}\u0000${r.group}`);
          if (r.outcome !== 'allowed-without-2fa' || was === 'allowed-without-2fa') continue;
          const forbidden = levels.get(r.application) === 'most-restrictive' || strict.has(groupKey(r.group));
          if (!forbidden) continue;
          const named = critical.some((f) => f.applications.includes(r.application) && (r.group === '' || f.groups.includes(r.group)));
          expect(named, `${r.application}/${r.group} opened by ${JSON.stringify(r.changedBy)}; ${JSON.stringify(after.findings)}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('actions never take away access without 2FA that the scenario alone gives', () => {
    fc.assert(
      fc.property(caseArb, ({ inv, request }) => {
        const baseline = sim(inv, { scenario: request.scenario, actions: [] });
        const after = sim(inv, request);
        baseline.results.forEach((r, i) => {
          expect(after.results[i]!.application).toBe(r.application);
          if (r.outcome === 'allowed-without-2fa') expect(after.results[i]!.outcome).toBe('allowed-without-2fa');
        });
      }),
    );
  });

  it('without actions, a degradation is never answered by the failmode, and nothing is unaffected', () => {
    fc.assert(
      fc.property(caseArb, ({ inv, request }) => {
        const r = sim(inv, { scenario: request.scenario, actions: [] });
        for (const row of r.results) {
          expect(row.outcome).not.toBe('unaffected');
          expect(row.changedBy).toBeUndefined();
          if (request.scenario === 'auth-not-completing') expect(row.outcome).toBe('denied');
          else if (request.scenario !== 'unreachable') expect(row.outcome).toBe('2fa-with-other-method');
        }
      }),
    );
  });
});
