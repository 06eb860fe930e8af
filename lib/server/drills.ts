import 'server-only';
import { randomUUID } from 'node:crypto';
import { drillSchema, drillUpdateSchema } from '../validations/drill';
import { auditEntry } from './audit';
import { getDb } from './db/client';
import { withWriteLock } from './db/write-lock';
import { AppError } from './errors';
import { conflict, parseOrThrow } from './inventory/shared';
import { getInventorySnapshot } from './inventory/snapshot';
import { assertCan, type Actor } from './permissions';

/** Application ids of the outcomes by name (case-insensitive); unknown or repeated names are field errors. */
async function outcomeIds(outcomes: readonly { application: string }[]): Promise<Map<string, string>> {
  const snap = await getInventorySnapshot();
  const ids = new Map(snap.apps.map((a) => [a.name.toLowerCase(), a.id]));
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  outcomes.forEach((o, i) => {
    const k = o.application.toLowerCase();
    if (!ids.has(k)) issues.push({ path: `outcomes.${i}.application`, message: `There is no application named "${o.application}"` });
    if (seen.has(k)) issues.push({ path: `outcomes.${i}.application`, message: `"${o.application}" is listed twice` });
    seen.add(k);
  });
  if (issues.length) throw new AppError('VALIDATION_FAILED', `The drill is not valid. ${issues[0].path}: ${issues[0].message}`, issues);
  return ids;
}

/** Records a drill with the outcome per application and its follow-ups (admins and editors). */
export async function recordDrill({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, 'inventory:write');
  const d = parseOrThrow(drillSchema, input, 'drill');
  const ids = await outcomeIds(d.outcomes);
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
            create: d.outcomes.map((o) => ({
              applicationId: ids.get(o.application.toLowerCase())!,
              result: o.result,
              notes: o.notes || null,
            })),
          },
          followUps: {
            create: d.followUps.map((f) => ({
              id: randomUUID(),
              title: f.title,
              owner: f.owner,
              dueDate: new Date(`${f.dueDate}T00:00:00Z`),
            })),
          },
        },
      }),
      db.auditLog.create({ data: auditEntry({ actor, action: 'drill.create', entity: 'drill', entityId: id, after: d }) }),
    ]),
  );
  return { id };
}

type DrillRow = NonNullable<Awaited<ReturnType<typeof loadDrill>>>;

async function loadDrill(id: string) {
  const db = await getDb();
  return db.drill.findUnique({
    where: { id },
    include: { outcomes: { include: { application: { select: { name: true } } } }, followUps: { orderBy: { dueDate: 'asc' } } },
  });
}

function presentDrill(d: DrillRow) {
  return {
    id: d.id,
    version: d.version,
    date: d.date.toISOString().slice(0, 10),
    kind: d.kind,
    scenario: d.scenario,
    participants: d.participants,
    notes: d.notes,
    createdBy: d.createdBy,
    updatedBy: d.updatedBy,
    outcomes: d.outcomes
      .map((o) => ({ application: o.application.name, result: o.result, notes: o.notes }))
      .sort((x, y) => x.application.localeCompare(y.application, 'en', { sensitivity: 'base' })),
    followUps: d.followUps.map((f) => ({
      id: f.id,
      title: f.title,
      owner: f.owner,
      dueDate: f.dueDate.toISOString().slice(0, 10),
      done: f.done,
    })),
  };
}
export type DrillItem = ReturnType<typeof presentDrill>;

/** What the audit log keeps of a drill (the shape it was recorded with). */
function auditShape(d: DrillItem) {
  return {
    date: d.date,
    kind: d.kind,
    scenario: d.scenario,
    participants: d.participants,
    ...(d.notes ? { notes: d.notes } : {}),
    outcomes: d.outcomes.map((o) => ({ application: o.application, result: o.result, ...(o.notes ? { notes: o.notes } : {}) })),
    followUps: d.followUps.map((f) => ({ id: f.id, title: f.title, owner: f.owner, dueDate: f.dueDate, done: f.done })),
  };
}

function drillConflict(row: { version: number; createdAt: Date; updatedAt: Date | null; updatedBy: string | null; createdBy: string }) {
  return conflict('drill', { version: row.version, updatedAt: row.updatedAt ?? row.createdAt, updatedBy: row.updatedBy ?? row.createdBy });
}

