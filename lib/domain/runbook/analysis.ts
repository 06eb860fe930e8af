// Inventory-wide facts a runbook needs: what a Duo outage (or a firewall block of Duo) does to each
// application, where a bypass group also has access, and which Auth Proxy applications Primary Only
// Mode would open too. Pure functions over the engine's output.
import type { ApplicationAssessment, Finding } from '../assess';
import { compareNames, groupKey } from '../assess';
import { CATALOG } from '../catalog';
import { behindEgress } from '../effects';
import type { ApplicationInput, RestrictionLevel } from '../types';
import type {
  AffectedApplication,
  FirewallBlastRadius,
  GroupReach,
  RunbookInventory,
  UnreachableBehaviour,
  UnreachableOutcome,
} from './types';

const byName = (a: { name: string }, b: { name: string }): number => compareNames(a.name, b.name);

function outcomeOfDefault(d: 'safe' | 'secure' | 'n/a'): UnreachableOutcome {
  return d === 'safe' ? 'opens' : d === 'secure' ? 'closes' : 'unknown';
}

/**
 * What happens when Duo is unreachable (failmode invoked), guide p.6 and p.8–10:
 * - no failmode control (DNG, Azure CA, Duo SSO, LastPass, Okta, …): the catalog's fixed behaviour;
 * - safe / secure recorded: that;
 * - none / unknown recorded: the integration's default (absent key = safe for the Auth Proxy and Duo
 *   Unix; WebSDK without handling = secure), marked basis 'default'.
 */
export function unreachableBehaviour(app: Pick<ApplicationInput, 'integration' | 'configuredFailmode'>): UnreachableBehaviour {
  const entry = CATALOG[app.integration];
  if (entry.failmodeControl === 'none') return { outcome: outcomeOfDefault(entry.defaultWhenUnreachable), basis: 'fixed' };
  if (app.configuredFailmode === 'safe') return { outcome: 'opens', basis: 'configured' };
  if (app.configuredFailmode === 'secure') return { outcome: 'closes', basis: 'configured' };
  return { outcome: outcomeOfDefault(entry.defaultWhenUnreachable), basis: 'default' };
}

/** Assessments by application name (first one wins; names are unique in a valid inventory). */
export function indexAssessments(assessments: readonly ApplicationAssessment[]): Map<string, ApplicationAssessment> {
  const out = new Map<string, ApplicationAssessment>();
  for (const a of assessments) if (!out.has(a.name)) out.set(a.name, a);
  return out;
}

function levelOf(app: ApplicationInput, index: Map<string, ApplicationAssessment>): RestrictionLevel {
  return index.get(app.name)?.restrictionLevel ?? 'less-restrictive';
}

/**
 * Blast radius of blocking *.duo.com and *.duosecurity.com on TCP 443 (guide p.8): failmode is invoked
 * for every application behind that egress; cloud-to-cloud integrations (catalog duoCalledFrom) are not. Fail safe (configured or by default) opens, fail secure and
 * fail-closed integrations close. `excludeName` leaves the runbook's own application out.
 */
export function firewallBlastRadius(inventory: RunbookInventory, excludeName?: string): FirewallBlastRadius {
  const index = indexAssessments(inventory.assessments);
  const out: FirewallBlastRadius = { opens: [], closes: [], unknown: [], cloud: [] };
  const seen = new Set<string>();
  for (const app of inventory.applications) {
    if (app.name === excludeName || seen.has(app.name)) continue;
    seen.add(app.name);
    const behaviour = unreachableBehaviour(app);
    const item: AffectedApplication = {
      name: app.name,
      integration: app.integration,
      restrictionLevel: levelOf(app, index),
      behaviour,
    };
    if (!behindEgress(app)) out.cloud.push(item);
    else out[behaviour.outcome === 'opens' ? 'opens' : behaviour.outcome === 'closes' ? 'closes' : 'unknown'].push(item);
  }
  out.cloud.sort(byName);
  out.opens.sort(byName);
  out.closes.sort(byName);
  out.unknown.sort(byName);
  return out;
}

/**
 * For each group, the other applications it has access to (bypass status skips 2FA in every one of
 * them, guide p.3 footnote), with the engine's BYPASS_GROUP_SPANS_APPS finding for that group.
 */
export function bypassReach(
  groups: readonly string[],
  appName: string,
  inventory: RunbookInventory,
  findings: readonly Finding[],
): GroupReach[] {
  const index = indexAssessments(inventory.assessments);
  const wanted = new Set(groups.map(groupKey));
  const reach = new Map<string, Map<string, RestrictionLevel>>();
  for (const app of inventory.applications) {
    if (app.name === appName) continue;
    for (const g of app.groups) {
      const key = groupKey(g);
      if (!wanted.has(key)) continue;
      let apps = reach.get(key);
      if (!apps) reach.set(key, (apps = new Map()));
      apps.set(app.name, levelOf(app, index));
    }
  }
  return groups.map((group) => {
    const key = groupKey(group);
    const apps = reach.get(key) ?? new Map<string, RestrictionLevel>();
    const spansFinding = findings.find((f) => f.code === 'BYPASS_GROUP_SPANS_APPS' && f.groups.some((g) => groupKey(g) === key)) ?? null;
    return {
      group,
      otherApplications: [...apps].map(([name, restrictionLevel]) => ({ name, restrictionLevel })).sort(byName),
      spansFinding,
    };
  });
}

/**
 * Other Auth Proxy applications (RADIUS/LDAP) that fail safe: Primary Only Mode bypasses every section
 * with failmode=safe on the proxy server it runs on, so these open too if they share that server.
 */
export function primaryOnlyNeighbours(inventory: RunbookInventory, appName: string): string[] {
  const names = new Set<string>();
  for (const app of inventory.applications) {
    if (app.name === appName) continue;
    if (!CATALOG[app.integration].primaryOnlyMode) continue;
    if (unreachableBehaviour(app).outcome === 'opens') names.add(app.name);
  }
  return [...names].sort(compareNames);
}

/** Primary Only Mode applies: Auth Proxy RADIUS/LDAP section recorded as failing safe (guide p.7, SPEC §2.5). */
export function primaryOnlyApplies(app: Pick<ApplicationInput, 'integration' | 'configuredFailmode'>): boolean {
  return CATALOG[app.integration].primaryOnlyMode && app.configuredFailmode === 'safe';
}
