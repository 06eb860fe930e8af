// The rules engine (SPEC §2.2–§2.4, the guide's matrix on p.3). Pure and language-free: findings carry
// codes and params; lib/domain/messages.ts turns them into English or German text.
//
// Complexity: one pass to index groups, one pass to place every application in the matrix and to build
// the group → most-restrictive-apps index, one pass for the findings. The bypass analysis looks up each
// access edge (app, group) once in that index: O(apps + edges) plus sorting, never apps × groups.
import { CATALOG, CATALOG_VERSION } from './catalog';
import type { CatalogEntry } from './catalog';
import { findingMessage } from './messages';
import type {
  ApplicationInput,
  ConfiguredFailmode,
  Criticality,
  DataClass,
  FindingCode,
  GroupInput,
  IntegrationSlug,
  Lang,
  Policy,
  RecommendedFailmode,
  RestrictionLevel,
  Severity,
} from './types';
import { FINDING_CODES, SEVERITIES } from './types';

/** Severity per finding code (SPEC §2.4). */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = Object.freeze({
  FAILMODE_OPEN_ON_RESTRICTED: 'critical',
  FAILMODE_STRICTER_THAN_NEEDED: 'info',
  FAILMODE_UNKNOWN: 'warning',
  FAILMODE_NOT_CONFIGURABLE: 'warning',
  CUSTOM_FAILOPEN_UNVERIFIED: 'warning',
  BYPASS_GROUP_SPANS_APPS: 'warning',
  NO_GROUPS: 'warning',
  MANDATED_GROUPS_UNFLAGGED: 'warning',
  // Duo findings (lib/domain/duo.ts). GROUP_IN_BYPASS and USERS_IN_BYPASS are critical when the
  // bypass reaches a most-restrictive application and a warning otherwise: this is the worst case.
  GROUP_IN_BYPASS: 'critical',
  USERS_IN_BYPASS: 'critical',
  INTEGRATION_NOT_IN_INVENTORY: 'warning',
  APP_NOT_IN_DUO: 'warning',
  DUO_ACCESS_DRIFT: 'warning',
});

/** Recommendation when Duo is unreachable (failmode invoked), SPEC §2.3. */
export const RECOMMENDED_FAILMODE: Readonly<Record<RestrictionLevel, RecommendedFailmode>> = Object.freeze({
  'most-restrictive': 'secure',
  restrictive: 'secure',
  'less-restrictive': 'safe',
});

const LEVEL_RANK: Readonly<Record<RestrictionLevel, number>> = {
  'less-restrictive': 0,
  restrictive: 1,
  'most-restrictive': 2,
};

/** 0 = less-restrictive, 1 = restrictive, 2 = most-restrictive. */
export function levelRank(level: RestrictionLevel): number {
  return LEVEL_RANK[level];
}

export type { Finding, FindingParamValue, LevelExplanation } from './findings';
import type { Finding, FindingParamValue, LevelExplanation, LevelReason } from './findings';

export interface ApplicationAssessment {
  name: string;
  integration: IntegrationSlug;
  criticality: Criticality;
  restrictionLevel: RestrictionLevel;
  recommendedFailmode: RecommendedFailmode;
  configuredFailmode: ConfiguredFailmode;
  /** Groups the degradation plan may switch to bypass (sorted). */
  bypassAllowedGroups: string[];
  /** Groups that must NOT be switched to bypass (sorted). */
  bypassForbiddenGroups: string[];
  findings: Finding[];
  why: LevelExplanation;
}

export interface InventoryAssessment {
  catalogVersion: string;
  applications: ApplicationAssessment[];
}

export interface InventoryInput {
  groups: readonly GroupInput[];
  applications: readonly ApplicationInput[];
}

/** Policy fields the engine reads. */
export type AssessPolicy = Pick<Policy, 'mandatoryDataClasses'>;

// ---------------------------------------------------------------------------------------------------
// Small helpers

