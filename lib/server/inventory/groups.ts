import 'server-only';
import { randomUUID } from 'node:crypto';
import { groupListQuerySchema, groupPatchSchema, groupUpdateSchema, groupWriteSchema, type GroupSortKey } from '../../validations/api';
import { groupSchema } from '../../validations/inventory';
import { auditEntry } from '../audit';
import { getDb, type Db } from '../db/client';
import { withInventoryWrite } from '../review-edits';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { presentGroup, toInterchangeGroup, type GroupItem } from './present';
import { conflict, decodeCursor, encodeCursor, parseOrThrow, sentFields } from './shared';
import { bumpRevision, getInventorySnapshot, type GroupRecord, type InventorySnapshot } from './snapshot';

interface Ctx {
  actor: Actor | null;
}

/** The list order: by the chosen column (an unknown member count below any number), then by name. */
function sortGroups(groups: readonly GroupRecord[], sort: GroupSortKey, dir: 'asc' | 'desc'): GroupRecord[] {
  const sign = dir === 'desc' ? -1 : 1;
  const key = (g: GroupRecord): number | string => {
    switch (sort) {
      case 'mfa':
        return g.alwaysRequireMfa ? 0 : 1;
      case 'members':
        return g.memberCount ?? -1;
      case 'applications':
        return g.applications.length;
      default:
        return g.name.toLowerCase();
    }
  };
  return groups
    .map((g) => ({ g, k: key(g), n: g.name.toLowerCase() }))
    .sort((l, r) => (l.k < r.k ? -sign : l.k > r.k ? sign : l.n < r.n ? -1 : l.n > r.n ? 1 : 0))
    .map(({ g }) => g);
}

export async function listGroups({ actor, query }: Ctx & { query?: unknown }) {
  assertCan(actor, 'inventory:read');
  const q = parseOrThrow(groupListQuerySchema, query ?? {}, 'query');
  const offset = decodeCursor(q.cursor);
  const snap = await getInventorySnapshot();
  const needle = q.q?.toLowerCase();
  const matching = needle ? snap.groups.filter((g) => `${g.name}\n${g.description ?? ''}`.toLowerCase().includes(needle)) : snap.groups;
  const rows = sortGroups(matching, q.sort, q.dir);
  const page = rows.slice(offset, offset + q.limit);
  return {
    items: page.map(presentGroup),
    nextCursor: offset + q.limit < rows.length ? encodeCursor(offset + q.limit) : null,
    total: rows.length,
  };
}

export async function getGroup({ actor, id }: Ctx & { id: string }): Promise<GroupItem> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  const g = snap.groupById.get(id);
  if (!g) throw new AppError('NOT_FOUND', 'No group with this id.');
  return presentGroup(g);
}

async function resolveAppIds(db: Db, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  const rows = await db.application.findMany({ where: { nameKey: { in: names.map((n) => n.toLowerCase()) } } });
  const byKey = new Map(rows.map((r) => [r.nameKey, r.id]));
  const issues = names
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => !byKey.has(n.toLowerCase()))
    .map(({ n, i }) => ({ path: `applications.${i}`, message: `There is no application named "${n}"` }));
  if (issues.length) throw new AppError('VALIDATION_FAILED', `The group is not valid. ${issues[0].path}: ${issues[0].message}`, issues);
  return names.map((n) => byKey.get(n.toLowerCase())!);
}

async function assertNameFree(db: Db, name: string, exceptId?: string) {
  const other = await db.group.findUnique({ where: { nameKey: name.toLowerCase() } });
  if (other && other.id !== exceptId) {
    throw new AppError('ALREADY_EXISTS', `A group named "${other.name}" already exists.`, [
      { path: 'name', message: 'This name is already used by another group' },
    ]);
  }
}

/** Ids of the named applications (names as stored in the snapshot). */
function idsOf(snap: InventorySnapshot, names: readonly string[]): string[] {
  const wanted = new Set(names);
  return snap.apps.filter((a) => wanted.has(a.name)).map((a) => a.id);
}

const snapshotOf = (g: GroupRecord) => ({ ...toInterchangeGroup(g), applications: g.applications });

