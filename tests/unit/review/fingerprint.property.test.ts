// Issue 13: an approval stays fresh if and only if this application's assessment and runbook content
// (generation time, approval rows and fingerprint aside) are unchanged — for any one change anywhere
// in the inventory or the policy. The one part of the runbook that is context rather than the plan
// under review is the firewall block's full blast radius (every other application behind the same
// egress); of it, the applications the block would open although restricted, and other Duo SSO
// applications, are part of the plan (docs/decisions/0005-reviews.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessInventory } from '@/lib/domain/assess';
import { CATALOG_VERSION } from '@/lib/domain/catalog';
import { fingerprintIndex, fingerprintOf, indexInputs, reviewFingerprint, reviewInputs } from '@/lib/domain/review';
import { buildRunbook, runbookStrings, type Block, type Runbook } from '@/lib/domain/runbook';
import type { ApplicationInput, DataClass, GroupInput, IntegrationSlug, Policy } from '@/lib/domain/types';
import { CONFIGURED_FAILMODES, CRITICALITIES, DATA_CLASSES, MFA_MANDATES } from '@/lib/domain/types';

const INTEGRATIONS: IntegrationSlug[] = [
  'auth-proxy-radius',
  'auth-proxy-ldap',
  'duo-unix',
  'okta',
  'duo-sso',
  'websdk-v4',
  'custom',
  'owa',
];
const GROUPS = ['Staff', 'Admins', 'Contractors', 'Finance'];

interface World {
  groups: GroupInput[];
  apps: ApplicationInput[];
  policy: Policy;
}

const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const appArb = (name: string) =>
  fc.record({
    name: fc.constant(name),
    integration: fc.constantFrom(...INTEGRATIONS),
    dataClasses: subset(DATA_CLASSES),
    mfaMandate: fc.constantFrom(...MFA_MANDATES),
    criticality: fc.constantFrom(...CRITICALITIES),
    configuredFailmode: fc.constantFrom(...CONFIGURED_FAILMODES),
    groups: subset(GROUPS),
    owner: fc.option(fc.constantFrom('IT', 'Ops', ' '), { nil: undefined }),
    notes: fc.option(fc.constantFrom('n1', 'n2'), { nil: undefined }),
  }) as fc.Arbitrary<ApplicationInput>;

const worldArb: fc.Arbitrary<World> = fc.record({
  groups: fc.tuple(
    ...GROUPS.map((name) => fc.record({ name: fc.constant(name), alwaysRequireMfa: fc.boolean(), description: fc.constant('d') })),
  ),
  apps: fc.integer({ min: 1, max: 5 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => appArb(`App ${i}`)))),
  policy: fc.record({
    mandatoryDataClasses: subset(DATA_CLASSES) as fc.Arbitrary<DataClass[]>,
    paidEdition: fc.boolean(),
    reviewIntervalDays: fc.constantFrom(90, 180),
    defaultLanguage: fc.constantFrom('en' as const, 'de' as const),
    maxRiskAcceptanceDays: fc.constantFrom(7, 30),
    messagingThresholdMinutes: fc.constantFrom(20, 45),
  }),
});

type Mutation = (w: World, r: number[]) => World;
const pick = <T>(xs: readonly T[], r: number) => xs[r % xs.length];
const toggle = <T>(xs: readonly T[], x: T) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);
const withApp = (w: World, i: number, f: (a: ApplicationInput) => ApplicationInput): World => ({
  ...w,
  apps: w.apps.map((a, j) => (j === i ? f(a) : a)),
});

/** One change anywhere; app 0 is the one under review (never deleted or renamed). */
const MUTATIONS: [string, Mutation][] = [
  ['nothing', (w) => w],
  ['integration', (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, integration: pick(INTEGRATIONS, v) }))],
  [
    'data class',
    (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, dataClasses: toggle(a.dataClasses, pick(DATA_CLASSES, v)) })),
  ],
  ['mandate', (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, mfaMandate: pick(MFA_MANDATES, v) }))],
  ['criticality', (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, criticality: pick(CRITICALITIES, v) }))],
  ['failmode', (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, configuredFailmode: pick(CONFIGURED_FAILMODES, v) }))],
  ['owner', (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, owner: pick(['IT', 'Sec', undefined, '  '], v) }))],
  ['notes', (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, notes: pick(['n1', 'n3', undefined], v) }))],
  ['group membership', (w, [i, v]) => withApp(w, i % w.apps.length, (a) => ({ ...a, groups: toggle(a.groups, pick(GROUPS, v)) }))],
  [
    'group 2FA flag',
    (w, [, v]) => ({
      ...w,
      groups: w.groups.map((g) => (g.name === pick(GROUPS, v) ? { ...g, alwaysRequireMfa: !g.alwaysRequireMfa } : g)),
    }),
  ],
  [
    'group description',
    (w, [, v]) => ({ ...w, groups: w.groups.map((g) => (g.name === pick(GROUPS, v) ? { ...g, description: 'changed' } : g)) }),
  ],
  [
    'add an application',
    (w, [i, v, x]) => ({
      ...w,
      apps: [
        ...w.apps,
        {
          name: 'New',
          integration: pick(INTEGRATIONS, v),
          dataClasses: [pick(DATA_CLASSES, x)],
          mfaMandate: pick(MFA_MANDATES, i),
          criticality: 'low',
          configuredFailmode: pick(CONFIGURED_FAILMODES, x + i),
          groups: [pick(GROUPS, v + x)],
        },
      ],
    }),
  ],
  [
    'delete an application',
    (w, [i]) => (w.apps.length > 1 ? { ...w, apps: w.apps.filter((_, j) => j !== 1 + (i % (w.apps.length - 1))) } : w),
  ],
  [
    'rename an application',
    (w, [i]) => (w.apps.length > 1 ? withApp(w, 1 + (i % (w.apps.length - 1)), (a) => ({ ...a, name: `${a.name} renamed` })) : w),
  ],
  [
    'policy data class',
    (w, [, v]) => ({ ...w, policy: { ...w.policy, mandatoryDataClasses: toggle(w.policy.mandatoryDataClasses, pick(DATA_CLASSES, v)) } }),
  ],
  ['policy paid edition', (w) => ({ ...w, policy: { ...w.policy, paidEdition: !w.policy.paidEdition } })],
  [
    'messaging threshold (the runbook prints it)',
    (w) => ({ ...w, policy: { ...w.policy, messagingThresholdMinutes: w.policy.messagingThresholdMinutes === 20 ? 45 : 20 } }),
  ],
  [
    'policy interval, language, longest risk acceptance',
    (w) => ({ ...w, policy: { ...w.policy, reviewIntervalDays: 30, defaultLanguage: 'de', maxRiskAcceptanceDays: 14 } }),
  ],
];

