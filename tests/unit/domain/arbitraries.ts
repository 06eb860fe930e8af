// fast-check arbitraries for inventories (shared by the domain and interchange property tests).
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { CONFIGURED_FAILMODES, CRITICALITIES, DATA_CLASSES, INTEGRATION_SLUGS, LANGS, MFA_MANDATES } from '../../../lib/domain/types';
import type { ApplicationInput, GroupInput, Inventory, Policy } from '../../../lib/domain/types';

// Characters that stress CSV quoting, the formula guard, JSON escaping and case folding.
const TRICKY = ['a', 'b', 'Z', 'é', 'ß', 'İ', '€', '😀', ' ', ',', '"', "'", '=', '+', '-', '@', '\t', '\n', '\r', '\\', '|', '<', '#'];

const text = (max: number, extra: string[] = []): Arbitrary<string> =>
  fc
    .string({ unit: fc.constantFrom(...TRICKY, ...extra), minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const appNameArb = text(12, [';']);
export const groupNameArb = text(10);
const optionalTextArb = text(20, [';']);

export const policyArb: Arbitrary<Partial<Policy>> = fc.record(
  {
    mandatoryDataClasses: fc.subarray([...DATA_CLASSES]),
    paidEdition: fc.boolean(),
    reviewIntervalDays: fc.integer({ min: 1, max: 3650 }),
    defaultLanguage: fc.constantFrom(...LANGS),
  },
  { requiredKeys: [] },
);

const groupArb: Arbitrary<GroupInput> = fc.record(
  {
    name: groupNameArb,
    alwaysRequireMfa: fc.boolean(),
    memberCount: fc.nat({ max: 10_000_000 }),
    description: optionalTextArb,
  },
  { requiredKeys: ['name', 'alwaysRequireMfa'] },
);

function applicationArb(groupNames: readonly string[]): Arbitrary<ApplicationInput> {
  return fc.record(
    {
      name: appNameArb,
      integration: fc.constantFrom(...INTEGRATION_SLUGS),
      dataClasses: fc.subarray([...DATA_CLASSES]),
      mfaMandate: fc.constantFrom(...MFA_MANDATES),
      criticality: fc.constantFrom(...CRITICALITIES),
      configuredFailmode: fc.constantFrom(...CONFIGURED_FAILMODES),
      groups: groupNames.length > 0 ? fc.subarray([...groupNames]) : fc.constant([]),
      owner: optionalTextArb,
      notes: optionalTextArb,
      onCallContact: optionalTextArb,
      escalation: optionalTextArb,
    },
    { requiredKeys: ['name', 'integration', 'dataClasses', 'mfaMandate', 'criticality', 'configuredFailmode', 'groups'] },
  );
}

/** A schema-valid inventory: unique names (case-insensitive), groups referenced only when defined. */
export const inventoryArb: Arbitrary<Inventory> = fc
  .uniqueArray(groupArb, { selector: (g) => g.name.toLowerCase(), maxLength: 8 })
  .chain((groups) =>
    fc.record(
      {
        version: fc.constant(1 as const),
        policy: policyArb,
        groups: fc.constant(groups),
        applications: fc.uniqueArray(applicationArb(groups.map((g) => g.name)), {
          selector: (a) => a.name.toLowerCase(),
          maxLength: 10,
        }),
      },
      { requiredKeys: ['version', 'groups', 'applications'] },
    ),
  );

/** Anything an application or a caller might hand the engine, without schema guarantees. */
export const looseInventoryArb: Arbitrary<{ groups: GroupInput[]; applications: ApplicationInput[] }> = fc.record({
  groups: fc.array(fc.record({ name: fc.string({ maxLength: 5 }), alwaysRequireMfa: fc.boolean() }), { maxLength: 6 }),
  applications: fc.array(
    fc.record({
      name: fc.string({ maxLength: 5 }),
      integration: fc.constantFrom(...INTEGRATION_SLUGS),
      dataClasses: fc.array(fc.constantFrom(...DATA_CLASSES), { maxLength: 6 }),
      mfaMandate: fc.constantFrom(...MFA_MANDATES),
      criticality: fc.constantFrom(...CRITICALITIES),
      configuredFailmode: fc.constantFrom(...CONFIGURED_FAILMODES),
      groups: fc.array(fc.string({ maxLength: 5 }), { maxLength: 6 }),
    }),
    { maxLength: 8 },
  ),
});

/** A permutation of `xs` driven by random keys. */
export function permute<T>(xs: readonly T[], keys: readonly number[]): T[] {
  return xs
    .map((x, i) => ({ x, k: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
}
