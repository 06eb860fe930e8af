import 'server-only';
import { closeDecision } from '../../domain/incident';
import type { Lang } from '../../domain/types';
import { incidentCloseSchema } from '../../validations/incident';
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';
import { AppError } from '../errors';
import { parseOrThrow } from '../inventory/shared';
import { assertCan, can, type Actor } from '../permissions';
import { duoBypassChecker, type DuoBypassChecker } from './duo-check';
import { assertOpen, eventOf, incidentView, isRecordNotFound, loadIncidentRow, type IncidentItemView, type IncidentView } from './shared';

/** 409 REVERT_INCOMPLETE: the body also lists the open revert items (and the groups Duo still has in bypass). */
export class RevertIncompleteError extends AppError {
  constructor(
    message: string,
    readonly items: IncidentItemView[],
    readonly groupsInBypass: string[],
  ) {
    super('REVERT_INCOMPLETE', message, [
      ...items.map((i) => ({ path: `items.${i.id}`, message: i.text })),
      ...groupsInBypass.map((g) => ({ path: 'duo.groupsInBypass', message: `Duo still lists the group "${g}" in bypass` })),
    ]);
  }
  override toJSON() {
    const base = super.toJSON();
    return { error: { ...base.error, items: this.items, groupsInBypass: this.groupsInBypass } };
  }
}

/**
 * Closes an incident once every revert item is done and (with a Duo connection) Duo lists no group
 * in bypass. An admin may override with a written reason, which the report shows.
 */
export async function closeIncident({
  actor,
  id,
  input,
  lang = 'en',
  now = new Date(),
  checkDuo = duoBypassChecker(),
}: {
  actor: Actor | null;
  id: string;
  input: unknown;
  lang?: Lang;
  now?: Date;
  checkDuo?: DuoBypassChecker;
}): Promise<IncidentView> {
  assertCan(actor, 'incident:write');
  const body = parseOrThrow(incidentCloseSchema, input ?? {}, 'close request');
  const override = body.override?.trim() || null;
  if (override && !can(actor, 'incident:override')) {
    throw new AppError(
      'FORBIDDEN',
      `Your role (${actor.role}) may not close an incident with open revert items: only an admin may override.`,
    );
  }
  const db = await getDb();
  const groupsInBypass = (await checkDuo({ actor })) ?? [];
  await withWriteLock(async () => {
    const row = await loadIncidentRow(db, id);
    assertOpen(row);
    const decision = closeDecision({
      items: row.items.map((i) => ({ id: i.id, kind: i.kind as 'step' | 'revert', done: i.done })),
      groupsInBypass,
      override,
      isAdmin: can(actor, 'incident:override'),
    });
    if (!decision.ok) {
      await db.$transaction([
        db.incidentEvent.create({
          data: eventOf(id, actor, 'close.refused', { openItems: decision.openItems, groupsInBypass: decision.groupsInBypass }, now),
        }),
        db.auditLog.create({
          data: auditEntry({
            actor,
            action: 'incident.close.refused',
            entity: 'incident',
            entityId: id,
            after: { openItems: decision.openItems, groupsInBypass },
          }),
        }),
      ]);
      const view = await incidentView(id, lang);
      const open = view.items.filter((i) => decision.openItems.includes(i.id));
      const msg =
        decision.reason === 'revert-incomplete'
          ? `The incident cannot close: ${open.length} revert item(s) are not done. Revert every temporary change first (an admin may override with a written reason).`
          : `The incident cannot close: Duo still lists ${decision.groupsInBypass.length} group(s) in bypass (${decision.groupsInBypass.join(', ')}). Set them back to Active first.`;
      throw new RevertIncompleteError(msg, open, decision.groupsInBypass);
    }
    try {
      await db.$transaction([
        db.incident.update({
          where: { id, state: 'open' },
          data: {
            state: 'closed',
            closedAt: now,
            closedBy: actor.email,
            overrideReason: decision.overridden ? override : null,
            version: { increment: 1 },
          },
        }),
        db.incidentEvent.create({
          data: eventOf(
            id,
            actor,
            'closed',
            { overridden: decision.overridden, reason: decision.overridden ? override : null, groupsInBypass },
            now,
          ),
        }),
        db.auditLog.create({
          data: auditEntry({
            actor,
            action: 'incident.close',
            entity: 'incident',
            entityId: id,
            before: { state: 'open' },
            after: { state: 'closed', override: decision.overridden ? override : null },
          }),
        }),
      ]);
    } catch (e) {
      if (isRecordNotFound(e)) throw new AppError('CONFLICT', 'This incident was closed by someone else meanwhile.');
      throw e;
    }
  });
  return incidentView(id, lang);
}
