import 'server-only';
import { failmodeSettingOf, hasNoFailmodeControl } from '../domain/assess';
import { getCatalogEntry } from '../domain/catalog';
import {
  CONFIGURED_FAILMODES,
  RESTRICTION_LEVELS,
  REVIEW_STATES,
  type ConfiguredFailmode,
  type RestrictionLevel,
  type ReviewState,
} from '../domain/types';
import { getDb } from './db/client';
import { lastDrilledByApp } from './drills';
import { getInventorySnapshot, reviewStatusOf } from './inventory/snapshot';
import { assertCan, type Actor } from './permissions';

const YEAR = 365 * 86_400_000;

/**
 * Lists on the dashboard show this many entries and say how many there are in all, with a link to
 * the inventory filtered to the rest: at 2,000 applications the full lists made the home page 1.3 MB.
 */
export const DASHBOARD_LIST_LIMIT = 10;

const capped = <T>(items: T[]) => ({ items: items.slice(0, DASHBOARD_LIST_LIMIT), total: items.length });

/**
 * Readiness: the share of applications that are ready for an outage today, where ready means all
 * three of: an approved review that is neither stale nor expired; no critical finding; a known
 * failmode (failmodeSettingOf: safe/secure, or an integration that has no failmode control).
 */
export async function getDashboard({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  const db = await getDb();
  const [drilled, lastDrill, openFollowUps] = await Promise.all([
    lastDrilledByApp(),
    db.drill.findFirst({ orderBy: [{ date: 'desc' }, { createdAt: 'desc' }] }),
    db.followUp.count({ where: { done: false } }),
  ]);
  const byLevel = Object.fromEntries(RESTRICTION_LEVELS.map((l) => [l, 0])) as Record<RestrictionLevel, number>;
  const byFailmode = Object.fromEntries(CONFIGURED_FAILMODES.map((f) => [f, 0])) as Record<ConfiguredFailmode, number>;
  const byReview = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  let ready = 0;
  let criticalFindings = 0;
  const noControl: { id: string; name: string }[] = [];
  const notDrilled: { id: string; name: string; last: string | null }[] = [];
  const critical: { id: string; name: string; code: string }[] = [];
  for (const a of snap.apps) {
    const x = snap.assessmentById.get(a.id)!;
    const review = reviewStatusOf(snap, a.id, now).state;
    byLevel[x.restrictionLevel]++;
    // One definition for the chart, the list and readiness: failmodeSettingOf (issue 18 item 4).
    const setting = failmodeSettingOf(a);
    byFailmode[setting]++;
    byReview[review]++;
    const crit = x.findings.filter((f) => f.severity === 'critical');
    criticalFindings += crit.length;
    for (const f of crit) critical.push({ id: a.id, name: a.name, code: f.code });
    if (setting === 'none') noControl.push({ id: a.id, name: a.name });
    const knownFailmode = setting !== 'unknown';
    if (review === 'approved' && crit.length === 0 && knownFailmode) ready++;
    const last = drilled.get(a.id);
    if (!last || now.getTime() - last.getTime() > YEAR)
      notDrilled.push({ id: a.id, name: a.name, last: last ? last.toISOString().slice(0, 10) : null });
  }
  const total = snap.apps.length;
  return {
    total,
    ready,
    readiness: total ? Math.round((ready / total) * 100) : 0,
    byLevel,
    byFailmode,
    byReview,
    reviewIntervalDays: snap.policy.reviewIntervalDays,
    criticalFindings,
    critical: capped(critical),
    reviewsDue: byReview.unreviewed + byReview.stale + byReview.expired + byReview.rejected,
    noControl: capped(noControl),
    /** The integrations without a failmode setting that the inventory has: the filter behind "show all". */
    noControlIntegrations: [...new Set(snap.apps.map((a) => a.integration))].filter((i) => hasNoFailmodeControl(getCatalogEntry(i))).sort(),
    notDrilled: capped(notDrilled),
    lastDrill: lastDrill ? { date: lastDrill.date.toISOString().slice(0, 10), scenario: lastDrill.scenario, kind: lastDrill.kind } : null,
    openFollowUps,
  };
}
