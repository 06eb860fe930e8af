// Review fingerprints, input diffs and review states (SPEC §2.8). Pure: the caller passes the clock.
import { createHash } from 'node:crypto';
import type { ApplicationAssessment } from './assess';
import { compareNames, groupKey } from './assess';
import { CATALOG } from './catalog';
import { unreachableBehaviour } from './runbook/analysis';
import type { ApplicationInput, GroupInput, Policy, RestrictionLevel, ReviewState } from './types';

import type { ReviewDecision } from './types';
export { REVIEW_STATES, type ReviewDecision, type ReviewState } from './types';

/**
 * The policy fields the runbook reads besides the mandatory data classes (which count only where this
 * application holds them). A field that the policy does not have (yet) is left out of the fingerprint,
 * so adding one here does not void approvals until the policy carries it.
 */
export const RUNBOOK_POLICY_FIELDS = ['paidEdition', 'messagingThresholdMinutes'] as const;

/** The version of the ReviewInputs shape; decisions stored with another one are stale with their own reason. */
export const REVIEW_INPUTS_VERSION = 2;

/**
 * Exactly what this application's assessment and runbook read, in canonical order
 * (docs/decisions/0005-reviews.md): its own fields (owner and notes are printed in the runbook), its
 * groups with their 2FA flag, for every group its plan may bypass the other applications that group
 * reaches (with their level), the policy values it uses, the catalog version, and of the rest of the
 * inventory only what changes this runbook's advice: which other applications a firewall block of Duo
 * would open although they are restricted, other Duo SSO applications (they close), and — for Auth
 * Proxy applications — the other fail-safe Auth Proxy applications that Primary Only Mode would open.
 */
export interface ReviewInputs {
  v: typeof REVIEW_INPUTS_VERSION;
  application: Pick<ApplicationInput, 'name' | 'integration' | 'dataClasses' | 'mfaMandate' | 'criticality' | 'configuredFailmode'> & {
    owner: string | null;
    notes: string | null;
    /** Present only when set, so that approvals of applications without contacts stay valid (issue 18). */
    onCallContact?: string;
    escalation?: string;
  };
  groups: { name: string; alwaysRequireMfa: boolean; bypassReach?: { name: string; restrictionLevel: RestrictionLevel }[] }[];
  policy: { mandatoryDataClassesHeld: string[] } & Record<string, unknown>;
  firewall: { opensRestricted: string[]; otherSso: string[] };
  primaryOnlyNeighbours?: string[];
  catalogVersion: string;
}

interface IndexedApp {
  name: string;
  restrictionLevel: RestrictionLevel;
}

export interface InputIndex {
  groupByKey: Map<string, GroupInput>;
  appsByGroupKey: Map<string, IndexedApp[]>;
  assessmentByName: Map<string, ApplicationAssessment>;
  /** Applications that open when Duo is unreachable although they are restrictive or most-restrictive. */
  opensRestricted: string[];
  sso: string[];
  /** Auth Proxy applications that fail safe (Primary Only Mode opens them too on a shared proxy). */
  proxyOpens: string[];
}

/** Builds the indexes once for the whole inventory (linear in applications and access edges). */
export function indexInputs(
  apps: readonly ApplicationInput[],
  assessments: readonly ApplicationAssessment[],
  groups: readonly GroupInput[],
): InputIndex {
  const groupByKey = new Map(groups.map((g) => [groupKey(g.name), g]));
  const appsByGroupKey = new Map<string, IndexedApp[]>();
  const assessmentByName = new Map<string, ApplicationAssessment>();
  const opensRestricted: string[] = [];
  const sso: string[] = [];
  const proxyOpens: string[] = [];
  apps.forEach((a, i) => {
    const x = assessments[i];
    if (!assessmentByName.has(a.name)) assessmentByName.set(a.name, x);
    const seen = new Set<string>();
    for (const g of a.groups) {
      const k = groupKey(g);
      if (seen.has(k)) continue;
      seen.add(k);
      (appsByGroupKey.get(k) ?? appsByGroupKey.set(k, []).get(k)!).push({ name: a.name, restrictionLevel: x.restrictionLevel });
    }
    const opens = unreachableBehaviour(a).outcome === 'opens';
    if (opens && x.restrictionLevel !== 'less-restrictive') opensRestricted.push(a.name);
    if (a.integration === 'duo-sso') sso.push(a.name);
    if (opens && CATALOG[a.integration].primaryOnlyMode) proxyOpens.push(a.name);
  });
  return { groupByKey, appsByGroupKey, assessmentByName, opensRestricted, sso, proxyOpens };
}

