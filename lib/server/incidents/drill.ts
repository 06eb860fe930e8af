import 'server-only';
import { incidentFollowUps } from '../../incident/report';
import type { Lang } from '../../domain/types';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';
import { recordDrill } from '../drills';
import { AppError } from '../errors';
import { getInventorySnapshot } from '../inventory/snapshot';
import { assertCan, type Actor } from '../permissions';
import { incidentExposure } from './report';
import { eventOf, loadIncidentRow, toIncidentView } from './shared';

const FOLLOW_UP_DAYS = 30;

/**
 * Turns a closed incident into a drill record (kind "live"): a real incident counts as a tested plan
 * on the dashboard. Per affected application: passed when all its first-response steps were ticked,
 * partial otherwise; the report's follow-ups become the drill's, owned by whoever closed it. Once only.
 */
export async function incidentToDrill({
  actor,
  id,
  lang,
  now = new Date(),
}: {
  actor: Actor | null;
  id: string;
  lang?: Lang;
  now?: Date;
}): Promise<{ drillId: string }> {
  assertCan(actor, 'incident:write');
  assertCan(actor, 'inventory:write');
  const db = await getDb();
  const claim = `pending:${now.getTime()}`;
  const row = await loadIncidentRow(db, id);
  if (row.state !== 'closed') throw new AppError('CONFLICT', 'Close the incident first: only a closed incident becomes a drill record.');
  if (row.drillId && !row.drillId.startsWith('pending:'))
    throw new AppError('ALREADY_EXISTS', 'This incident is already recorded as a drill.');
  // Claim the incident (one statement) so that two clicks cannot make two drills.
  const claimed = await withWriteLock(() =>
    db.incident.updateMany({ where: { id, state: 'closed', drillId: null }, data: { drillId: claim } }),
  );
  if (claimed.count === 0) throw new AppError('ALREADY_EXISTS', 'This incident is already recorded as a drill (or being recorded).');
  try {
    const snap = await getInventorySnapshot();
    const language = lang ?? snap.policy.defaultLanguage;
    const view = toIncidentView(row, snap, language, now);
    const participants = [...new Set([view.declaredBy, ...view.timeline.map((e) => e.actor)])].join(', ');
    const outcomes = view.applications
      .filter((a) => snap.appById.has(a.id))
      .map((a) => {
        const steps = view.items.filter((i) => i.kind === 'step' && i.applicationId === a.id);
        return {
          application: snap.appById.get(a.id)!.name,
          result: steps.every((s) => s.done) ? ('passed' as const) : ('partial' as const),
        };
      });
    const due = new Date((row.closedAt ?? now).getTime() + FOLLOW_UP_DAYS * 86_400_000).toISOString().slice(0, 10);
    const followUps = incidentFollowUps(view, language, incidentExposure(view, snap, now)).map((title) => ({
      title: title.length > 300 ? `${title.slice(0, 297)}...` : title,
      owner: (row.closedBy ?? actor.email).slice(0, 120),
      dueDate: due,
    }));
    const { id: drillId } = await recordDrill({
      actor,
      input: {
        date: row.startedAt.toISOString().slice(0, 10),
        kind: 'live',
        scenario: row.scenario,
        participants: participants.slice(0, 1000),
        notes: `${view.title} (incident ${row.id})`.slice(0, 4000),
        outcomes,
        followUps,
      },
    });
    await withWriteLock(() =>
      db.$transaction([
        db.incident.update({ where: { id, drillId: claim }, data: { drillId, version: { increment: 1 } } }),
        db.incidentEvent.create({ data: eventOf(id, actor, 'drill.created', { drillId }, now) }),
      ]),
    );
    return { drillId };
  } catch (e) {
    await withWriteLock(() => db.incident.updateMany({ where: { id, drillId: claim }, data: { drillId: null } }));
    throw e;
  }
}
