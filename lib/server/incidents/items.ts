import 'server-only';
import type { Lang } from '../../domain/types';
import { incidentItemPatchSchema } from '../../validations/incident';
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';
import { AppError } from '../errors';
import { parseOrThrow } from '../inventory/shared';
import { assertCan, type Actor } from '../permissions';
import { assertOpen, bumpIncident, eventOf, isRecordNotFound, type IncidentItemView } from './shared';

/**
 * Ticks (or un-ticks) a checklist or revert item. Optimistic: the update only matches the version the
 * client read (one statement), so of two concurrent ticks on the same item one gets 409; ticks on
 * different items never conflict.
 */
export async function updateIncidentItem({
  actor,
  id,
  itemId,
  input,
  lang = 'en',
  now = new Date(),
}: {
  actor: Actor | null;
  id: string;
  itemId: string;
  input: unknown;
  lang?: Lang;
  now?: Date;
}): Promise<IncidentItemView> {
  assertCan(actor, 'incident:write');
  const p = parseOrThrow(incidentItemPatchSchema, input, 'item change');
  const db = await getDb();
  return withWriteLock(async () => {
    const incident = await db.incident.findUnique({ where: { id }, select: { state: true } });
    if (!incident) throw new AppError('NOT_FOUND', 'No incident with this id.');
    const current = await db.incidentItem.findFirst({ where: { id: itemId, incidentId: id } });
    if (!current) throw new AppError('NOT_FOUND', 'No item with this id in this incident.');
    assertOpen(incident);
    const note = p.note === undefined ? current.note : p.note || null;
    const data = { done: p.done, note, doneBy: p.done ? actor.email : null, doneAt: p.done ? now : null, version: { increment: 1 } };
    try {
      const [updated] = await db.$transaction([
        db.incidentItem.update({ where: { id: itemId, version: p.version }, data }),
        db.incidentEvent.create({
          data: eventOf(id, actor, p.done ? 'item.done' : 'item.reopened', { itemId, kind: current.kind, text: current.textEn, note }, now),
        }),
        bumpIncident(db, id),
        db.auditLog.create({
          data: auditEntry({
            actor,
            action: 'incident.item',
            entity: 'incident',
            entityId: id,
            before: { itemId, done: current.done, note: current.note, version: current.version },
            after: { itemId, done: p.done, note },
          }),
        }),
      ]);
      return {
        id: updated.id,
        kind: updated.kind as IncidentItemView['kind'],
        ...(updated.applicationId ? { applicationId: updated.applicationId } : {}),
        ...(updated.actionId ? { actionId: updated.actionId } : {}),
        text: lang === 'de' ? updated.textDe : updated.textEn,
        done: updated.done,
        doneBy: updated.doneBy,
        doneAt: updated.doneAt?.toISOString() ?? null,
        note: updated.note,
        version: updated.version,
      };
    } catch (e) {
      if (!isRecordNotFound(e)) throw e;
      const by = current.doneBy ? ` by ${current.doneBy}` : '';
      throw new AppError(
        'CONFLICT',
        `This item was changed${by} after you read it (now version ${current.version}, you sent ${p.version}). Nothing was saved: reload and tick it again if needed.`,
      );
    }
  });
}
