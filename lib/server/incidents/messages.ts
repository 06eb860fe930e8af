import 'server-only';
import type { Lang } from '../../domain/types';
import { incidentMessageSchema } from '../../validations/incident';
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';
import { AppError } from '../errors';
import { parseOrThrow } from '../inventory/shared';
import { assertCan, type Actor } from '../permissions';
import { assertOpen, bumpIncident, eventOf, incidentView, loadIncidentRow, type IncidentView } from './shared';

/** Records that the end-user message of an affected application was sent (the messaging timer's record). */
export async function recordMessageSent({
  actor,
  id,
  input,
  lang = 'en',
  now = new Date(),
}: {
  actor: Actor | null;
  id: string;
  input: unknown;
  lang?: Lang;
  now?: Date;
}): Promise<IncidentView> {
  assertCan(actor, 'incident:write');
  const m = parseOrThrow(incidentMessageSchema, input, 'message record');
  const db = await getDb();
  await withWriteLock(async () => {
    const row = await loadIncidentRow(db, id);
    assertOpen(row);
    const affected = JSON.parse(row.affected) as { id: string; name: string }[];
    const app = affected.find((a) => a.id === m.applicationId);
    if (!app)
      throw new AppError('VALIDATION_FAILED', 'The message record is not valid. applicationId: not an application of this incident', [
        { path: 'applicationId', message: 'Not an application of this incident' },
      ]);
    await db.$transaction([
      db.incidentEvent.create({
        data: eventOf(id, actor, 'message.sent', { applicationId: app.id, application: app.name, channel: m.channel ?? null }, now),
      }),
      bumpIncident(db, id),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'incident.message',
          entity: 'incident',
          entityId: id,
          after: { applicationId: app.id, channel: m.channel ?? null },
        }),
      }),
    ]);
  });
  return incidentView(id, lang);
}
