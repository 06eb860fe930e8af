// Findings from Duo's live state (issue 19). Pure: the caller passes the inventory, its assessment
// and the Duo state the last sync read (DuoState); nothing here talks to Duo or the database.
//
// Duo semantics used (Duo Admin API, https://duo.com/docs/adminapi): a group's `status` is Active,
// Bypass or Disabled; a user's `status` is active, bypass, disabled, locked out or pending deletion;
// bypass skips two-factor authentication for every application the user or group can reach. An
// integration's `groups_allowed` lists the groups permitted to authenticate with it — an empty list
// means every user may (no group restriction), so a bypass group reaches it too.
import { FINDING_SEVERITY, groupKey, sortNames, type ApplicationAssessment, type Finding } from './assess';
import type { FindingCode, IntegrationSlug, Severity } from './types';

export interface DuoIntegrationState {
  name: string;
  /** Duo's `type`. */
  type: string;
  /** The catalog slug of the type (importer's type table). */
  integration: IntegrationSlug;
  /** One-way fingerprint of the integration key (lib/parsers/common.ts ikeyFingerprint). */
  ikeyHash: string | null;
  /** Names of groups_allowed (IDs resolved through /admin/v1/groups); [] = every user. */
  groupsAllowed: string[];
}

export interface DuoGroupState {
  name: string;
  /** Lower-cased Duo status: "active", "bypass", "disabled", … */
  status: string;
  memberCount: number;
}

export interface DuoState {
  fetchedAt: string;
  integrations: DuoIntegrationState[];
  groups: DuoGroupState[];
  /** One entry per user with status "bypass": the names of that user's groups (no user names kept). */
  bypassUsers: { groups: string[] }[];
}

/** The inventory side the Duo findings read. */
export interface DuoFindingApp {
  name: string;
  groups: readonly string[];
  ikeyHash: string | null;
}

export const DUO_FINDING_CODES = [
  'GROUP_IN_BYPASS',
  'USERS_IN_BYPASS',
  'INTEGRATION_NOT_IN_INVENTORY',
  'APP_NOT_IN_DUO',
  'DUO_ACCESS_DRIFT',
] as const satisfies readonly FindingCode[];
export type DuoFindingCode = (typeof DUO_FINDING_CODES)[number];

export function isDuoFindingCode(code: string): code is DuoFindingCode {
  return (DUO_FINDING_CODES as readonly string[]).includes(code);
}

export interface DuoMatch {
  /** Inventory app name → the Duo integration it is (by ikey hash, else by name). */
  byApp: Map<string, DuoIntegrationState>;
  /** Duo integrations with no application in the inventory. */
  unmatched: DuoIntegrationState[];
}

export function matchIntegrations(apps: readonly DuoFindingApp[], state: DuoState): DuoMatch {
  const byIkey = new Map(state.integrations.filter((i) => i.ikeyHash).map((i) => [i.ikeyHash!, i]));
  const byName = new Map(state.integrations.map((i) => [i.name.trim().toLowerCase(), i]));
  const used = new Set<DuoIntegrationState>();
  const byApp = new Map<string, DuoIntegrationState>();
  for (const a of apps) {
    let m = a.ikeyHash ? byIkey.get(a.ikeyHash) : undefined;
    if (!m) {
      const n = byName.get(a.name.trim().toLowerCase());
      // A name match only when that integration is not someone else's by key.
      if (n && !used.has(n) && (!n.ikeyHash || !apps.some((o) => o !== a && o.ikeyHash === n.ikeyHash))) m = n;
    }
    if (m && !used.has(m)) {
      used.add(m);
      byApp.set(a.name, m);
    }
  }
  return { byApp, unmatched: state.integrations.filter((i) => !used.has(i)) };
}

const finding = (
  code: DuoFindingCode,
  severity: Severity,
  applicationName: string,
  groups: string[],
  related: string[],
  params: Finding['params'],
): Finding => ({
  code,
  severity,
  applicationName,
  groups: sortNames(groups),
  relatedApplications: sortNames(related),
  params,
});

export interface DuoFindings {
  /** Per inventory application name: its Duo findings. */
  byApplication: Map<string, Finding[]>;
  /** INTEGRATION_NOT_IN_INVENTORY: about Duo integrations, not inventory applications. */
  integrations: Finding[];
}

/**
 * The Duo findings. An application "reaches" a group when the inventory gives the group access, or
 * Duo's groups_allowed of the matched integration lists it, or that list is empty (every user).
 */
