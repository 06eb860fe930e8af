// Outage simulation (SPEC §2.9, `POST /api/v1/simulations`): for a scenario of the guide and a set of
// emergency actions, the outcome per application and group, and the findings the actions create.
// Pure and deterministic: no framework imports, no clock, no randomness. Outcomes and output order do
// not depend on the order of actions, applications or groups. Readings of the guide where it is
// silent: docs/decisions/0040-simulator.md.
import { assessInventory, compareNames, groupKey, indexGroups } from './assess';
import type { FindingParamValue } from './assess';
import { CATALOG } from './catalog';
import type { EffectContext, FailmodeResolution } from './effects';
import { actionOpens, baseOutcome, behindEgress, failmodeInvoked, resolveFailmode } from './effects';
import type { ApplicationInput, DataClass, GroupInput, IntegrationSlug, Severity } from './types';
import { SEVERITIES } from './types';
import {
  SIMULATION_ACTION_TYPES,
  PRIMARY_ONLY_MAX_MINUTES,
  SIMULATION_OUTCOMES,
  SIMULATION_REASONS,
  NO_GROUP,
  SIMULATION_FINDING_CODES,
  SIMULATION_FINDING_SEVERITY,
} from './simulator-types';
import type {
  SimulationScenario,
  SimulationActionType,
  SimulationOutcome,
  SimulationReason,
  SimulationResultRow,
  SimulationFindingCode,
  SimulationFinding,
  SimulationError,
  SimulationResult,
  SimulationInput,
} from './simulator-types';

export * from './simulator-types';

// ---------------------------------------------------------------------------------------------------
// Per-application facts: lib/domain/effects.ts is the single source of truth for what an action does.

export { resolveFailmode } from './effects';

interface SimGroup {
  key: string;
  name: string;
  alwaysRequireMfa: boolean;
  memberCount?: number;
}

interface SimApp {
  app: ApplicationInput;
  key: string;
  mostRestrictive: boolean;
  /** Data classes held that the policy says mandate 2FA (sorted). */
  mandatoryHeld: DataClass[];
  /** Groups with access, deduplicated case-insensitively, sorted by name. */
  groups: SimGroup[];
  failmode: FailmodeResolution;
  primaryOnlyCapable: boolean;
  noControl: boolean;
  /** A block of Duo at your egress invokes its failmode (not cloud-to-cloud). */
  behindEgress: boolean;
}

const appKey = (name: string): string => name.trim().toLowerCase();

function buildGroupTable(groups: readonly GroupInput[]): Map<string, SimGroup> {
  const index = indexGroups(groups);
  const out = new Map<string, SimGroup>();
  for (const [key, g] of index) out.set(key, { key, name: g.name, alwaysRequireMfa: g.alwaysRequireMfa });
  // memberCount of duplicate definitions (the schema rejects them): the largest, order-independently.
  for (const g of groups) {
    if (g.memberCount === undefined) continue;
    const sg = out.get(groupKey(g.name));
    if (sg && (sg.memberCount === undefined || g.memberCount > sg.memberCount)) sg.memberCount = g.memberCount;
  }
  return out;
}

function resolveGroups(app: ApplicationInput, table: Map<string, SimGroup>): SimGroup[] {
  const out = new Map<string, SimGroup>();
  for (const name of app.groups) {
    const key = groupKey(name);
    const known = table.get(key);
    const prev = out.get(key);
    if (known) out.set(key, known);
    // Not in the group table (the schema rejects that): a group without alwaysRequireMfa, as written.
    else if (!prev || compareNames(name, prev.name) < 0) out.set(key, { key, name, alwaysRequireMfa: false });
  }
  return [...out.values()].sort((a, b) => compareNames(a.name, b.name));
}

