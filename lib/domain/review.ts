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
export function indexInputs(apps: readonly ApplicationInput[], assessments: readonly ApplicationAssessment[], groups: readonly GroupInput[]): InputIndex {
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
): ReviewInputs {
  const x = index.assessmentByName.get(app.name);
  const bypassable = new Set((x?.bypassAllowedGroups ?? []).map(groupKey));
  const groups = new Map<string, ReviewInputs['groups'][number]>();
  for (const g of app.groups) {
    const k = groupKey(g);
    if (groups.has(k)) continue;
    const group = index.groupByKey.get(k);
    const entry: ReviewInputs['groups'][number] = { name: group?.name ?? g, alwaysRequireMfa: group?.alwaysRequireMfa ?? false };
    if (bypassable.has(k)) entry.bypassReach = (index.appsByGroupKey.get(k) ?? []).filter((o) => o.name !== app.name).sort(byName);
    groups.set(k, entry);
  }
  const mandatory = new Set<string>(policy.mandatoryDataClasses);
  const policyPart: ReviewInputs['policy'] = { mandatoryDataClassesHeld: [...new Set(app.dataClasses.filter((d) => mandatory.has(d)))].sort() };
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
      dataClasses: [...new Set(x?.restrictionLevel === 'less-restrictive' ? app.dataClasses : app.dataClasses.filter((d) => mandatory.has(d)))].sort(),
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
    firewall: { opensRestricted: others(index.opensRestricted, app.name), otherSso: others(index.sso, app.name) },
    ...(CATALOG[app.integration].primaryOnlyMode ? { primaryOnlyNeighbours: others(index.proxyOpens, app.name) } : {}),
    catalogVersion,
  };
}

export function fingerprintOf(inputs: ReviewInputs): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
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
const APP_KEYS = ['name', 'integration', 'dataClasses', 'mfaMandate', 'criticality', 'configuredFailmode', 'owner', 'notes', 'onCallContact', 'escalation'] as const;

/** What changed between the reviewed inputs and the current ones, field by field. */
export function diffInputs(before: ReviewInputs | { v?: unknown }, after: ReviewInputs): InputChange[] {
  if ((before as { v?: unknown }).v !== REVIEW_INPUTS_VERSION) return [{ field: 'reviewRules', before: '', after: '' }];
  const b = before as ReviewInputs;
  const out: InputChange[] = [];
  for (const k of APP_KEYS) {
    if (show(b.application[k]) !== show(after.application[k])) out.push({ field: k, before: show(b.application[k]), after: show(after.application[k]) });
  }
  const bg = new Map(b.groups.map((g) => [g.name, g]));
  const ag = new Map(after.groups.map((g) => [g.name, g]));
  if (show([...bg.keys()]) !== show([...ag.keys()])) out.push({ field: 'groups', before: show([...bg.keys()]), after: show([...ag.keys()]) });
  const reach = (g: ReviewInputs['groups'][number] | undefined) => show((g?.bypassReach ?? []).map((o) => `${o.name} (${o.restrictionLevel})`));
  for (const [name, g] of ag) {
    const old = bg.get(name);
    if (!old) continue;
    if (old.alwaysRequireMfa !== g.alwaysRequireMfa) out.push({ field: 'group.alwaysRequireMfa', group: name, before: String(old.alwaysRequireMfa), after: String(g.alwaysRequireMfa) });
    if (reach(old) !== reach(g)) out.push({ field: 'group.bypassReach', group: name, before: reach(old), after: reach(g) });
  }
  if (show(b.policy.mandatoryDataClassesHeld) !== show(after.policy.mandatoryDataClassesHeld)) {
    out.push({ field: 'policy.mandatoryDataClasses', before: show(b.policy.mandatoryDataClassesHeld), after: show(after.policy.mandatoryDataClassesHeld) });
  }
  for (const f of RUNBOOK_POLICY_FIELDS) {
    if (show(b.policy[f]) !== show(after.policy[f])) out.push({ field: `policy.${f}`, before: show(b.policy[f]), after: show(after.policy[f]) });
  }
  if (show(b.firewall.opensRestricted) !== show(after.firewall.opensRestricted)) {
    out.push({ field: 'firewall.opensRestricted', before: show(b.firewall.opensRestricted), after: show(after.firewall.opensRestricted) });
  }
  if (show(b.firewall.otherSso) !== show(after.firewall.otherSso)) out.push({ field: 'firewall.otherSso', before: show(b.firewall.otherSso), after: show(after.firewall.otherSso) });
  if (show(b.primaryOnlyNeighbours) !== show(after.primaryOnlyNeighbours)) {
    out.push({ field: 'primaryOnlyNeighbours', before: show(b.primaryOnlyNeighbours), after: show(after.primaryOnlyNeighbours) });
  }
  if (b.catalogVersion !== after.catalogVersion) out.push({ field: 'catalogVersion', before: b.catalogVersion, after: after.catalogVersion });
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