export function duoFindings(
  apps: readonly DuoFindingApp[],
  assessments: ReadonlyMap<string, Pick<ApplicationAssessment, 'restrictionLevel'>>,
  state: DuoState,
): DuoFindings {
  const match = matchIntegrations(apps, state);
  const byApplication = new Map<string, Finding[]>();
  const push = (f: Finding) =>
    (byApplication.get(f.applicationName) ?? byApplication.set(f.applicationName, []).get(f.applicationName)!).push(f);
  const groupName = new Map(state.groups.map((g) => [groupKey(g.name), g.name]));

  // Which groups reach which apps; which apps every user reaches.
  const reach = new Map<string, Set<string>>(); // group key → app names
  const everyone = new Set<string>();
  for (const a of apps) {
    const m = match.byApp.get(a.name);
    const keys = new Set(a.groups.map(groupKey));
    if (m) {
      if (m.groupsAllowed.length === 0) everyone.add(a.name);
      for (const g of m.groupsAllowed) keys.add(groupKey(g));
    }
    for (const k of keys) (reach.get(k) ?? reach.set(k, new Set()).get(k)!).add(a.name);
  }
  const isMost = (app: string) => assessments.get(app)?.restrictionLevel === 'most-restrictive';
  const appsOf = (k: string) => [...new Set([...(reach.get(k) ?? []), ...everyone])];

  // GROUP_IN_BYPASS: once per application the group reaches.
  for (const g of state.groups) {
    if (g.status !== 'bypass') continue;
    const reached = appsOf(groupKey(g.name));
    const critical = reached.some(isMost);
    for (const app of reached) {
      push(
        finding(
          'GROUP_IN_BYPASS',
          critical ? 'critical' : 'warning',
          app,
          [g.name],
          reached.filter((x) => x !== app),
          {
            group: g.name,
            memberCount: g.memberCount,
            reachesMostRestrictive: critical,
            mostRestrictive: sortNames(reached.filter(isMost)),
          },
        ),
      );
    }
  }

  // USERS_IN_BYPASS: per application, the users with bypass status who reach it.
  if (state.bypassUsers.length > 0) {
    for (const a of apps) {
      const keys = new Set([...a.groups.map(groupKey), ...(match.byApp.get(a.name)?.groupsAllowed ?? []).map(groupKey)]);
      const all = everyone.has(a.name);
      const users = state.bypassUsers.filter((u) => all || u.groups.some((g) => keys.has(groupKey(g))));
      if (users.length === 0) continue;
      const via = sortNames(
        new Set(users.flatMap((u) => u.groups.filter((g) => keys.has(groupKey(g))).map((g) => groupName.get(groupKey(g)) ?? g))),
      );
      push(finding('USERS_IN_BYPASS', isMost(a.name) ? 'critical' : 'warning', a.name, via, [], { count: users.length, allUsers: all }));
    }
  }

  // APP_NOT_IN_DUO / DUO_ACCESS_DRIFT.
  for (const a of apps) {
    const m = match.byApp.get(a.name);
    if (!m) {
      push(finding('APP_NOT_IN_DUO', FINDING_SEVERITY.APP_NOT_IN_DUO, a.name, [], [], { known: a.ikeyHash !== null }));
      continue;
    }
    const inv = new Map(a.groups.map((g) => [groupKey(g), g]));
    const duo = new Map(m.groupsAllowed.map((g) => [groupKey(g), g]));
    if (duo.size === 0) {
      if (inv.size > 0)
        push(
          finding('DUO_ACCESS_DRIFT', FINDING_SEVERITY.DUO_ACCESS_DRIFT, a.name, [...inv.values()], [], {
            allUsers: true,
            onlyInDuo: [],
            onlyInInventory: sortNames(inv.values()),
            duoName: m.name,
          }),
        );
      continue;
    }
    const onlyInDuo = [...duo.entries()].filter(([k]) => !inv.has(k)).map(([, v]) => v);
    const onlyInInventory = [...inv.entries()].filter(([k]) => !duo.has(k)).map(([, v]) => v);
    if (onlyInDuo.length || onlyInInventory.length) {
      push(
        finding('DUO_ACCESS_DRIFT', FINDING_SEVERITY.DUO_ACCESS_DRIFT, a.name, [...onlyInDuo, ...onlyInInventory], [], {
          allUsers: false,
          onlyInDuo: sortNames(onlyInDuo),
          onlyInInventory: sortNames(onlyInInventory),
          duoName: m.name,
        }),
      );
    }
  }

  const integrations = match.unmatched.map((i) =>
    finding('INTEGRATION_NOT_IN_INVENTORY', FINDING_SEVERITY.INTEGRATION_NOT_IN_INVENTORY, i.name, i.groupsAllowed, [], {
      type: i.type,
      integration: i.integration,
    }),
  );
  return { byApplication, integrations };
}

/** "Is any group still in bypass in Duo?" — the names, sorted. */
export function bypassGroupNames(state: DuoState | null): string[] {
  return state ? sortNames(state.groups.filter((g) => g.status === 'bypass').map((g) => g.name)) : [];
}

// ---------------------------------------------------------------------------------------------------
// Duo's status page (Statuspage summary.json): status.indicator none | minor | major | critical.

export type DuoServiceState = 'operational' | 'degraded' | 'outage' | 'unknown';

export function stateOfIndicator(indicator: unknown): DuoServiceState {
  switch (indicator) {
    case 'none':
      return 'operational';
    case 'minor':
      return 'degraded';
    case 'major':
    case 'critical':
      return 'outage';
    default:
      return 'unknown';
  }
}

/** Reads a Statuspage summary.json body: the state and the words it gives. */
export function parseStatusSummary(json: unknown): {
  state: DuoServiceState;
  indicator: string | null;
  description: string | null;
  incidents: string[];
} {
  if (!json || typeof json !== 'object') return { state: 'unknown', indicator: null, description: null, incidents: [] };
  const s = (json as { status?: { indicator?: unknown; description?: unknown } }).status;
  const indicator = typeof s?.indicator === 'string' ? s.indicator : null;
  const description = typeof s?.description === 'string' ? s.description.slice(0, 200) : null;
  const inc = (json as { incidents?: unknown }).incidents;
  const incidents = Array.isArray(inc)
    ? inc
        .map((i) =>
          i && typeof i === 'object' && typeof (i as { name?: unknown }).name === 'string'
            ? String((i as { name: string }).name).slice(0, 200)
            : null,
        )
        .filter((x): x is string => x !== null)
        .slice(0, 5)
    : [];
  return { state: stateOfIndicator(indicator), indicator, description, incidents };
}
