import 'server-only';
import { randomUUID } from 'node:crypto';
import { drillSchema } from '../validations/drill';
import { auditEntry } from './audit';
import { getDb } from './db/client';
import { withWriteLock } from './db/write-lock';
import { AppError } from './errors';
import { parseOrThrow } from './inventory/shared';
import { getInventorySnapshot } from './inventory/snapshot';
import { assertCan, type Actor } from './permissions';

/** Records a drill with the outcome per application and its follow-ups (admins and editors). */
export async function recordDrill({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, 'inventory:write');
  const d = parseOrThrow(drillSchema, input, 'drill');
  const snap = await getInventorySnapshot();
  const ids = new Map(snap.apps.map((a) => [a.name.toLowerCase(), a.id]));
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  d.outcomes.forEach((o, i) => {
    const k = o.application.toLowerCase();
    if (!ids.has(k)) issues.push({ path: `outcomes.${i}.application`, message: `There is no application named "${o.application}"` });
    if (seen.has(k)) issues.push({ path: `outcomes.${i}.application`, message: `"${o.application}" is listed twice` });
    seen.add(k);
  });
  if (issues.length) throw new AppError('VALIDATION_FAILED', `The drill is not valid. ${issues[0].path}: ${issues[0].message}`, issues);
  const db = await getDb();
  const id = randomUUID();
  await withWriteLock(() =>
    db.$transaction([
      db.drill.create({
        data: {
          id,
          date: new Date(`${d.date}T00:00:00Z`),
          kind: d.kind,
          scenario: d.scenario,
          participants: d.participants,
          notes: d.notes || null,
          createdBy: actor.email,
          outcomes: {
            create: d.outcomes.map((o) => ({ applicationId: ids.get(o.application.toLowerCase())!, result: o.result, notes: o.notes || null })),
          },
          followUps: {
            create: d.followUps.map((f) => ({ id: randomUUID(), title: f.title, owner: f.owner, dueDate: new Date(`${f.dueDate}T00:00:00Z`) })),
          },
        },
      }),
      db.auditLog.create({ data: auditEntry({ actor, action: 'drill.create', entity: 'drill', entityId: id, after: d }) }),
    ]),
  );
  return { id };
}

export async function listDrills({ actor }: { actor: Actor | null }) {
  assertCan(actor, 'inventory:read');
  const db = await getDb();
  const drills = await db.drill.findMany({
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    take: 200,
    include: { outcomes: { include: { application: { select: { name: true } } } }, followUps: { orderBy: { dueDate: 'asc' } } },
  });
  return drills.map((d) => ({
    id: d.id,
    date: d.date.toISOString().slice(0, 10),
    kind: d.kind,
    scenario: d.scenario,
    participants: d.participants,
    notes: d.notes,
    createdBy: d.createdBy,
    outcomes: d.outcomes.map((o) => ({ application: o.application.name, result: o.result, notes: o.notes })),
    followUps: d.followUps.map((f) => ({ id: f.id, title: f.title, owner: f.owner, dueDate: f.dueDate.toISOString().slice(0, 10), done: f.done })),
  }));
}

/** The date each application was last drilled (absent: never). */
export async function lastDrilledByApp(): Promise<Map<string, Date>> {
  const db = await getDb();
  const rows = await db.drillOutcome.findMany({ select: { applicationId: true, drill: { select: { date: true } } } });
  const out = new Map<string, Date>();
  for (const r of rows) {
    const cur = out.get(r.applicationId);
    if (!cur || cur < r.drill.date) out.set(r.applicationId, r.drill.date);
  }
  return out;
}

export async function setFollowUpDone({ actor, id, done }: { actor: Actor | null; id: string; done: boolean }) {
  assertCan(actor, 'inventory:write');
  const db = await getDb();
  await withWriteLock(async () => {
    const f = await db.followUp.findUnique({ where: { id } });
    if (!f) throw new AppError('NOT_FOUND', 'No such follow-up.');
    await db.$transaction([
      db.followUp.update({ where: { id }, data: { done } }),
      db.auditLog.create({ data: auditEntry({ actor, action: 'followup.update', entity: 'drill', entityId: f.drillId, before: { done: f.done }, after: { id, done } }) }),
    ]);
  });
}