const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);
const others = (list: readonly string[], self: string) => [...new Set(list.filter((n) => n !== self))].sort(compareNames);
const text = (s: string | undefined) => (s?.trim() ? s : null);

export function reviewInputs(
  app: ApplicationInput,
  index: InputIndex,
  policy: Pick<Policy, 'mandatoryDataClasses' | 'paidEdition'> & Partial<Policy>,
  catalogVersion: string,
  /** lists: false leaves the inventory-wide lists empty (reviewFingerprint digests them itself). */
  { lists = true }: { lists?: boolean } = {},
): ReviewInputs {
  const x = index.assessmentByName.get(app.name);
  const bypassable = new Set((x?.bypassAllowedGroups ?? []).map(groupKey));
  const groups = new Map<string, ReviewInputs['groups'][number]>();
  for (const g of app.groups) {
    const k = groupKey(g);
    if (groups.has(k)) continue;
    const group = index.groupByKey.get(k);
    const entry: ReviewInputs['groups'][number] = { name: group?.name ?? g, alwaysRequireMfa: group?.alwaysRequireMfa ?? false };
    if (bypassable.has(k))
      entry.bypassReach = lists ? (index.appsByGroupKey.get(k) ?? []).filter((o) => o.name !== app.name).sort(byName) : [];
    groups.set(k, entry);
  }
  const mandatory = new Set<string>(policy.mandatoryDataClasses);
  const policyPart: ReviewInputs['policy'] = {
    mandatoryDataClassesHeld: [...new Set(app.dataClasses.filter((d) => mandatory.has(d)))].sort(),
  };
  for (const f of RUNBOOK_POLICY_FIELDS) {
    const v = (policy as Record<string, unknown>)[f];
    if (v !== undefined) policyPart[f] = v;
  }
  return {
    v: REVIEW_INPUTS_VERSION,
    application: {
      name: app.name,
      integration: app.integration,
      // The assessment names the data classes that mandate 2FA, and all of them only where none does
      // (the less-restrictive level's explanation): another class on a restricted application reads nothing.
      dataClasses: [
        ...new Set(x?.restrictionLevel === 'less-restrictive' ? app.dataClasses : app.dataClasses.filter((d) => mandatory.has(d))),
      ].sort(),
      mfaMandate: app.mfaMandate,
      criticality: app.criticality,
      configuredFailmode: app.configuredFailmode,
      owner: text(app.owner),
      notes: text(app.notes),
      ...(text(app.onCallContact) ? { onCallContact: app.onCallContact } : {}),
      ...(text(app.escalation) ? { escalation: app.escalation } : {}),
    },
    groups: [...groups.values()].sort(byName),
    policy: policyPart,
    firewall: lists
      ? { opensRestricted: others(index.opensRestricted, app.name), otherSso: others(index.sso, app.name) }
      : { opensRestricted: [], otherSso: [] },
    ...(CATALOG[app.integration].primaryOnlyMode ? { primaryOnlyNeighbours: lists ? others(index.proxyOpens, app.name) : [] } : {}),
    catalogVersion,
  };
}

