import 'server-only';
import { randomUUID } from 'node:crypto';
import { primaryOnlyEndsAt, revertText, simulateAction } from '../../domain/incident';
import { simulationErrorMessage, type SimulationAction } from '../../domain/simulator';
import type { Lang } from '../../domain/types';
import { incidentActionSchema } from '../../validations/incident';
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';
import { AppError } from '../errors';
import { parseOrThrow } from '../inventory/shared';
import { getInventorySnapshot } from '../inventory/snapshot';
import { assertCan, type Actor } from '../permissions';
import { incidentInventory } from './declare';
import { actionOf, assertOpen, bumpIncident, eventOf, incidentView, loadIncidentRow, type IncidentView } from './shared';

/**
 * Records an emergency action as it happens (the simulator's action types): what it opened elsewhere
 * (the findings it adds on top of the actions still in force) and a revert item for it.
 */
export async function recordIncidentAction({
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
  const action = parseOrThrow(incidentActionSchema, input, 'action') as SimulationAction;
  const db = await getDb();
  const actionId = randomUUID();
  await withWriteLock(async () => {
    const row = await loadIncidentRow(db, id);
    assertOpen(row);
    const snap = await getInventorySnapshot();
    const reverted = new Set(row.items.filter((i) => i.kind === 'revert' && i.done && i.actionId).map((i) => i.actionId!));
    const active = row.actions.filter((a) => !reverted.has(a.id)).map((a) => actionOf(a.params));
    const sim = simulateAction(incidentInventory(snap), row.scenario as never, active, action);
    if (!sim.ok) {
      const issues = (sim.result.errors ?? []).map((e) => ({ path: e.path.join('.'), message: simulationErrorMessage(e, lang) }));
      throw new AppError('VALIDATION_FAILED', `The action is not valid. ${issues[0]?.message ?? ''}`.trim(), issues);
    }
    const expiresAt = action.type === 'primary-only' ? primaryOnlyEndsAt(now, action.minutes) : null;
    const text = revertText(action);
    const position = row.items.reduce((m, i) => Math.max(m, i.position), -1) + 1;
    await db.$transaction([
      db.incidentAction.create({
        data: {
          id: actionId,
          incidentId: id,
          type: action.type,
          params: JSON.stringify(action),
          findings: JSON.stringify(sim.effect),
          takenBy: actor.email,
          takenAt: now,
          expiresAt,
        },
      }),
      db.incidentItem.create({
        data: { id: randomUUID(), incidentId: id, kind: 'revert', actionId, position, textEn: text.en, textDe: text.de },
      }),
      db.incidentEvent.create({
        data: eventOf(
          id,
          actor,
          'action.taken',
          {
            actionId,
            action,
            expiresAt: expiresAt?.toISOString() ?? null,
            findings: sim.effect.findings.map((f) => f.code),
            opened: sim.effect.opened.length,
          },
          now,
        ),
      }),
      bumpIncident(db, id),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'incident.action',
          entity: 'incident',
          entityId: id,
          after: { actionId, action, effect: sim.effect },
        }),
      }),
    ]);
  });
  return incidentView(id, lang);
}
