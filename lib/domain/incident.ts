// Incident mode (issue 16): a live Duo outage run from the app. Pure: no framework imports, no clock
// (every function takes `now`). The simulator (simulator.ts, effects.ts) says which applications a
// scenario affects and what each emergency action opens; the runbook model's first-response card
// (runbook/model.ts firstResponseChecklist) gives the per-application checklist and the message;
// the runbook's revert texts give the revert items. docs/decisions/0090-incidents.md.
import type { ApplicationAssessment } from './assess';
import { compareNames } from './assess';
import { firstResponseChecklist } from './runbook/model';
import { runbookStrings } from './runbook/i18n';
import type { RunbookInput } from './runbook/types';
import {
  PRIMARY_ONLY_MAX_MINUTES,
  SIMULATION_SCENARIOS,
  simulate,
  type SimulationAction,
  type SimulationFinding,
  type SimulationOutcome,
  type SimulationResult,
  type SimulationScenario,
} from './simulator';
import type { ApplicationInput, Criticality, GroupInput, Lang, Policy, RestrictionLevel } from './types';
import { CRITICALITIES, RESTRICTION_LEVELS } from './types';

export const INCIDENT_SCENARIOS = SIMULATION_SCENARIOS;
export type IncidentScenario = SimulationScenario;
export const INCIDENT_STATES = ['open', 'closed'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];
export const INCIDENT_ITEM_KINDS = ['step', 'revert'] as const;
export type IncidentItemKind = (typeof INCIDENT_ITEM_KINDS)[number];

/** An affected application at declaration: the outcome of the scenario alone (no action taken). */
export interface IncidentApplication {
  id: string;
  name: string;
  outcome: SimulationOutcome;
  criticality: Criticality;
  restrictionLevel: RestrictionLevel;
}

export interface IncidentItemDraft {
  kind: IncidentItemKind;
  applicationId: string | null;
  text: Record<Lang, string>;
}

const CRIT_ORDER = new Map(CRITICALITIES.map((c, i) => [c, i]));
const LEVEL_ORDER = new Map(RESTRICTION_LEVELS.map((l, i) => [l, i]));
// Users locked out or let in without 2FA come before those who switch method.
const OUTCOME_ORDER: Record<SimulationOutcome, number> = { 'allowed-without-2fa': 0, denied: 1, '2fa-with-other-method': 2, unaffected: 3 };

/** Most critical first: criticality, then restriction level, then the outcome, then the name. */
export function compareIncidentApplications(a: IncidentApplication, b: IncidentApplication): number {
  return (
    CRIT_ORDER.get(a.criticality)! - CRIT_ORDER.get(b.criticality)! ||
    LEVEL_ORDER.get(a.restrictionLevel)! - LEVEL_ORDER.get(b.restrictionLevel)! ||
    OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] ||
    compareNames(a.name, b.name)
  );
}

type App = ApplicationInput & { id: string };

export interface IncidentInventory {
  applications: readonly App[];
  groups: readonly GroupInput[];
  assessments: readonly ApplicationAssessment[];
  policy: Pick<Policy, 'mandatoryDataClasses' | 'paidEdition'> & Partial<Policy>;
}

/**
 * The applications a scenario affects, with the simulator's outcome (every inventoried application
 * sends its logins through Duo: decision 0040), limited to `scope` (application names or ids,
 * case-insensitive) when given, most critical first.
 */
export function affectedApplications(inv: IncidentInventory, scenario: IncidentScenario, scope?: readonly string[]): IncidentApplication[] {
  const wanted = scope?.length ? new Set(scope.map((s) => s.trim().toLowerCase())) : null;
  const apps = wanted
    ? inv.applications.filter((a) => wanted.has(a.name.toLowerCase()) || wanted.has(a.id.toLowerCase()))
    : inv.applications;
  const sim = simulate({ applications: apps, groups: inv.groups, policy: inv.policy, request: { scenario, actions: [] } });
  const byName = new Map(inv.assessments.map((a) => [a.name, a]));
  const outcomeOf = new Map<string, SimulationOutcome>();
  for (const r of sim.results) if (!outcomeOf.has(r.application)) outcomeOf.set(r.application, r.outcome);
  return apps
    .filter((a) => byName.has(a.name) && outcomeOf.has(a.name))
    .map((a) => ({
      id: a.id,
      name: a.name,
      outcome: outcomeOf.get(a.name)!,
      criticality: a.criticality,
      restrictionLevel: byName.get(a.name)!.restrictionLevel,
    }))
    .sort(compareIncidentApplications);
}

