import 'server-only';
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
    ...(q.action ? { action: { startsWith: q.action } } : {}),
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
    renderCsvRow([i.at, i.actor, i.action, i.entity, i.entityId ?? '', i.before === null ? '' : JSON.stringify(i.before), i.after === null ? '' : JSON.stringify(i.after)]),
  );
  return [head, ...body].join('\r\n') + '\r\n';
}