// --- Fingerprints -----------------------------------------------------------------------------
// The inputs name, for every application, lists that grow with the whole inventory (the other
// applications a firewall block opens, the other SSO applications, a bypass group's reach). Hashing
// them as text made every snapshot quadratic: 17,000 applications took 72 s (issue 14 item 5). The
// fingerprint therefore hashes each such list as a set digest — the count and the sum (mod 2^128)
// of its items' SHA-256 — so "the list minus this application" is one subtraction. The stored
// inputs keep the full lists (the review page shows what changed); a stored decision's fingerprint
// is recomputed from them with this function, so both sides always use the same rule.

const MOD = 1n << 128n;
const itemHash = (item: string): bigint => BigInt(`0x${createHash('sha256').update(item).digest('hex').slice(0, 32)}`);
const reachItem = (o: { name: string; restrictionLevel: RestrictionLevel }) => `${o.name}\u0000${o.restrictionLevel}`;

/** A set of strings with the sum of their hashes: the digest of the set, or of the set minus one. */
class SetSum {
  private readonly hashes = new Map<string, bigint>();
  private sum = 0n;
  constructor(items: Iterable<string> = []) {
    for (const it of items) this.add(it);
  }
  add(it: string): void {
    if (this.hashes.has(it)) return;
    const h = itemHash(it);
    this.hashes.set(it, h);
    this.sum = (this.sum + h) % MOD;
  }
  /** The digest of the set without `item` (the whole set when it is not in it). */
  without(item?: string): string {
    const h = item === undefined ? undefined : this.hashes.get(item);
    if (h === undefined) return `${this.hashes.size}:${this.sum.toString(16)}`;
    return `${this.hashes.size - 1}:${((this.sum - h + MOD) % MOD).toString(16)}`;
  }
}
const digest = (items: readonly string[]) => new SetSum(items).without();

interface CompactInputs extends Omit<ReviewInputs, 'groups' | 'firewall' | 'primaryOnlyNeighbours'> {
  groups: { name: string; alwaysRequireMfa: boolean; bypassReach?: string }[];
  firewall: { opensRestricted: string; otherSso: string };
  primaryOnlyNeighbours?: string;
}

const hashCompact = (c: CompactInputs) => createHash('sha256').update(JSON.stringify(c)).digest('hex');

/** The fingerprint of a review's inputs (stored ones included): the inputs with each list as a set digest. */
export function fingerprintOf(inputs: ReviewInputs): string {
  return hashCompact({
    v: inputs.v,
    application: inputs.application,
    groups: inputs.groups.map((g) => ({
      name: g.name,
      alwaysRequireMfa: g.alwaysRequireMfa,
      ...(g.bypassReach ? { bypassReach: digest(g.bypassReach.map(reachItem)) } : {}),
    })),
    policy: inputs.policy,
    firewall: { opensRestricted: digest(inputs.firewall.opensRestricted), otherSso: digest(inputs.firewall.otherSso) },
    ...(inputs.primaryOnlyNeighbours ? { primaryOnlyNeighbours: digest(inputs.primaryOnlyNeighbours) } : {}),
    catalogVersion: inputs.catalogVersion,
  });
}

/** The set sums of an index's inventory-wide lists, built once per inventory (linear). */
export interface FingerprintIndex {
  opensRestricted: SetSum;
  sso: SetSum;
  proxyOpens: SetSum;
  reachByGroupKey: Map<string, SetSum>;
}

/** Builds the set sums, pausing (yield) every `every` items so that a caller can let others run. */
export function* buildFingerprintIndex(index: InputIndex, every = 250): Generator<undefined, FingerprintIndex> {
  let n = 0;
  const fill = function* (sum: SetSum, items: readonly string[]) {
    for (const it of items) {
      sum.add(it);
      if (++n % every === 0) yield;
    }
  };
  const fp: FingerprintIndex = { opensRestricted: new SetSum(), sso: new SetSum(), proxyOpens: new SetSum(), reachByGroupKey: new Map() };
  yield* fill(fp.opensRestricted, index.opensRestricted);
  yield* fill(fp.sso, index.sso);
  yield* fill(fp.proxyOpens, index.proxyOpens);
  for (const [k, list] of index.appsByGroupKey) {
    const sum = new SetSum();
    fp.reachByGroupKey.set(k, sum);
    yield* fill(sum, list.map(reachItem));
  }
  return fp;
}

