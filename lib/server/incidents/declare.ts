import 'server-only';
import { randomUUID } from 'node:crypto';
import { affectedApplications, stepItems, type IncidentInventory } from '../../domain/incident';
import { simulationScenarioName } from '../../domain/simulator';
import type { Lang } from '../../domain/types';
import { incidentDeclareSchema } from '../../validations/incident';
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';
import { AppError } from '../errors';
import { parseOrThrow } from '../inventory/shared';
import { getInventorySnapshot, type InventorySnapshot } from '../inventory/snapshot';
import { assertCan, type Actor } from '../permissions';
import { runbookInputOf } from '../runbooks';
import { incidentView, type IncidentView } from './shared';

export function incidentInventory(snap: InventorySnapshot): IncidentInventory {
  return {
    applications: snap.apps,
    groups: snap.groups,
    assessments: snap.apps.map((a) => snap.assessmentById.get(a.id)!),
    policy: snap.policy,
  };
}

/**
 * Declares an incident (editors and admins): the simulator says which applications the scenario
 * affects and how; each gets its first-response card as checklist items, most critical first.
 */
export async function declareIncident({
  actor,
  input,
  lang = 'en',
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  lang?: Lang;
  now?: Date;
}): Promise<IncidentView> {
  assertCan(actor, 'incident:write');
  const d = parseOrThrow(incidentDeclareSchema, input, 'incident');
  const snap = await getInventorySnapshot();
  const inv = incidentInventory(snap);
  if (d.applications?.length) {
    const known = new Set(snap.apps.flatMap((a) => [a.name.toLowerCase(), a.id.toLowerCase()]));
    const issues = d.applications
      .map((n, i) => ({ n, i }))
      .filter(({ n }) => !known.has(n.toLowerCase()))
      .map(({ n, i }) => ({ path: `applications.${i}`, message: `There is no application named "${n}"` }));
    if (issues.length)
      throw new AppError('VALIDATION_FAILED', `The incident is not valid. ${issues[0].path}: ${issues[0].message}`, issues);
  }
  const startedAt = d.startedAt ? new Date(d.startedAt) : now;
  if (startedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new AppError('VALIDATION_FAILED', 'The incident is not valid. startedAt: the start must not lie in the future', [
      { path: 'startedAt', message: 'The start must not lie in the future' },
    ]);
  }
  const affected = affectedApplications(inv, d.scenario, d.applications);
  if (affected.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'The incident is not valid. applications: no application in the inventory is affected', [
      { path: 'applications', message: 'No application in the inventory is affected' },
    ]);
  }
  const steps = stepItems(affected, inv, d.scenario, (app, l) => runbookInputOf(snap, app.id, l, now));
  const id = randomUUID();
  const title =
    d.title?.trim() ||
    `${simulationScenarioName(d.scenario, snap.policy.defaultLanguage)} · ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const scope = {
    ...(d.applications?.length ? { applications: d.applications } : {}),
    ...(d.deployment ? { deployment: d.deployment } : {}),
  };
  const db = await getDb();
  await withWriteLock(() =>
    db.$transaction([
      db.incident.create({
        data: {
          id,
          title,
          scenario: d.scenario,
          state: 'open',
          startedAt,
          scope: JSON.stringify(scope),
          affected: JSON.stringify(affected),
          declaredBy: actor.email,
          declaredAt: now,
          items: {
            create: steps.map((s, position) => ({
              id: randomUUID(),
              kind: s.kind,
              applicationId: s.applicationId,
              position,
              textEn: s.text.en,
              textDe: s.text.de,
            })),
          },
          events: {
            create: [
              {
                actor: actor.email,
                kind: 'declared',
                at: now,
                data: JSON.stringify({
                  scenario: d.scenario,
                  startedAt: startedAt.toISOString(),
                  title,
                  scope,
                  applications: affected.length,
                }),
              },
            ],
          },
        },
      }),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'incident.declare',
          entity: 'incident',
          entityId: id,
          after: { title, scenario: d.scenario, startedAt, scope, affected },
        }),
      }),
    ]),
  );
  return incidentView(id, lang);
}