/** Group names match case-insensitively (the schema treats them so). */
export function groupKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Deterministic name order, independent of locale: case-insensitive first, then code units. */
export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la < lb) return -1;
  if (la > lb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortNames(names: Iterable<string>): string[] {
  return [...names].sort(compareNames);
}

export interface ResolvedGroup {
  name: string;
  alwaysRequireMfa: boolean;
}

/**
 * Index the group table by case-insensitive name. Duplicates (which the schema rejects) are merged
 * order-independently: alwaysRequireMfa if any says so, the name that sorts first.
 */
export function indexGroups(groups: readonly GroupInput[]): Map<string, ResolvedGroup> {
  const index = new Map<string, ResolvedGroup>();
  for (const g of groups) {
    const key = groupKey(g.name);
    const seen = index.get(key);
    if (!seen) index.set(key, { name: g.name, alwaysRequireMfa: g.alwaysRequireMfa });
    else {
      seen.alwaysRequireMfa = seen.alwaysRequireMfa || g.alwaysRequireMfa;
      if (compareNames(g.name, seen.name) < 0) seen.name = g.name;
    }
  }
  return index;
}

/**
 * The groups an application lists, deduplicated case-insensitively. A group missing from the group
 * table (the schema rejects that) counts as a group without alwaysRequireMfa, under the name as written.
 */
function resolveAppGroups(app: ApplicationInput, index: Map<string, ResolvedGroup>): Map<string, ResolvedGroup> {
  const out = new Map<string, ResolvedGroup>();
  for (const name of app.groups) {
    const key = groupKey(name);
    const known = index.get(key);
    const prev = out.get(key);
    if (known) out.set(key, known);
    else if (!prev || compareNames(name, prev.name) < 0) out.set(key, { name, alwaysRequireMfa: false });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// §2.2 Restriction level

function explainWith(
  app: Pick<ApplicationInput, 'mfaMandate' | 'dataClasses'>,
  groupsWithAccess: readonly ResolvedGroup[],
  mandatory: ReadonlySet<DataClass>,
): LevelExplanation {
  const mandatoryHeld: DataClass[] = [];
  const otherHeld: DataClass[] = [];
  for (const c of app.dataClasses) {
    const list = mandatory.has(c) ? mandatoryHeld : otherHeld;
    if (!list.includes(c)) list.push(c);
  }
  mandatoryHeld.sort();
  otherHeld.sort();
  const strictNames: string[] = [];
  for (const g of groupsWithAccess) if (g.alwaysRequireMfa) strictNames.push(g.name);

  const most: LevelReason[] = [];
  if (app.mfaMandate === 'all-users') most.push({ factor: 'mfaMandate', mandate: 'all-users' });
  if (mandatoryHeld.length > 0) most.push({ factor: 'mandatoryDataClass', dataClasses: mandatoryHeld });
  const restrictive: LevelReason[] = [];
  if (app.mfaMandate === 'some-groups') restrictive.push({ factor: 'someGroupsMandate' });
  if (strictNames.length > 0) restrictive.push({ factor: 'alwaysRequireMfaGroup', groups: strictNames.sort(compareNames) });

  let level: RestrictionLevel;
  let decisive: LevelReason[];
  let alsoPresent: LevelReason[];
  if (most.length > 0) {
    level = 'most-restrictive';
    decisive = most;
    alsoPresent = restrictive;
  } else if (restrictive.length > 0) {
    level = 'restrictive';
    decisive = restrictive;
    alsoPresent = [];
  } else {
    level = 'less-restrictive';
    decisive = [{ factor: 'default', nonMandatoryDataClasses: otherHeld }];
    alsoPresent = [];
  }
  return { level, recommendedFailmode: RECOMMENDED_FAILMODE[level], decisive, alsoPresent };
}

/** §2.3 degradation plan: which groups may be switched to bypass. */
export function bypassPlan(
  level: RestrictionLevel,
  groupsWithAccess: readonly ResolvedGroup[],
): { allowed: string[]; forbidden: string[] } {
  const allowed: string[] = [];
  const forbidden: string[] = [];
  for (const g of groupsWithAccess) {
    // most-restrictive: no user or group is switched to bypass. restrictive and less-restrictive: groups
    // that must always pass 2FA are never bypassed (SPEC §2.1: "wherever it has access"), others may be.
    if (level === 'most-restrictive' || g.alwaysRequireMfa) forbidden.push(g.name);
    else allowed.push(g.name);
  }
  return { allowed: allowed.sort(compareNames), forbidden: forbidden.sort(compareNames) };
}

// ---------------------------------------------------------------------------------------------------
// §2.4 Findings

function finding(
  code: FindingCode,
  applicationName: string,
  params: Record<string, FindingParamValue>,
  groups: string[] = [],
  relatedApplications: string[] = [],
): Finding {
  return { code, severity: FINDING_SEVERITY[code], applicationName, groups, relatedApplications, params };
}

/**
 * "No failmode setting" (SPEC §2.4 FAILMODE_NOT_CONFIGURABLE: the integration offers no failmode
 * control). WebSDK v2 and custom code are not in it: their own code decides, and what is recorded
 * about it counts. The one definition behind the finding and every count of it (dashboard, issue 18 item 4).
 */
export function hasNoFailmodeControl(entry: Pick<CatalogEntry, 'failmodeControl'>): boolean {
  return entry.failmodeControl === 'none';
}

/**
 * The failmode an application has for counting: `none` exactly when the integration has no
 * failmode control, whatever was recorded; a recorded `none` on an integration that has a setting
 * (or app code) means nobody recorded the value: `unknown`, as FAILMODE_UNKNOWN reads it.
 */
export function failmodeSettingOf(app: Pick<ApplicationInput, 'integration' | 'configuredFailmode'>): ConfiguredFailmode {
  if (hasNoFailmodeControl(CATALOG[app.integration])) return 'none';
  return app.configuredFailmode === 'none' ? 'unknown' : app.configuredFailmode;
}

/** The failmode findings of one application (everything except the bypass and group findings). */
export function failmodeFindings(
  app: Pick<ApplicationInput, 'name' | 'integration' | 'configuredFailmode'>,
  level: RestrictionLevel,
  entry: CatalogEntry,
): Finding[] {
  const out: Finding[] = [];
  const recommended = RECOMMENDED_FAILMODE[level];
  const configured = app.configuredFailmode;
  const base = { integration: app.integration, level, recommendedFailmode: recommended, configuredFailmode: configured };

  if (configured === 'safe' && recommended === 'secure') {
    out.push(finding('FAILMODE_OPEN_ON_RESTRICTED', app.name, { ...base }));
  }
  if (configured === 'secure' && level === 'less-restrictive') {
    out.push(finding('FAILMODE_STRICTER_THAN_NEEDED', app.name, { ...base, failmodeConfigurable: entry.failmodeConfigurable }));
  }
  // 'none' on an integration that has a setting means the same as 'unknown': nobody recorded the value.
  if ((configured === 'unknown' || configured === 'none') && entry.failmodeConfigurable) {
    out.push(finding('FAILMODE_UNKNOWN', app.name, { ...base, defaultWhenUnreachable: entry.defaultWhenUnreachable }));
  }
  if (hasNoFailmodeControl(entry)) {
    out.push(finding('FAILMODE_NOT_CONFIGURABLE', app.name, { ...base, defaultWhenUnreachable: entry.defaultWhenUnreachable }));
  }
  if (entry.customFailOpen === 'always' || (entry.customFailOpen === 'when-safe' && configured === 'safe')) {
    out.push(finding('CUSTOM_FAILOPEN_UNVERIFIED', app.name, { ...base }));
  }
  return out;
}

const CODE_ORDER: Readonly<Record<FindingCode, number>> = Object.fromEntries(FINDING_CODES.map((c, i) => [c, i])) as Record<
  FindingCode,
  number
>;
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

/** Findings order: severity (critical first), code, then the first group name. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    CODE_ORDER[a.code] - CODE_ORDER[b.code] ||
    compareNames(a.groups[0] ?? '', b.groups[0] ?? '')
  );
}

// ---------------------------------------------------------------------------------------------------
// The whole inventory

interface Placed {
  app: ApplicationInput;
  groups: ResolvedGroup[];
  why: LevelExplanation;
}

/**
 * Assesses the applications one by one, in input order (pass 1 — levels and the group index — runs
 * when iteration starts). Lets a caller stream the output without holding every assessment.
 */
export function* iterateAssessments(inv: InventoryInput, policy: AssessPolicy): Generator<ApplicationAssessment> {
  const groupIndex = indexGroups(inv.groups);
  const mandatory = new Set(policy.mandatoryDataClasses);

  // Pass 1: level per application; index group → most-restrictive applications (by group key).
  const placed: Placed[] = [];
  const mostByGroup = new Map<string, string[]>();
  for (const app of inv.applications) {
    const resolved = resolveAppGroups(app, groupIndex);
    const groups = [...resolved.values()];
    const why = explainWith(app, groups, mandatory);
    placed.push({ app, groups, why });
    if (why.level === 'most-restrictive') {
      for (const key of resolved.keys()) {
        const list = mostByGroup.get(key);
        if (list) list.push(app.name);
        else mostByGroup.set(key, [app.name]);
      }
    }
  }
  // Each list is sorted once and shared by every finding that names it.
  const sortedMostByGroup = new Map<string, string[]>();
  const mostAppsOf = (key: string): string[] => {
    let sorted = sortedMostByGroup.get(key);
    if (!sorted) {
      sorted = sortNames(mostByGroup.get(key) ?? []);
      sortedMostByGroup.set(key, sorted);
    }
    return sorted;
  };

  // Pass 2: plan and findings per application.
  for (const { app, groups, why } of placed) {
    const level = why.level;
    const entry = CATALOG[app.integration];
    const findings = failmodeFindings(app, level, entry);
    // "Some subsets of users are always required to pass 2FA" (guide p.3), but no group with access is
    // flagged as such: which groups may skip 2FA cannot be told, so none is offered for bypass.
    const unflagged =
      app.mfaMandate === 'some-groups' && groups.length > 0 && level !== 'most-restrictive' && !groups.some((g) => g.alwaysRequireMfa);
    const plan = unflagged ? { allowed: [], forbidden: sortNames(groups.map((g) => g.name)) } : bypassPlan(level, groups);

    if (groups.length === 0) findings.push(finding('NO_GROUPS', app.name, { level }));
    if (unflagged) findings.push(finding('MANDATED_GROUPS_UNFLAGGED', app.name, { level }, sortNames(groups.map((g) => g.name))));

    if (level !== 'most-restrictive' && !unflagged) {
      for (const g of groups) {
        if (g.alwaysRequireMfa) continue; // forbidden here: never part of the bypass plan
        const key = groupKey(g.name);
        if (!mostByGroup.has(key)) continue;
        // A most-restrictive app is never this app (this one is not most-restrictive).
        const others = mostAppsOf(key);
        findings.push(finding('BYPASS_GROUP_SPANS_APPS', app.name, { group: g.name, level, count: others.length }, [g.name], others));
      }
    }
    if (findings.length > 1) findings.sort(compareFindings);

    yield {
      name: app.name,
      integration: app.integration,
      criticality: app.criticality,
      restrictionLevel: level,
      recommendedFailmode: why.recommendedFailmode,
      configuredFailmode: app.configuredFailmode,
      bypassAllowedGroups: plan.allowed,
      bypassForbiddenGroups: plan.forbidden,
      findings,
      why,
    };
  }
}

export function assessInventory(inv: InventoryInput, policy: AssessPolicy): InventoryAssessment {
  return { catalogVersion: CATALOG_VERSION, applications: [...iterateAssessments(inv, policy)] };
}

// ---------------------------------------------------------------------------------------------------
// Summaries and the CLI/API output shape

export interface AssessmentSummary {
  applications: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byLevel: Record<RestrictionLevel, number>;
  byCode: Record<FindingCode, number>;
}

export function summarize(assessment: Pick<InventoryAssessment, 'applications'>): AssessmentSummary {
  const bySeverity: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  const byLevel: Record<RestrictionLevel, number> = { 'most-restrictive': 0, restrictive: 0, 'less-restrictive': 0 };
  const byCode = Object.fromEntries(FINDING_CODES.map((c) => [c, 0])) as Record<FindingCode, number>;
  let findings = 0;
  for (const app of assessment.applications) {
    byLevel[app.restrictionLevel] += 1;
    for (const f of app.findings) {
      bySeverity[f.severity] += 1;
      byCode[f.code] += 1;
      findings += 1;
    }
  }
  return { applications: assessment.applications.length, findings, bySeverity, byLevel, byCode };
}

export function hasCriticalFinding(assessment: Pick<InventoryAssessment, 'applications'>): boolean {
  return assessment.applications.some((a) => a.findings.some((f) => f.severity === 'critical'));
}

/** SPEC §3 `assess` output, exactly. */
export interface AssessOutput {
  applications: {
    name: string;
    restrictionLevel: RestrictionLevel;
    recommendedFailmode: RecommendedFailmode;
    configuredFailmode: ConfiguredFailmode;
    bypassAllowedGroups: string[];
    bypassForbiddenGroups: string[];
    findings: {
      code: FindingCode;
      severity: Severity;
      message: string;
      groups: string[];
      relatedApplications: string[];
    }[];
  }[];
}

type AssessOutputApplication = AssessOutput['applications'][number];

/**
 * One application of the SPEC §3 shape. `message` is findingMessage (the fix stays out: it is long for
 * some codes and the report and the UI show it separately; BYPASS_GROUP_SPANS_APPS names its fix in
 * the message itself, as SPEC §2.4 asks).
 */
export function toAssessOutputApplication(a: ApplicationAssessment, lang: Lang): AssessOutputApplication {
  return {
    name: a.name,
    restrictionLevel: a.restrictionLevel,
    recommendedFailmode: a.recommendedFailmode,
    configuredFailmode: a.configuredFailmode,
    bypassAllowedGroups: a.bypassAllowedGroups,
    bypassForbiddenGroups: a.bypassForbiddenGroups,
    findings: a.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: findingMessage(f, lang),
      groups: f.groups,
      relatedApplications: f.relatedApplications,
    })),
  };
}