export function fingerprintIndex(index: InputIndex): FingerprintIndex {
  const steps = buildFingerprintIndex(index);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `fingerprintOf(reviewInputs(app, index, policy, catalogVersion))` without building the lists:
 * constant work per application and group (tests/unit/review-fingerprint.test.ts holds them equal).
 */
export function reviewFingerprint(
  app: ApplicationInput,
  index: InputIndex,
  fp: FingerprintIndex,
  policy: Pick<Policy, 'mandatoryDataClasses' | 'paidEdition'> & Partial<Policy>,
  catalogVersion: string,
): string {
  const full = reviewInputs(app, index, policy, catalogVersion, { lists: false });
  const level = index.assessmentByName.get(app.name)?.restrictionLevel;
  return hashCompact({
    v: full.v,
    application: full.application,
    groups: full.groups.map((g) => {
      if (!g.bypassReach) return { name: g.name, alwaysRequireMfa: g.alwaysRequireMfa };
      const sum = fp.reachByGroupKey.get(groupKey(g.name));
      const self = level ? reachItem({ name: app.name, restrictionLevel: level }) : undefined;
      return { name: g.name, alwaysRequireMfa: g.alwaysRequireMfa, bypassReach: sum ? sum.without(self) : digest([]) };
    }),
    policy: full.policy,
    firewall: { opensRestricted: fp.opensRestricted.without(app.name), otherSso: fp.sso.without(app.name) },
    ...(full.primaryOnlyNeighbours ? { primaryOnlyNeighbours: fp.proxyOpens.without(app.name) } : {}),
    catalogVersion: full.catalogVersion,
  });
}

/**
 * One changed input. `field` is a stable key the UI translates (never shown as is); `group` names the
 * group for the group keys. Values are plain text ('' = none).
 */
export interface InputChange {
  field:
    | keyof ReviewInputs['application']
    | 'groups'
    | 'group.alwaysRequireMfa'
    | 'group.bypassReach'
    | 'policy.mandatoryDataClasses'
    | `policy.${(typeof RUNBOOK_POLICY_FIELDS)[number]}`
    | 'firewall.opensRestricted'
    | 'firewall.otherSso'
    | 'primaryOnlyNeighbours'
    | 'catalogVersion'
    | 'reviewRules';
  group?: string;
  before: string;
  after: string;
}

const show = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : v === undefined || v === null ? '' : String(v));
const APP_KEYS = [
  'name',
  'integration',
  'dataClasses',
  'mfaMandate',
  'criticality',
  'configuredFailmode',
  'owner',
  'notes',
  'onCallContact',
  'escalation',
] as const;

