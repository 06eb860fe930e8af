import 'server-only';
import { isAuditAction } from '../domain/audit-vocabulary';
import { renderCsvRow } from '../interchange/csv';
import type { Prisma } from '../generated/prisma/client';
import { flushLoginAudit } from './auth/throttle';
import { getDb } from './db/client';
import { parseOrThrow } from './inventory/shared';
import { assertCan, type Actor } from './permissions';
import { auditQuerySchema } from '../validations/audit';

export interface AuditItem {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));

/** Admins read the append-only audit log, newest first, keyset-paged by id. */
export async function listAudit({ actor, query }: { actor: Actor | null; query: unknown }) {
  assertCan(actor, 'audit:read');
  const q = parseOrThrow(auditQuerySchema, query ?? {}, 'query');
  // Failed sign-ins of minutes that are over reach the log before it is read.
  await flushLoginAudit().catch((e) => console.error('login audit flush failed', e));
  const db = await getDb();
  const where: Prisma.AuditLogWhereInput = {
    ...(q.entity ? { entity: q.entity } : {}),
    ...(q.entityId ? { entityId: q.entityId } : {}),
    ...(q.actor ? { actor: { contains: q.actor } } : {}),
    // A known action matches exactly ("login" is not "login.failed"); anything else is a prefix ("incident").
    ...(q.action ? { action: isAuditAction(q.action) ? q.action : { startsWith: q.action } } : {}),
    ...(q.cursor ? { id: { lt: q.cursor } } : {}),
  };
  const rows = await db.auditLog.findMany({ where, orderBy: { id: 'desc' }, take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const items: AuditItem[] = page.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: parse(r.before),
    after: parse(r.after),
  }));
  return { items, nextCursor: rows.length > q.limit ? String(page[page.length - 1].id) : null, format: q.format };
}

/** CSV for spreadsheets: formula-safe cells (a leading = + - @ is neutralised). */
export function auditCsv(items: AuditItem[]): string {
  const head = renderCsvRow(['at', 'actor', 'action', 'entity', 'entityId', 'before', 'after']);
  const body = items.map((i) =>
    renderCsvRow([
      i.at,
      i.actor,
      i.action,
      i.entity,
      i.entityId ?? '',
      i.before === null ? '' : JSON.stringify(i.before),
      i.after === null ? '' : JSON.stringify(i.after),
    ]),
  );
  return [head, ...body].join('\r\n') + '\r\n';
}

/** What the audit page shows for an entry's entity: its current name, or "deleted" with the last name the log knows. */
export interface AuditEntityName {
  name: string | null;
  /** Shown under the name: a user's email. */
  detail?: string;
  deleted: boolean;
}

export const auditEntityKey = (entity: string, entityId: string) => `${entity}\u0000${entityId}`;

const nameIn = (v: unknown): string | null =>
  v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string' ? (v as { name: string }).name : null;

/**
 * Resolves the entities of a page of entries to their current names (one query per entity type, by
 * id). An id that no longer exists is marked deleted, with the name from the entries' own before/after
 * when they hold one. Failed sign-ins name the account by email: resolved to the user when there is one.
 */
export async function describeAuditEntities({
  actor,
  items,
}: {
  actor: Actor | null;
  items: readonly AuditItem[];
}): Promise<Map<string, AuditEntityName>> {
  assertCan(actor, 'audit:read');
  const ids = (entity: string) => [...new Set(items.filter((i) => i.entity === entity && i.entityId).map((i) => i.entityId!))];
  const db = await getDb();
  const appIds = ids('application');
  const groupIds = ids('group');
  const userKeys = ids('user');
  const drillIds = ids('drill');
  const incidentIds = ids('incident');
  const userIds = userKeys.filter((k) => !k.includes('@'));
  const userEmails = userKeys.filter((k) => k.includes('@'));
  const [apps, groups, users, drills, incidents] = await Promise.all([
    appIds.length ? db.application.findMany({ where: { id: { in: appIds } }, select: { id: true, name: true } }) : [],
    groupIds.length ? db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } }) : [],
    userKeys.length
      ? db.user.findMany({
          where: { OR: [{ id: { in: userIds } }, { email: { in: userEmails } }] },
          select: { id: true, name: true, email: true },
        })
      : [],
    drillIds.length ? db.drill.findMany({ where: { id: { in: drillIds } }, select: { id: true, date: true } }) : [],
    incidentIds.length ? db.incident.findMany({ where: { id: { in: incidentIds } }, select: { id: true, title: true } }) : [],
  ]);
  const out = new Map<string, AuditEntityName>();
  for (const a of apps) out.set(auditEntityKey('application', a.id), { name: a.name, deleted: false });
  for (const g of groups) out.set(auditEntityKey('group', g.id), { name: g.name, deleted: false });
  for (const u of users) {
    out.set(auditEntityKey('user', u.id), { name: u.name, detail: u.email, deleted: false });
    out.set(auditEntityKey('user', u.email), { name: u.name, detail: u.email, deleted: false });
  }
  for (const d of drills) out.set(auditEntityKey('drill', d.id), { name: d.date.toISOString().slice(0, 10), deleted: false });
  for (const i of incidents) out.set(auditEntityKey('incident', i.id), { name: i.title, deleted: false });
  const resolvable = new Set(['application', 'group', 'user', 'drill', 'incident']);
  for (const i of items) {
    if (!i.entityId || !resolvable.has(i.entity)) continue;
    const key = auditEntityKey(i.entity, i.entityId);
    const known = out.get(key);
    if (known && !known.deleted) continue;
    // A sign-in attempt on an account that does not exist: the email is the name; nothing was deleted.
    if (i.entity === 'user' && i.entityId.includes('@')) {
      out.set(key, { name: i.entityId, deleted: false });
      continue;
    }
    out.set(key, { name: known?.name ?? nameIn(i.before) ?? nameIn(i.after), deleted: true });
  }
  return out;
}