/** The SPEC §3 JSON shape, exactly (in `lang`). */
export function toAssessOutput(assessment: Pick<InventoryAssessment, 'applications'>, lang: Lang): AssessOutput {
  return { applications: assessment.applications.map((a) => toAssessOutputApplication(a, lang)) };
}

// Serialising: relatedApplications arrays are shared between findings about the same group, so their
// JSON text is computed once per array.
const relatedJsonCache = new WeakMap<readonly string[], string>();
function jsonNames(names: readonly string[]): string {
  if (names.length === 0) return '[]';
  let json = relatedJsonCache.get(names);
  if (json === undefined) {
    json = JSON.stringify(names);
    relatedJsonCache.set(names, json);
  }
  return json;
}

/** JSON.stringify(toAssessOutputApplication(a, lang)), built without the intermediate objects. */
export function assessOutputApplicationJson(a: ApplicationAssessment, lang: Lang): string {
  let findings = '';
  for (const f of a.findings) {
    findings +=
      `${findings === '' ? '' : ','}{"code":"${f.code}","severity":"${f.severity}","message":${JSON.stringify(findingMessage(f, lang))}` +
      `,"groups":${JSON.stringify(f.groups)},"relatedApplications":${jsonNames(f.relatedApplications)}}`;
  }
  return (
    `{"name":${JSON.stringify(a.name)},"restrictionLevel":"${a.restrictionLevel}","recommendedFailmode":"${a.recommendedFailmode}"` +
    `,"configuredFailmode":"${a.configuredFailmode}","bypassAllowedGroups":${JSON.stringify(a.bypassAllowedGroups)}` +
    `,"bypassForbiddenGroups":${JSON.stringify(a.bypassForbiddenGroups)},"findings":[${findings}]}`
  );
}

/**
 * Writes the SPEC §3 JSON for a stream of assessments in chunks of about `chunkSize` characters:
 * one application per line, so the output is valid JSON, diff- and grep-friendly, and large
 * inventories never need the whole document in memory. Returns whether a critical finding was seen.
 */
export function writeAssessOutputJson(
  applications: Iterable<ApplicationAssessment>,
  lang: Lang,
  write: (chunk: string) => void,
  chunkSize = 1 << 20,
): { critical: boolean; applications: number } {
  let critical = false;
  let count = 0;
  let buf = '{"applications":[';
  for (const a of applications) {
    if (!critical) critical = a.findings.some((f) => f.severity === 'critical');
    buf += `${count === 0 ? '\n' : ',\n'}${assessOutputApplicationJson(a, lang)}`;
    count++;
    if (buf.length >= chunkSize) {
      write(buf);
      buf = '';
    }
  }
  write(`${buf}${count === 0 ? '' : '\n'}]}\n`);
  return { critical, applications: count };
}