/** What changed between the reviewed inputs and the current ones, field by field. */
export function diffInputs(before: ReviewInputs | { v?: unknown }, after: ReviewInputs): InputChange[] {
  if ((before as { v?: unknown }).v !== REVIEW_INPUTS_VERSION) return [{ field: 'reviewRules', before: '', after: '' }];
  const b = before as ReviewInputs;
  const out: InputChange[] = [];
  for (const k of APP_KEYS) {
    if (show(b.application[k]) !== show(after.application[k]))
      out.push({ field: k, before: show(b.application[k]), after: show(after.application[k]) });
  }
  const bg = new Map(b.groups.map((g) => [g.name, g]));
  const ag = new Map(after.groups.map((g) => [g.name, g]));
  if (show([...bg.keys()]) !== show([...ag.keys()]))
    out.push({ field: 'groups', before: show([...bg.keys()]), after: show([...ag.keys()]) });
  const reach = (g: ReviewInputs['groups'][number] | undefined) =>
    show((g?.bypassReach ?? []).map((o) => `${o.name} (${o.restrictionLevel})`));
  for (const [name, g] of ag) {
    const old = bg.get(name);
    if (!old) continue;
    if (old.alwaysRequireMfa !== g.alwaysRequireMfa)
      out.push({ field: 'group.alwaysRequireMfa', group: name, before: String(old.alwaysRequireMfa), after: String(g.alwaysRequireMfa) });
    if (reach(old) !== reach(g)) out.push({ field: 'group.bypassReach', group: name, before: reach(old), after: reach(g) });
  }
  if (show(b.policy.mandatoryDataClassesHeld) !== show(after.policy.mandatoryDataClassesHeld)) {
    out.push({
      field: 'policy.mandatoryDataClasses',
      before: show(b.policy.mandatoryDataClassesHeld),
      after: show(after.policy.mandatoryDataClassesHeld),
    });
  }
  for (const f of RUNBOOK_POLICY_FIELDS) {
    if (show(b.policy[f]) !== show(after.policy[f]))
      out.push({ field: `policy.${f}`, before: show(b.policy[f]), after: show(after.policy[f]) });
  }
  if (show(b.firewall.opensRestricted) !== show(after.firewall.opensRestricted)) {
    out.push({ field: 'firewall.opensRestricted', before: show(b.firewall.opensRestricted), after: show(after.firewall.opensRestricted) });
  }
  if (show(b.firewall.otherSso) !== show(after.firewall.otherSso))
    out.push({ field: 'firewall.otherSso', before: show(b.firewall.otherSso), after: show(after.firewall.otherSso) });
  if (show(b.primaryOnlyNeighbours) !== show(after.primaryOnlyNeighbours)) {
    out.push({ field: 'primaryOnlyNeighbours', before: show(b.primaryOnlyNeighbours), after: show(after.primaryOnlyNeighbours) });
  }
  if (b.catalogVersion !== after.catalogVersion)
    out.push({ field: 'catalogVersion', before: b.catalogVersion, after: after.catalogVersion });
  return out;
}

export interface LatestDecision {
  decision: ReviewDecision;
  reviewer: string;
  decidedAt: Date;
  fingerprint: string;
  /** The end of a risk acceptance (chosen by the reviewer); null for approvals and rejections. */
  expiresAt?: Date | null;
}

export interface ReviewStatus {
  state: ReviewState;
  reviewer: string | null;
  decidedAt: Date | null;
  expiresAt: Date | null;
  /** Why the state is stale or expired, for the UI. */
  reason: 'inputs-changed' | 'interval-passed' | null;
}

const DAY = 86_400_000;

/**
 * unreviewed → approve | reject | accept-risk → approved | rejected | risk-accepted; any input change →
 * stale; past the interval (or the end of the risk acceptance, whichever comes first) → expired.
 */
export function reviewStatus(latest: LatestDecision | null, currentFingerprint: string, now: Date, intervalDays: number): ReviewStatus {
  if (!latest) return { state: 'unreviewed', reviewer: null, decidedAt: null, expiresAt: null, reason: null };
  let expires = latest.decidedAt.getTime() + intervalDays * DAY;
  if (latest.decision === 'accept-risk' && latest.expiresAt) expires = Math.min(expires, latest.expiresAt.getTime());
  const expiresAt = new Date(expires);
  const base = { reviewer: latest.reviewer, decidedAt: latest.decidedAt, expiresAt };
  if (latest.fingerprint !== currentFingerprint) return { ...base, state: 'stale', reason: 'inputs-changed' };
  if (now.getTime() >= expiresAt.getTime()) return { ...base, state: 'expired', reason: 'interval-passed' };
  const state = latest.decision === 'approve' ? 'approved' : latest.decision === 'accept-risk' ? 'risk-accepted' : 'rejected';
  return { ...base, state, reason: null };
}