/** The runbook input of one application (what the first-response card reads). */
export type ChecklistInputOf = (app: App, lang: Lang) => RunbookInput;

/** The step items of a new incident: per affected application (most critical first) its first-response card as a checklist. */
export function stepItems(
  affected: readonly IncidentApplication[],
  inv: IncidentInventory,
  scenario: IncidentScenario,
  inputOf: ChecklistInputOf,
): IncidentItemDraft[] {
  const byId = new Map(inv.applications.map((a) => [a.id, a]));
  const out: IncidentItemDraft[] = [];
  for (const a of affected) {
    const app = byId.get(a.id)!;
    const en = firstResponseChecklist(inputOf(app, 'en'), scenario).steps;
    const de = firstResponseChecklist(inputOf(app, 'de'), scenario).steps;
    en.forEach((text, i) => out.push({ kind: 'step', applicationId: a.id, text: { en: text, de: de[i] } }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Emergency actions

/** What an action taken during the incident opened, beyond what was open before it. */
export interface ActionEffectRecord {
  /** Simulator findings present with the action that were not there before it. */
  findings: SimulationFinding[];
  /** Application × group rows that now let users in without 2FA and did not before. */
  opened: { application: string; group: string; memberCount?: number }[];
}

const findingKey = (f: SimulationFinding) => `${f.code}|${f.applications.join(',')}|${f.groups.join(',')}|${JSON.stringify(f.params)}`;
const rowKey = (r: { application: string; group: string }) => `${r.application}\u0000${r.group}`;

export type ActionSimulation = { ok: true; effect: ActionEffectRecord; result: SimulationResult } | { ok: false; result: SimulationResult };

/**
 * Simulates `action` on top of the actions still in force (`active`) and returns what it adds. An
 * action naming an unknown application or group returns the simulator's errors.
 */
export function simulateAction(
  inv: IncidentInventory,
  scenario: IncidentScenario,
  active: readonly SimulationAction[],
  action: SimulationAction,
): ActionSimulation {
  const run = (actions: readonly SimulationAction[]) =>
    simulate({ applications: inv.applications, groups: inv.groups, policy: inv.policy, request: { scenario, actions } });
  const before = run(active);
  const after = run([...active, action]);
  if (after.errors?.length) {
    // Report the path of the new action as "actions.0" style paths relative to the body: the new one only.
    const own = after.errors.filter((e) => e.path[1] === active.length).map((e) => ({ ...e, path: e.path.slice(2) }));
    return { ok: false, result: { ...after, errors: own.length ? own : after.errors } };
  }
  const had = new Set(before.findings.map(findingKey));
  const wasOpen = new Set(before.results.filter((r) => r.outcome === 'allowed-without-2fa').map(rowKey));
  return {
    ok: true,
    result: after,
    effect: {
      findings: after.findings.filter((f) => !had.has(findingKey(f))),
      opened: after.results
        .filter((r) => r.outcome === 'allowed-without-2fa' && !wasOpen.has(rowKey(r)))
        .map((r) => ({
          application: r.application,
          group: r.group,
          ...(r.memberCount !== undefined ? { memberCount: r.memberCount } : {}),
        })),
    },
  };
}

/** Primary Only Mode stops the proxy after its minutes (Duo's proxy source, primary_only_manager.py). */
export function primaryOnlyEndsAt(takenAt: Date, minutes: number): Date {
  return new Date(takenAt.getTime() + Math.min(minutes, PRIMARY_ONLY_MAX_MINUTES) * 60_000);
}

/** The revert item an action adds (the runbook's revert checklist wording). */
export function revertText(action: SimulationAction): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of ['en', 'de'] as const) {
    const t = runbookStrings(lang);
    switch (action.type) {
      case 'bypass-group':
        out[lang] = t.revBypass(action.group);
        break;
      case 'policy-bypass':
        out[lang] = t.revPolicy(action.application);
        break;
      case 'primary-only':
        out[lang] = `${action.application}: ${t.revPrimary()}`;
        break;
      case 'firewall-block':
        out[lang] = t.revFirewall;
        break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Timers and closing

/** When users must be messaged at the latest: the policy's threshold after the start (default 20 minutes). */
export function messagingDeadline(startedAt: Date, thresholdMinutes: number): Date {
  return new Date(startedAt.getTime() + thresholdMinutes * 60_000);
}

/** Whole seconds from `now` until `at` (negative once passed). */
export function secondsUntil(at: Date, now: Date): number {
  return Math.floor((at.getTime() - now.getTime()) / 1000);
}

/** "mm:ss" or "h:mm:ss"; a passed moment is shown with a leading minus. */
export function formatCountdown(seconds: number): string {
  const neg = seconds < 0;
  const s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  const body = h ? `${h}:${mm}:${String(sec).padStart(2, '0')}` : `${mm}:${String(sec).padStart(2, '0')}`;
  return neg ? `-${body}` : body;
}

export interface ClosableItem {
  id: string;
  kind: IncidentItemKind;
  done: boolean;
}

export type CloseDecision =
  | { ok: true; overridden: boolean }
  | { ok: false; reason: 'revert-incomplete' | 'duo-bypass'; openItems: string[]; groupsInBypass: string[] };

/**
 * May the incident close? Every revert item must be done and Duo must list no group in bypass
 * (when a Duo connection exists); an admin may override with a written reason. Steps left open do
 * not block closing (they are reported).
 */
export function closeDecision(input: {
  items: readonly ClosableItem[];
  groupsInBypass: readonly string[];
  override: string | null;
  isAdmin: boolean;
}): CloseDecision {
  const openItems = input.items.filter((i) => i.kind === 'revert' && !i.done).map((i) => i.id);
  const blocked = openItems.length > 0 || input.groupsInBypass.length > 0;
  if (!blocked) return { ok: true, overridden: false };
  if (input.override && input.isAdmin) return { ok: true, overridden: true };
  return { ok: false, reason: openItems.length ? 'revert-incomplete' : 'duo-bypass', openItems, groupsInBypass: [...input.groupsInBypass] };
}

// ---------------------------------------------------------------------------------------------------
// Who was let in without 2FA, and for how long (the report)

export interface ExposureAction {
  id: string;
  type: SimulationAction['type'];
  takenAt: Date;
  expiresAt: Date | null;
  opened: ActionEffectRecord['opened'];
  /** When its revert item was ticked done (null: not reverted). */
  revertedAt: Date | null;
}

export interface ExposureRow {
  application: string;
  group: string;
  memberCount?: number;
  /** 'scenario' (failmode safe while Duo is unreachable) or the action type. */
  cause: 'scenario' | SimulationAction['type'];
  from: Date;
  to: Date;
  /** True when it was still open at `to` (incident open, or closed without the revert). */
  ongoing: boolean;
  minutes: number;
}

/**
 * Rows let in without 2FA: by the scenario itself from the start until the close (or now), and by
 * each action from when it was taken until its revert (Primary Only Mode: at most until the proxy stopped).
 */
export function exposure(input: {
  startedAt: Date;
  closedAt: Date | null;
  now: Date;
  scenarioRows: readonly { application: string; group: string; memberCount?: number; outcome: SimulationOutcome }[];
  actions: readonly ExposureAction[];
}): ExposureRow[] {
  const end = input.closedAt ?? input.now;
  const mins = (a: Date, b: Date) => Math.max(0, Math.round((b.getTime() - a.getTime()) / 60_000));
  const rows: ExposureRow[] = input.scenarioRows
    .filter((r) => r.outcome === 'allowed-without-2fa')
    .map((r) => ({
      application: r.application,
      group: r.group,
      ...(r.memberCount !== undefined ? { memberCount: r.memberCount } : {}),
      cause: 'scenario' as const,
      from: input.startedAt,
      to: end,
      ongoing: !input.closedAt,
      minutes: mins(input.startedAt, end),
    }));
  for (const a of input.actions) {
    let to = a.revertedAt ?? end;
    if (a.expiresAt && a.expiresAt < to) to = a.expiresAt;
    const ongoing = !a.revertedAt && !(a.expiresAt && a.expiresAt <= end);
    for (const o of a.opened) rows.push({ ...o, cause: a.type, from: a.takenAt, to, ongoing, minutes: mins(a.takenAt, to) });
  }
  return rows.sort(
    (x, y) => x.from.getTime() - y.from.getTime() || compareNames(x.application, y.application) || compareNames(x.group, y.group),
  );
}
