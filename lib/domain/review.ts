// Review fingerprints, input diffs and review states (SPEC §2.8). Pure: the caller passes the clock.
import { createHash } from 'node:crypto';
import type { ApplicationAssessment } from './assess';
import type { ApplicationInput, GroupInput, Policy, RestrictionLevel, ReviewState } from './types';

export { REVIEW_STATES, type ReviewState } from './types';
export type ReviewDecision = 'approve' | 'reject';

/**
 * Everything the assessment of one application reads, in canonical order. Free text (owner, notes,
 * group descriptions) and member counts do not change the assessment and are left out
 * (docs/decisions/0005-reviews.md).
 */
export interface ReviewInputs {
  application: Pick<ApplicationInput, 'name' | 'integration' | 'dataClasses' | 'mfaMandate' | 'criticality' | 'configuredFailmode'>;
  groups: { name: string; alwaysRequireMfa: boolean; otherApplications: { name: string; restrictionLevel: RestrictionLevel }[] }[];
  policy: { mandatoryDataClasses: string[]; paidEdition: boolean };
  catalogVersion: string;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export interface InputIndex {
  groupByKey: Map<string, GroupInput>;
  appsByGroupKey: Map<string, { name: string; restrictionLevel: RestrictionLevel }[]>;
}

/** Builds the group → applications index once for the whole inventory (linear in access edges). */
export function indexInputs(apps: readonly ApplicationInput[], assessments: readonly ApplicationAssessment[], groups: readonly GroupInput[]): InputIndex {
  const groupByKey = new Map(groups.map((g) => [g.name.toLowerCase(), g]));
  const appsByGroupKey = new Map<string, { name: string; restrictionLevel: RestrictionLevel }[]>();
  apps.forEach((a, i) => {
    for (const g of a.groups) {
      const k = g.toLowerCase();
      (appsByGroupKey.get(k) ?? appsByGroupKey.set(k, []).get(k)!).push({ name: a.name, restrictionLevel: assessments[i].restrictionLevel });
    }
  });
  return { groupByKey, appsByGroupKey };
}

export function reviewInputs(app: ApplicationInput, index: InputIndex, policy: Pick<Policy, 'mandatoryDataClasses' | 'paidEdition'>, catalogVersion: string): ReviewInputs {
  return {
    application: {
      name: app.name,
      integration: app.integration,
      dataClasses: [...app.dataClasses].sort(),
      mfaMandate: app.mfaMandate,
      criticality: app.criticality,
      configuredFailmode: app.configuredFailmode,
    },
    groups: app.groups
      .map((g) => {
        const k = g.toLowerCase();
        const group = index.groupByKey.get(k);
        return {
          name: group?.name ?? g,
          alwaysRequireMfa: group?.alwaysRequireMfa ?? false,
          otherApplications: (index.appsByGroupKey.get(k) ?? []).filter((o) => o.name !== app.name).sort(byName),
        };
      })
      .sort(byName),
    policy: { mandatoryDataClasses: [...policy.mandatoryDataClasses].sort(), paidEdition: policy.paidEdition },
    catalogVersion,
  };
}

export function fingerprintOf(inputs: ReviewInputs): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

export interface InputChange {
  field: string;
  before: string;
  after: string;
}

const show = (v: unknown): string => (Array.isArray(v) ? (v.length ? v.join(', ') : '—') : v === undefined || v === null ? '—' : String(v));

/** A readable list of what changed between the reviewed inputs and the current ones. */
export function diffInputs(before: ReviewInputs, after: ReviewInputs): InputChange[] {
  const out: InputChange[] = [];
  for (const k of Object.keys(after.application) as (keyof ReviewInputs['application'])[]) {
    if (show(before.application[k]) !== show(after.application[k])) out.push({ field: k, before: show(before.application[k]), after: show(after.application[k]) });
  }
  const bg = new Map(before.groups.map((g) => [g.name, g]));
  const ag = new Map(after.groups.map((g) => [g.name, g]));
  const added = [...ag.keys()].filter((n) => !bg.has(n));
  const removed = [...bg.keys()].filter((n) => !ag.has(n));
  if (added.length || removed.length) out.push({ field: 'groups', before: show([...bg.keys()]), after: show([...ag.keys()]) });
  for (const [name, g] of ag) {
    const b = bg.get(name);
    if (!b) continue;
    if (b.alwaysRequireMfa !== g.alwaysRequireMfa) out.push({ field: `group "${name}" always requires 2FA`, before: String(b.alwaysRequireMfa), after: String(g.alwaysRequireMfa) });
    const fmt = (l: ReviewInputs['groups'][number]['otherApplications']) => show(l.map((o) => `${o.name} (${o.restrictionLevel})`));
    if (fmt(b.otherApplications) !== fmt(g.otherApplications)) out.push({ field: `other applications of group "${name}"`, before: fmt(b.otherApplications), after: fmt(g.otherApplications) });
  }
  if (show(before.policy.mandatoryDataClasses) !== show(after.policy.mandatoryDataClasses)) {
    out.push({ field: 'policy: data classes that mandate 2FA', before: show(before.policy.mandatoryDataClasses), after: show(after.policy.mandatoryDataClasses) });
  }
  if (before.policy.paidEdition !== after.policy.paidEdition) out.push({ field: 'policy: paid edition', before: String(before.policy.paidEdition), after: String(after.policy.paidEdition) });
  if (before.catalogVersion !== after.catalogVersion) out.push({ field: 'integration catalog version', before: before.catalogVersion, after: after.catalogVersion });
  return out;
}

export interface LatestDecision {
  decision: ReviewDecision;
  reviewer: string;
  decidedAt: Date;
  fingerprint: string;
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

/** unreviewed → (approve|reject) → approved|rejected; any input change → stale; past the interval → expired. */
export function reviewStatus(latest: LatestDecision | null, currentFingerprint: string, now: Date, intervalDays: number): ReviewStatus {
  if (!latest) return { state: 'unreviewed', reviewer: null, decidedAt: null, expiresAt: null, reason: null };
  const expiresAt = new Date(latest.decidedAt.getTime() + intervalDays * DAY);
  const base = { reviewer: latest.reviewer, decidedAt: latest.decidedAt, expiresAt };
  if (latest.fingerprint !== currentFingerprint) return { ...base, state: 'stale', reason: 'inputs-changed' };
  if (now.getTime() >= expiresAt.getTime()) return { ...base, state: 'expired', reason: 'interval-passed' };
  return { ...base, state: latest.decision === 'approve' ? 'approved' : 'rejected', reason: null };
}