export async function createGroup({ actor, input }: Ctx & { input: unknown }): Promise<GroupItem> {
  assertCan(actor, 'inventory:write');
  const data = parseOrThrow(groupWriteSchema, input, 'group');
  const db = await getDb();
  const id = randomUUID();
  await withInventoryWrite(actor, async () => {
    await assertNameFree(db, data.name);
    const appIds = await resolveAppIds(db, data.applications ?? []);
    await db.$transaction([
      db.group.create({
        data: {
          id,
          name: data.name,
          nameKey: data.name.toLowerCase(),
          alwaysRequireMfa: data.alwaysRequireMfa,
          memberCount: data.memberCount ?? null,
          description: data.description || null,
          updatedBy: actor.email,
          access: { create: appIds.map((applicationId) => ({ applicationId })) },
        },
      }),
      // Access changes the applications' assessment inputs: their versions move too.
      db.application.updateMany({ where: { id: { in: appIds } }, data: { version: { increment: 1 } } }),
      bumpRevision(db),
      db.auditLog.create({ data: auditEntry({ actor, action: 'group.create', entity: 'group', entityId: id, after: data }) }),
    ]);
  });
  return getGroup({ actor, id });
}

export async function updateGroup({
  actor,
  id,
  input,
  mode = 'patch',
}: Ctx & { id: string; input: unknown; mode?: 'patch' | 'replace' }): Promise<GroupItem> {
  assertCan(actor, 'inventory:write');
  const change = mode === 'patch' ? parseOrThrow(groupPatchSchema, input, 'change') : parseOrThrow(groupUpdateSchema, input, 'group');
  const db = await getDb();
  await withInventoryWrite(actor, async () => {
    const snap = await getInventorySnapshot();
    const current = snap.groupById.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'No group with this id: it may have been deleted.');
    if (current.version !== change.version) throw conflict('group', { ...current, updatedBy: null });
    const { version, applications, ...parsed } = change;
    const fields = mode === 'patch' ? sentFields(parsed, input) : parsed;
    const merged = parseOrThrow(groupSchema, { ...toInterchangeGroup(current), ...fields }, 'group');
    if (merged.name.toLowerCase() !== current.name.toLowerCase()) await assertNameFree(db, merged.name, id);
    const appIds = applications ? await resolveAppIds(db, applications) : null;
    // Access changes move the versions of the applications gained and lost.
    const touched = appIds ? [...new Set([...appIds, ...idsOf(snap, current.applications)])] : [];
    await db.$transaction([
      db.group.update({
        where: { id, version },
        data: {
          name: merged.name,
          nameKey: merged.name.toLowerCase(),
          alwaysRequireMfa: merged.alwaysRequireMfa,
          memberCount: merged.memberCount ?? null,
          description: merged.description || null,
          version: { increment: 1 },
          updatedBy: actor.email,
          ...(appIds ? { access: { deleteMany: {}, create: appIds.map((applicationId) => ({ applicationId })) } } : {}),
        },
      }),
      db.application.updateMany({ where: { id: { in: touched } }, data: { version: { increment: 1 } } }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'group.update',
          entity: 'group',
          entityId: id,
          before: snapshotOf(current),
          after: { ...merged, applications: applications ?? current.applications },
        }),
      }),
    ]);
  });
  return getGroup({ actor, id });
}

export async function deleteGroup({ actor, id, version }: Ctx & { id: string; version?: number }): Promise<void> {
  assertCan(actor, 'inventory:write');
  const db = await getDb();
  await withInventoryWrite(actor, async () => {
    const snap = await getInventorySnapshot();
    const current = snap.groupById.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'No group with this id: it may have been deleted already.');
    if (version !== undefined && current.version !== version) throw conflict('group', { ...current, updatedBy: null });
    const appIds = idsOf(snap, current.applications);
    await db.$transaction([
      db.group.delete({ where: { id, version: current.version } }),
      db.application.updateMany({ where: { id: { in: appIds } }, data: { version: { increment: 1 } } }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({ actor, action: 'group.delete', entity: 'group', entityId: id, before: snapshotOf(current) }),
      }),
    ]);
  });
}