function fingerprint(w: World): string {
  const x = assessInventory({ applications: w.apps, groups: w.groups }, w.policy);
  return fingerprintOf(reviewInputs(w.apps[0], indexInputs(w.apps, x.applications, w.groups), w.policy, CATALOG_VERSION));
}

/** The reviewed content: the assessment and the runbook in both languages, without what a review cannot cover. */
function content(w: World): string {
  const x = assessInventory({ applications: w.apps, groups: w.groups }, w.policy);
  const out: unknown[] = [x.applications[0]];
  for (const lang of ['en', 'de'] as const) {
    const rb: Runbook = buildRunbook({
      application: w.apps[0],
      assessment: x.applications[0],
      inventory: { applications: w.apps, assessments: x.applications },
      policy: w.policy,
      approval: { state: 'unreviewed', reviewer: null, decidedAt: null, expiresAt: null },
      generatedAt: '2026-01-01T00:00:00.000Z',
      fingerprint: '',
      lang,
    });
    const blast = runbookStrings(lang).blastTitle;
    const strip = (blocks: Block[]): Block[] =>
      blocks
        .filter((b) => !(b.kind === 'keyValue' && b.title === blast))
        .map((b) => (b.kind === 'option' ? { ...b, blocks: strip(b.blocks) } : b));
    const walk = (s: Runbook['sections'][number]): unknown => ({ ...s, blocks: strip(s.blocks), subsections: s.subsections.map(walk) });
    const fw = rb.facts.firewall;
    out.push({
      ...rb,
      facts: {
        ...rb.facts,
        firewall: {
          opensRestricted: fw.opens.filter((o) => o.restrictionLevel !== 'less-restrictive').map((o) => o.name),
          otherSso: [...fw.opens, ...fw.closes, ...fw.unknown, ...fw.cloud]
            .filter((o) => o.integration === 'duo-sso')
            .map((o) => o.name)
            .sort(),
        },
      },
      sections: rb.sections.map(walk),
    });
  }
  return JSON.stringify(out);
}

describe('fingerprint property: fresh iff the reviewed content is unchanged', () => {
  it.each(MUTATIONS)('after a change of %s', (_what, mutate) => {
    fc.assert(
      fc.property(worldArb, fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }), (w, r) => {
        const after = mutate(w, r);
        const sameFingerprint = fingerprint(w) === fingerprint(after);
        const sameContent = content(w) === content(after);
        expect(sameFingerprint).toBe(sameContent);
      }),
      { numRuns: 300 },
    );
  });
});

// Issue 14 item 5: the snapshot computes every application's fingerprint with reviewFingerprint (set
// digests, constant work per application); a stored decision's with fingerprintOf over its stored
// inputs. The two must agree for every application of every inventory, or approvals would go stale
// (or stay fresh) for no reason.
describe('the snapshot fingerprint equals the fingerprint of the full inputs', () => {
  it('for every application, after any change', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(MUTATIONS.length - 1), fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }), (w0, m, r) => {
        const w = MUTATIONS[m][1](w0, r);
        const x = assessInventory({ applications: w.apps, groups: w.groups }, w.policy);
        const index = indexInputs(w.apps, x.applications, w.groups);
        const fp = fingerprintIndex(index);
        for (const a of w.apps) {
          const full = reviewInputs(a, index, w.policy, CATALOG_VERSION);
          // As stored with a decision and read back.
          const stored = JSON.parse(JSON.stringify(full)) as typeof full;
          expect(reviewFingerprint(a, index, fp, w.policy, CATALOG_VERSION)).toBe(fingerprintOf(stored));
        }
      }),
      { numRuns: 500 },
    );
  });
});