export async function getDrill({ actor, id }: { actor: Actor | null; id: string }): Promise<DrillItem> {
  assertCan(actor, 'inventory:read');
  const d = await loadDrill(id);
  if (!d) throw new AppError('NOT_FOUND', 'No drill with this id: it may have been deleted.');
  return presentDrill(d);
}

/**
 * Edits a drill (admins and editors, as recording one) if `version` is still the stored one: the
 * outcomes and follow-ups are replaced; a follow-up that keeps its id keeps its done state.
 */
export async function updateDrill({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<DrillItem> {
  assertCan(actor, 'inventory:write');
  const d = parseOrThrow(drillUpdateSchema, input, 'drill');
  const ids = await outcomeIds(d.outcomes);
  const db = await getDb();
  await withWriteLock(async () => {
    const row = await loadDrill(id);
    if (!row) throw new AppError('NOT_FOUND', 'No drill with this id: it may have been deleted.');
    if (row.version !== d.version) throw drillConflict(row);
    const before = presentDrill(row);
    const { version: _version, followUps: _sent, ...rest } = d;
    const kept = new Map(row.followUps.map((f) => [f.id, f]));
    const followUps = d.followUps.map((f) => {
      const old = f.id ? kept.get(f.id) : undefined;
      return {
        id: old ? old.id : randomUUID(),
        title: f.title,
        owner: f.owner,
        dueDate: new Date(`${f.dueDate}T00:00:00Z`),
        done: f.done ?? old?.done ?? false,
      };
    });
    const updated = await db.$transaction([
      db.drill.updateMany({
        where: { id, version: d.version },
        data: {
          date: new Date(`${d.date}T00:00:00Z`),
          kind: d.kind,
          scenario: d.scenario,
          participants: d.participants,
          notes: d.notes || null,
          version: { increment: 1 },
          updatedAt: new Date(),
          updatedBy: actor.email,
        },
      }),
      db.drillOutcome.deleteMany({ where: { drillId: id } }),
      db.drillOutcome.createMany({
        data: d.outcomes.map((o) => ({
          drillId: id,
          applicationId: ids.get(o.application.toLowerCase())!,
          result: o.result,
          notes: o.notes || null,
        })),
      }),
      db.followUp.deleteMany({ where: { drillId: id } }),
      db.followUp.createMany({ data: followUps.map((f) => ({ ...f, drillId: id })) }),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'drill.update',
          entity: 'drill',
          entityId: id,
          before: auditShape(before),
          after: {
            ...rest,
            followUps: followUps.map((f) => ({
              id: f.id,
              title: f.title,
              owner: f.owner,
              dueDate: f.dueDate.toISOString().slice(0, 10),
              done: f.done,
            })),
          },
        }),
      }),
    ]);
    // Under the write lock nobody else changed it since it was read; the guard is the last word anyway.
    if (updated[0].count !== 1) throw drillConflict(row);
  });
  return getDrill({ actor, id });
}

/** Deletes a drill with its outcomes and follow-ups; `version` (optional) guards against a stale page. */
export async function deleteDrill({ actor, id, version }: { actor: Actor | null; id: string; version?: number }): Promise<void> {
  assertCan(actor, 'inventory:write');
  const db = await getDb();
  await withWriteLock(async () => {
    const row = await loadDrill(id);
    if (!row) throw new AppError('NOT_FOUND', 'No drill with this id: it may have been deleted already.');
    if (version !== undefined && row.version !== version) throw drillConflict(row);
    await db.$transaction([
      // An incident recorded as this drill may be recorded again.
      db.incident.updateMany({ where: { drillId: id }, data: { drillId: null } }),
      db.drill.delete({ where: { id } }),
      db.auditLog.create({
        data: auditEntry({ actor, action: 'drill.delete', entity: 'drill', entityId: id, before: auditShape(presentDrill(row)) }),
      }),
    ]);
  });
}

export async function listDrills({ actor }: { actor: Actor | null }) {
  assertCan(actor, 'inventory:read');
  const db = await getDb();
  const drills = await db.drill.findMany({
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    take: 200,
    include: { outcomes: { include: { application: { select: { name: true } } } }, followUps: { orderBy: { dueDate: 'asc' } } },
  });
  return drills.map(presentDrill);
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
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'followup.update',
          entity: 'drill',
          entityId: f.drillId,
          before: { done: f.done },
          after: { id, done },
        }),
      }),
    ]);
  });
}
