// Property tests of the rules engine (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessInventory,
  assessOutputApplicationJson,
  iterateAssessments,
  levelRank,
  toAssessOutput,
  writeAssessOutputJson,
} from '../../../lib/domain/assess';
import type { InventoryAssessment } from '../../../lib/domain/assess';
import { explainLevel, findingFix, findingMessage } from '../../../lib/domain/messages';
import { renderAssessmentMarkdown } from '../../../lib/domain/report-md';
import { DEFAULT_POLICY, LANGS } from '../../../lib/domain/types';
import type { Inventory, Policy } from '../../../lib/domain/types';
import { inventorySchema } from '../../../lib/validations/inventory';
import { inventoryArb, looseInventoryArb, permute } from './arbitraries';

const policyOf = (inv: Inventory): Policy => ({ ...DEFAULT_POLICY, ...inv.policy });
const byName = (a: InventoryAssessment) => new Map(a.applications.map((x) => [x.name, x]));

describe('rules engine properties', () => {
  it('generated inventories are schema-valid (the arbitrary is honest)', () => {
    fc.assert(
      fc.property(inventoryArb, (inv) => {
        expect(inventorySchema.safeParse(inv).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('adding an alwaysRequireMfa group to an application never lowers any level', () => {
    fc.assert(
      fc.property(inventoryArb, fc.nat(), (inv, pick) => {
        fc.pre(inv.applications.length > 0);
        const before = assessInventory(inv, policyOf(inv));
        const i = pick % inv.applications.length;
        const newGroup = { name: '__new strict group__', alwaysRequireMfa: true };
        const changed: Inventory = {
          ...inv,
          groups: [...inv.groups, newGroup],
          applications: inv.applications.map((a, j) => (j === i ? { ...a, groups: [...a.groups, newGroup.name] } : a)),
        };
        const after = assessInventory(changed, policyOf(changed));
        after.applications.forEach((a, j) => {
          expect(levelRank(a.restrictionLevel)).toBeGreaterThanOrEqual(levelRank(before.applications[j]!.restrictionLevel));
        });
        expect(after.applications[i]!.restrictionLevel).not.toBe('less-restrictive');
        expect(after.applications[i]!.bypassForbiddenGroups).toContain(newGroup.name);
      }),
    );
  });

  it('switching an existing group to alwaysRequireMfa never lowers any level', () => {
    fc.assert(
      fc.property(inventoryArb, fc.nat(), (inv, pick) => {
        fc.pre(inv.groups.length > 0);
        const k = pick % inv.groups.length;
        const changed: Inventory = { ...inv, groups: inv.groups.map((g, j) => (j === k ? { ...g, alwaysRequireMfa: true } : g)) };
        const before = assessInventory(inv, policyOf(inv));
        const after = assessInventory(changed, policyOf(changed));
        after.applications.forEach((a, j) => {
          expect(levelRank(a.restrictionLevel)).toBeGreaterThanOrEqual(levelRank(before.applications[j]!.restrictionLevel));
        });
      }),
    );
  });

  it('a secure configuration never yields FAILMODE_OPEN_ON_RESTRICTED', () => {
    fc.assert(
      fc.property(inventoryArb, (inv) => {
        const secure: Inventory = { ...inv, applications: inv.applications.map((a) => ({ ...a, configuredFailmode: 'secure' })) };
        const r = assessInventory(secure, policyOf(secure));
        for (const a of r.applications) expect(a.findings.map((f) => f.code)).not.toContain('FAILMODE_OPEN_ON_RESTRICTED');
      }),
    );
  });

  it('FAILMODE_OPEN_ON_RESTRICTED exactly when configured safe and the recommendation is secure', () => {
    fc.assert(
      fc.property(inventoryArb, (inv) => {
        for (const a of assessInventory(inv, policyOf(inv)).applications) {
          const open = a.findings.some((f) => f.code === 'FAILMODE_OPEN_ON_RESTRICTED');
          expect(open).toBe(a.configuredFailmode === 'safe' && a.recommendedFailmode === 'secure');
          expect(a.recommendedFailmode === 'secure').toBe(a.restrictionLevel !== 'less-restrictive');
        }
      }),
    );
  });

  it('the result is independent of the order of applications, groups and group lists', () => {
    fc.assert(
      fc.property(inventoryArb, fc.array(fc.integer(), { minLength: 1 }), fc.array(fc.integer(), { minLength: 1 }), (inv, k1, k2) => {
        const shuffled: Inventory = {
          ...inv,
          groups: permute(inv.groups, k1),
          applications: permute(inv.applications, k2).map((a) => ({ ...a, groups: permute(a.groups, k1) })),
        };
        const a = byName(assessInventory(inv, policyOf(inv)));
        const b = byName(assessInventory(shuffled, policyOf(shuffled)));
        expect(b).toEqual(a);
      }),
    );
  });

  it('the plan partitions the groups of each application; most-restrictive allows nobody', () => {
    fc.assert(
      fc.property(inventoryArb, (inv) => {
        for (const a of assessInventory(inv, policyOf(inv)).applications) {
          const input = inv.applications.find((x) => x.name === a.name)!;
          expect([...a.bypassAllowedGroups, ...a.bypassForbiddenGroups].sort()).toEqual([...input.groups].sort());
          if (a.restrictionLevel === 'most-restrictive') expect(a.bypassAllowedGroups).toEqual([]);
          for (const f of a.findings.filter((x) => x.code === 'BYPASS_GROUP_SPANS_APPS')) {
            expect(a.bypassAllowedGroups).toContain(f.groups[0]);
            expect(f.relatedApplications).not.toContain(a.name);
            expect(f.relatedApplications.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('any inventory — even one the schema would reject — is assessed and rendered without throwing', () => {
    fc.assert(
      fc.property(looseInventoryArb, fc.subarray(['health', 'financial', 'pii', 'ip', 'other'] as const), (inv, mandatory) => {
        const r = assessInventory(inv, { mandatoryDataClasses: [...mandatory] });
        expect(r.applications).toHaveLength(inv.applications.length);
        for (const lang of LANGS) {
          for (const a of r.applications) {
            explainLevel(a.why, lang);
            for (const f of a.findings) {
              expect(findingMessage(f, lang).length).toBeGreaterThan(0);
              expect(findingFix(f, lang).length).toBeGreaterThan(0);
            }
          }
          renderAssessmentMarkdown(r, lang);
        }
      }),
    );
  });

  it('the streamed JSON equals toAssessOutput (same content, one application per line)', () => {
    fc.assert(
      fc.property(inventoryArb, fc.constantFrom(...LANGS), fc.integer({ min: 1, max: 400 }), (inv, lang, chunkSize) => {
        const chunks: string[] = [];
        const res = writeAssessOutputJson(iterateAssessments(inv, policyOf(inv)), lang, (c) => chunks.push(c), chunkSize);
        const text = chunks.join('');
        const expected = toAssessOutput(assessInventory(inv, policyOf(inv)), lang);
        expect(JSON.parse(text)).toEqual(expected);
        expect(text.split('\n')).toHaveLength(expected.applications.length + (expected.applications.length > 0 ? 3 : 2));
        expect(res.critical).toBe(expected.applications.some((a) => a.findings.some((f) => f.severity === 'critical')));
        for (const a of assessInventory(inv, policyOf(inv)).applications) {
          expect(assessOutputApplicationJson(a, lang)).toBe(JSON.stringify(toAssessOutput({ applications: [a] }, lang).applications[0]));
        }
      }),
      { numRuns: 60 },
    );
  });
});