function buildApps(input: SimulationInput, table: Map<string, SimGroup>): SimApp[] {
  // The real rules engine places every application in the matrix.
  const assessment = assessInventory(
    { applications: input.applications, groups: input.groups },
    { mandatoryDataClasses: input.policy.mandatoryDataClasses },
  );
  const mandatory = new Set(input.policy.mandatoryDataClasses);
  return input.applications.map((app, i) => {
    const entry = CATALOG[app.integration];
    const level = assessment.applications[i]?.restrictionLevel ?? 'most-restrictive';
    return {
      app,
      key: appKey(app.name),
      mostRestrictive: level === 'most-restrictive',
      mandatoryHeld: [...new Set(app.dataClasses.filter((c) => mandatory.has(c)))].sort(),
      groups: resolveGroups(app, table),
      failmode: resolveFailmode(app),
      primaryOnlyCapable: entry.primaryOnlyMode,
      noControl: entry.failmodeControl === 'none',
      behindEgress: behindEgress(app),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Normalised actions (sets keyed by name: order and repetition of the actions do not matter)

interface Plan {
  scenario: SimulationScenario;
  firewall: boolean;
  paidEdition: boolean;
  bypassGroups: Map<string, SimGroup>;
  policyApps: Set<string>;
  /** app key → the largest number of minutes requested. */
  primaryOnly: Map<string, number>;
}

function normalise(
  input: SimulationInput,
  apps: readonly SimApp[],
  table: Map<string, SimGroup>,
): { plan: Plan; errors: SimulationError[] } {
  const appKeys = new Set(apps.map((a) => a.key));
  const knownGroups = new Map(table);
  for (const a of apps) for (const g of a.groups) if (!knownGroups.has(g.key)) knownGroups.set(g.key, g);

  const errors: SimulationError[] = [];
  const { scenario, actions } = input.request;
  const plan: Plan = {
    scenario,
    firewall: false,
    paidEdition: input.policy.paidEdition,
    bypassGroups: new Map(),
    policyApps: new Set(),
    primaryOnly: new Map(),
  };
  actions.forEach((action, i) => {
    switch (action.type) {
      case 'firewall-block':
        plan.firewall = true;
        return;
      case 'bypass-group': {
        const g = knownGroups.get(groupKey(action.group));
        if (!g) errors.push({ code: 'SIM_UNKNOWN_REFERENCE', path: ['actions', i, 'group'], kind: 'group', name: action.group });
        else plan.bypassGroups.set(g.key, g);
        return;
      }
      case 'policy-bypass':
      case 'primary-only': {
        const key = appKey(action.application);
        if (!appKeys.has(key)) {
          errors.push({
            code: 'SIM_UNKNOWN_REFERENCE',
            path: ['actions', i, 'application'],
            kind: 'application',
            name: action.application,
          });
        } else if (action.type === 'policy-bypass') plan.policyApps.add(key);
        else plan.primaryOnly.set(key, Math.max(plan.primaryOnly.get(key) ?? 0, action.minutes));
        return;
      }
    }
  });
  return { plan, errors };
}

// ---------------------------------------------------------------------------------------------------
// One cell: application × group

interface Cell {
  outcome: SimulationOutcome;
  reason: SimulationReason;
  /** Actions that each suffice to let this cell in without 2FA (effective ones only). */
  openers: SimulationActionType[];
  /** The cell's outcome under the scenario alone. */
  baseline: SimulationOutcome;
  changedBy: SimulationActionType[];
}

function ctxOf(plan: Plan, firewall = plan.firewall): EffectContext {
  return { scenario: plan.scenario, firewall, paidEdition: plan.paidEdition };
}

/** Failmode is invoked for this application (the scenario, or the firewall block at its egress). */
function invokedFor(a: SimApp, plan: Plan): boolean {
  return failmodeInvoked(a.app, ctxOf(plan));
}

function scenarioOutcome(a: SimApp, ctx: EffectContext): { outcome: SimulationOutcome; reason: SimulationReason } {
  const outcome = baseOutcome(a.app, ctx);
  if (failmodeInvoked(a.app, ctx)) return { outcome, reason: a.failmode.reason };
  // Degraded (failmode not invoked): a push under way times out whatever the failmode (SPEC §2.5).
  return { outcome, reason: ctx.scenario === 'auth-not-completing' ? 'authentication-not-completing' : 'other-method-available' };
}

/** Does an application-level Authentication Policy bypass take effect on this application? */
function policyEffective(a: SimApp, plan: Plan): boolean {
  return plan.policyApps.has(a.key) && actionOpens('policy-bypass', a.app, ctxOf(plan)) === null;
}

/** Does Primary Only Mode skip Duo for this application? Only Auth Proxy sections that fail safe. */
function primaryOnlyEffective(a: SimApp, plan: Plan): boolean {
  return plan.primaryOnly.has(a.key) && actionOpens('primary-only', a.app, ctxOf(plan)) === null;
}

/** Bypass status is read from Duo: it skips 2FA only while Duo answers (not when failmode is invoked). */
function bypassEffective(a: SimApp, g: SimGroup | null, plan: Plan): boolean {
  return g !== null && plan.bypassGroups.has(g.key) && actionOpens('bypass-group', a.app, ctxOf(plan)) === null;
}

function simulateCell(a: SimApp, g: SimGroup | null, plan: Plan): Cell {
  const baseline = scenarioOutcome(a, ctxOf(plan, false)).outcome;
  const base = scenarioOutcome(a, ctxOf(plan));
  const openers: SimulationActionType[] = [];
  // Fixed order (SIMULATION_ACTION_TYPES), never the order of the request.
  if (plan.firewall && actionOpens('firewall-block', a.app, ctxOf(plan, false)) === null) openers.push('firewall-block');
  if (primaryOnlyEffective(a, plan)) openers.push('primary-only');
  if (bypassEffective(a, g, plan)) openers.push('bypass-group');
  if (policyEffective(a, plan)) openers.push('policy-bypass');

  let outcome = base.outcome;
  let reason = base.reason;
  if (outcome !== 'allowed-without-2fa' && openers.length > 0) {
    outcome = 'allowed-without-2fa';
    reason = openers.includes('policy-bypass') ? 'policy-bypass' : openers.includes('primary-only') ? 'primary-only-mode' : 'bypass-group';
  }
  let changedBy: SimulationActionType[] = [];
  if (outcome !== baseline) changedBy = outcome === 'allowed-without-2fa' ? openers : ['firewall-block'];
  return { outcome, reason, openers, baseline, changedBy };
}

// ---------------------------------------------------------------------------------------------------
// Findings

const CODE_ORDER = new Map<SimulationFindingCode, number>(SIMULATION_FINDING_CODES.map((c, i) => [c, i]));
const SEVERITY_ORDER = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));

function stableJson(v: Record<string, FindingParamValue>): string {
  return JSON.stringify(
    Object.keys(v)
      .sort()
      .map((k) => [k, v[k]]),
  );
}

function compareNameLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareNames(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Findings order: severity (critical first), code, applications, groups, params. */
export function compareSimulationFindings(a: SimulationFinding, b: SimulationFinding): number {
  return (
    (SEVERITY_ORDER.get(a.severity) ?? 0) - (SEVERITY_ORDER.get(b.severity) ?? 0) ||
    (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0) ||
    compareNameLists(a.applications, b.applications) ||
    compareNameLists(a.groups, b.groups) ||
    (stableJson(a.params) < stableJson(b.params) ? -1 : stableJson(a.params) > stableJson(b.params) ? 1 : 0)
  );
}

const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort(compareNames);

function finding(
  code: SimulationFindingCode,
  applications: Iterable<string>,
  groups: Iterable<string>,
  params: Record<string, FindingParamValue>,
): SimulationFinding {
  return {
    code,
    severity: SIMULATION_FINDING_SEVERITY[code],
    applications: sorted(applications),
    groups: sorted([...groups].filter((g) => g !== NO_GROUP)),
    params,
  };
}

interface CellRecord {
  a: SimApp;
  g: SimGroup | null;
  cell: Cell;
}

function buildFindings(apps: readonly SimApp[], plan: Plan, cells: readonly CellRecord[]): SimulationFinding[] {
  const out: SimulationFinding[] = [];
  const groupNames = (list: readonly SimApp[]): string[] => list.flatMap((a) => a.groups.map((g) => g.name));
  const appsByKey = new Map<string, SimApp[]>();
  for (const a of apps) appsByKey.set(a.key, [...(appsByKey.get(a.key) ?? []), a]);
  const sortedKeys = <V>(m: Map<string, V>): string[] => [...m.keys()].sort();

  // Firewall block: every application behind the egress falls into its failmode.
  if (plan.firewall && apps.length > 0) {
    // Cloud-to-cloud integrations are not behind your egress: the block invokes no failmode there.
    const opened = apps.filter((a) => a.behindEgress && a.failmode.mode === 'safe');
    const closed = apps.filter((a) => a.behindEgress && a.failmode.mode === 'secure');
    out.push(
      finding(
        'SIM_FIREWALL_BLAST_RADIUS',
        apps.map((a) => a.app.name),
        groupNames(opened),
        {
          opened: sorted(opened.map((a) => a.app.name)),
          closed: sorted(closed.map((a) => a.app.name)),
        },
      ),
    );
    const mandatory = opened.filter((a) => a.mostRestrictive);
    if (mandatory.length > 0) {
      out.push(
        finding(
          'SIM_FIREWALL_OPENS_MANDATORY_DATA',
          mandatory.map((a) => a.app.name),
          groupNames(mandatory),
          {
            count: new Set(mandatory.map((a) => a.app.name)).size,
            dataClasses: [...new Set(mandatory.flatMap((a) => a.mandatoryHeld))].sort(),
          },
        ),
      );
    }
  }

  // Bypass groups: bypass status skips 2FA in every application the group can reach (guide p.3).
  for (const key of sortedKeys(plan.bypassGroups)) {
    const g = plan.bypassGroups.get(key)!;
    const reach = apps.filter((a) => a.groups.some((x) => x.key === key));
    const most = reach.filter((a) => a.mostRestrictive);
    if (reach.length === 0) {
      out.push(finding('SIM_ACTION_NO_EFFECT', [], [g.name], { action: 'bypass-group', reason: 'group-has-no-access', group: g.name }));
    } else if (reach.every((a) => invokedFor(a, plan))) {
      out.push(finding('SIM_ACTION_NO_EFFECT', [], [g.name], { action: 'bypass-group', reason: 'duo-unreachable', group: g.name }));
    }
    if (most.length > 0 || g.alwaysRequireMfa) {
      out.push(
        finding(
          'SIM_BYPASS_REACHES_MOST_RESTRICTIVE',
          (g.alwaysRequireMfa ? reach : most).map((a) => a.app.name),
          [g.name],
          {
            group: g.name,
            alwaysRequireMfa: g.alwaysRequireMfa,
            mostRestrictive: sorted(most.map((a) => a.app.name)),
            reach: sorted(reach.map((a) => a.app.name)),
            effective: reach.some((a) => !invokedFor(a, plan)),
          },
        ),
      );
    }
  }

  // Application-level Authentication Policy bypass.
  for (const key of [...plan.policyApps].sort()) {
    for (const a of appsByKey.get(key) ?? []) {
      const name = a.app.name;
      const why = actionOpens('policy-bypass', a.app, ctxOf(plan));
      if (why === 'not-paid-edition') out.push(finding('SIM_POLICY_BYPASS_UNAVAILABLE', [name], [], { application: name }));
      else if (why !== null) {
        out.push(
          finding('SIM_ACTION_NO_EFFECT', [name], [], {
            action: 'policy-bypass',
            reason: why,
            application: name,
            integration: a.app.integration,
          }),
        );
      }
      if (a.mostRestrictive) {
        out.push(
          finding(
            'SIM_POLICY_BYPASS_ON_MOST_RESTRICTIVE',
            [name],
            a.groups.map((g) => g.name),
            {
              application: name,
              dataClasses: a.mandatoryHeld,
              mfaMandate: a.app.mfaMandate,
              effective: policyEffective(a, plan),
            },
          ),
        );
      }
    }
  }

  // Auth Proxy Primary Only Mode.
  for (const key of sortedKeys(plan.primaryOnly)) {
    const minutes = plan.primaryOnly.get(key)!;
    for (const a of appsByKey.get(key) ?? []) {
      const name = a.app.name;
      if (minutes > PRIMARY_ONLY_MAX_MINUTES) {
        out.push(finding('SIM_PRIMARY_ONLY_TOO_LONG', [name], [], { application: name, minutes, max: PRIMARY_ONLY_MAX_MINUTES }));
      }
      if (!a.primaryOnlyCapable) {
        out.push(
          finding('SIM_PRIMARY_ONLY_NOT_APPLICABLE', [name], [], {
            application: name,
            reason: 'not-auth-proxy',
            integration: a.app.integration,
          }),
        );
      } else if (a.failmode.mode === 'secure') {
        out.push(
          finding('SIM_PRIMARY_ONLY_NOT_APPLICABLE', [name], [], {
            application: name,
            reason: 'failmode-secure',
            integration: a.app.integration,
          }),
        );
      } else {
        // Primary Only Mode acts on the whole proxy server: every fail-safe RADIUS/LDAP section on it.
        const others = apps.filter((o) => o.key !== key && o.primaryOnlyCapable && o.failmode.mode === 'safe');
        if (others.length > 0) {
          out.push(
            finding('SIM_PRIMARY_ONLY_WHOLE_PROXY', [name, ...others.map((o) => o.app.name)], [], {
              application: name,
              others: sorted(others.map((o) => o.app.name)),
            }),
          );
        }
      }
    }
  }

  // The simulation had to assume a failmode that is not recorded.
  for (const a of apps) {
    if (a.failmode.assumed === null) continue;
    const primaryOnly = plan.primaryOnly.has(a.key) && a.primaryOnlyCapable;
    if (!invokedFor(a, plan) && !primaryOnly) continue;
    out.push(
      finding('SIM_FAILMODE_ASSUMED', [a.app.name], [], {
        application: a.app.name,
        integration: a.app.integration,
        assumed: a.failmode.mode,
        basis: a.failmode.assumed,
        configuredFailmode: a.app.configuredFailmode,
      }),
    );
  }

  // Safety net: an action lets users in without 2FA where 2FA is required without exception
  // (a most-restrictive application, or a group with alwaysRequireMfa), and no finding above names it.
  const net = new Map<SimulationActionType, { apps: string[]; groups: string[] }>();
  for (const { a, g, cell } of cells) {
    if (cell.outcome !== 'allowed-without-2fa' || cell.baseline === 'allowed-without-2fa') continue;
    if (!a.mostRestrictive && !(g?.alwaysRequireMfa ?? false)) continue;
    for (const action of cell.changedBy) {
      const covered =
        action === 'bypass-group' || // SIM_BYPASS_REACHES_MOST_RESTRICTIVE names every such cell
        ((action === 'firewall-block' || action === 'policy-bypass') && a.mostRestrictive);
      if (covered) continue;
      const entry = net.get(action) ?? { apps: [], groups: [] };
      entry.apps.push(a.app.name);
      if (g) entry.groups.push(g.name);
      net.set(action, entry);
    }
  }
  for (const action of SIMULATION_ACTION_TYPES) {
    const entry = net.get(action);
    if (entry) out.push(finding('SIM_REQUIRED_2FA_SKIPPED', entry.apps, entry.groups, { action }));
  }

  return out.sort(compareSimulationFindings);
}

// ---------------------------------------------------------------------------------------------------
// Entry point

const OUTCOME_ORDER = new Map<SimulationOutcome, number>(SIMULATION_OUTCOMES.map((o, i) => [o, i]));
const REASON_ORDER = new Map<SimulationReason, number>(SIMULATION_REASONS.map((r, i) => [r, i]));

function compareRows(a: SimulationResultRow, b: SimulationResultRow): number {
  return (
    compareNames(a.application, b.application) ||
    compareNames(a.group, b.group) ||
    (OUTCOME_ORDER.get(a.outcome) ?? 0) - (OUTCOME_ORDER.get(b.outcome) ?? 0) ||
    (REASON_ORDER.get(a.reason) ?? 0) - (REASON_ORDER.get(b.reason) ?? 0) ||
    (a.memberCount ?? -1) - (b.memberCount ?? -1) ||
    compareNameLists(a.changedBy ?? [], b.changedBy ?? [])
  );
}

/**
 * Simulates a scenario with emergency actions over the inventory. Never throws on schema-valid input.
 * An action naming an unknown application or group yields `errors` (and no results or findings).
 */
export function simulate(input: SimulationInput): SimulationResult {
  const table = buildGroupTable(input.groups);
  const apps = buildApps(input, table);
  const { plan, errors } = normalise(input, apps, table);
  if (errors.length > 0) return { scenario: input.request.scenario, results: [], findings: [], errors };

  const cells: CellRecord[] = [];
  const results: SimulationResultRow[] = [];
  for (const a of apps) {
    const targets: (SimGroup | null)[] = a.groups.length > 0 ? a.groups : [null];
    for (const g of targets) {
      const cell = simulateCell(a, g, plan);
      cells.push({ a, g, cell });
      const row: SimulationResultRow = { application: a.app.name, group: g?.name ?? NO_GROUP, outcome: cell.outcome, reason: cell.reason };
      if (g?.memberCount !== undefined) row.memberCount = g.memberCount;
      if (cell.changedBy.length > 0) row.changedBy = cell.changedBy;
      results.push(row);
    }
  }
  results.sort(compareRows);
  return { scenario: plan.scenario, results, findings: buildFindings(apps, plan, cells) };
}

// ---------------------------------------------------------------------------------------------------
// Summaries

export interface SimulationSummary {
  rows: number;
  applications: number;
  /** Rows per outcome. */
  byOutcome: Record<SimulationOutcome, number>;
  /** Applications with at least one row of that outcome. */
  applicationsByOutcome: Record<SimulationOutcome, number>;
  findingsBySeverity: Record<Severity, number>;
}

const zeroOutcomes = (): Record<SimulationOutcome, number> => ({
  'allowed-without-2fa': 0,
  denied: 0,
  '2fa-with-other-method': 0,
  unaffected: 0,
});

export function simulationSummary(result: Pick<SimulationResult, 'results' | 'findings'>): SimulationSummary {
  const byOutcome = zeroOutcomes();
  const applicationsByOutcome = zeroOutcomes();
  const appOutcomes = new Map<string, Set<SimulationOutcome>>();
  for (const r of result.results) {
    byOutcome[r.outcome] += 1;
    const set = appOutcomes.get(r.application) ?? new Set<SimulationOutcome>();
    set.add(r.outcome);
    appOutcomes.set(r.application, set);
  }
  for (const set of appOutcomes.values()) for (const o of set) applicationsByOutcome[o] += 1;
  const findingsBySeverity: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of result.findings) findingsBySeverity[f.severity] += 1;
  return { rows: result.results.length, applications: appOutcomes.size, byOutcome, applicationsByOutcome, findingsBySeverity };
}

/**
 * Where a group's people land in the page's totals: each group once, in the first category that
 * applies (issue 18 item 3: a group allowed without 2FA in one application and denied in another
 * used to count under both outcomes, so the totals exceeded the people who exist).
 */
export const PEOPLE_CATEGORIES = [
  /** At least one application lets them in without 2FA. */
  'allowed-without-2fa-somewhere',
  /** Every application they have access to denies them. */
  'denied-everywhere',
  /** Denied in some applications; in the others they still pass 2FA (or are unaffected). */
  'denied-somewhere',
  /** Never denied, never without 2FA: they complete 2FA with another method somewhere. */
  '2fa-with-other-method',
  /** Unaffected in every application. */
  'unaffected',
] as const;
export type PeopleCategory = (typeof PEOPLE_CATEGORIES)[number];

export interface PeopleEntry {
  /** Sum of the member counts of these groups. */
  users: number;
  /** The groups (sorted). */
  groups: string[];
  /** Those of them without a recorded memberCount (not in `users`). */
  groupsWithoutCount: string[];
}

export interface ApplicationPeople {
  application: string;
  /** Per outcome: the members of the groups with that outcome in this application (each group once). */
  byOutcome: Record<SimulationOutcome, number>;
  /** Groups with access but no recorded member count (not in the numbers). */
  groupsWithoutCount: number;
  /** The application lists no group: nobody can be counted. */
  noGroups: boolean;
}

export interface PeopleSummary {
  /** Each group with access once, in its first PEOPLE_CATEGORIES entry: the categories add up to `total`. */
  byCategory: Record<PeopleCategory, PeopleEntry>;
  /** Every group with access to at least one application. */
  total: PeopleEntry;
  /** Per application, in result order. */
  perApplication: ApplicationPeople[];
}

function categoryOf(outcomes: ReadonlySet<SimulationOutcome>): PeopleCategory {
  if (outcomes.has('allowed-without-2fa')) return 'allowed-without-2fa-somewhere';
  if (outcomes.has('denied')) return outcomes.size === 1 ? 'denied-everywhere' : 'denied-somewhere';
  if (outcomes.has('2fa-with-other-method')) return '2fa-with-other-method';
  return 'unaffected';
}

/**
 * People per outcome, by member counts. Per application each group counts once, under its outcome
 * there; across applications each group counts once, in the first PEOPLE_CATEGORIES entry that
 * applies, so the totals add up to the members of the groups with access. A person in two groups
 * counts once per group: member counts cannot be deduplicated.
 */
export function peopleSummary(result: Pick<SimulationResult, 'results'>, groups: readonly GroupInput[]): PeopleSummary {
  const table = buildGroupTable(groups);
  const outcomesOf = new Map<string, { name: string; count?: number; outcomes: Set<SimulationOutcome> }>();
  const perApp = new Map<string, ApplicationPeople>();
  for (const r of result.results) {
    let a = perApp.get(r.application);
    if (!a)
      perApp.set(r.application, (a = { application: r.application, byOutcome: zeroOutcomes(), groupsWithoutCount: 0, noGroups: false }));
    if (r.group === NO_GROUP) {
      a.noGroups = true;
      continue;
    }
    const key = groupKey(r.group);
    const known = table.get(key);
    const count = known?.memberCount ?? r.memberCount;
    if (count === undefined) a.groupsWithoutCount += 1;
    else a.byOutcome[r.outcome] += count;
    const g = outcomesOf.get(key) ?? outcomesOf.set(key, { name: known?.name ?? r.group, count, outcomes: new Set() }).get(key)!;
    g.outcomes.add(r.outcome);
  }
  const entry = (list: { name: string; count?: number }[]): PeopleEntry => ({
    users: list.reduce((sum, g) => sum + (g.count ?? 0), 0),
    groups: sorted(list.map((g) => g.name)),
    groupsWithoutCount: sorted(list.filter((g) => g.count === undefined).map((g) => g.name)),
  });
  const all = [...outcomesOf.values()];
  const byCategory = {} as Record<PeopleCategory, PeopleEntry>;
  for (const c of PEOPLE_CATEGORIES) byCategory[c] = entry(all.filter((g) => categoryOf(g.outcomes) === c));
  return { byCategory, total: entry(all), perApplication: [...perApp.values()] };
}

/** The integrations on which Primary Only Mode can run (catalog `primaryOnlyMode`). */
export const PRIMARY_ONLY_INTEGRATIONS: readonly IntegrationSlug[] = Object.values(CATALOG)
  .filter((e) => e.primaryOnlyMode)
  .map((e) => e.slug);

export {
  simulationActionName,
  simulationErrorMessage,
  simulationFindingMessage,
  simulationOutcomeName,
  simulationReasonText,
  simulationScenarioName,
  toSimulationResponse,
} from './simulator-messages';
