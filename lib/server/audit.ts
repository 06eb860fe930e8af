import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { Db } from './db/client';

type Tx = Db | Prisma.TransactionClient;

export interface AuditInput {
  actor: { id?: string | null; email: string } | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Appends one audit row. The table refuses UPDATE and DELETE (triggers in the migration). */
export function auditEntry(input: AuditInput): Prisma.AuditLogCreateInput {
  return {
    actorId: input.actor?.id ?? null,
    actor: input.actor?.email ?? 'anonymous',
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    before: json(input.before),
    after: json(input.after),
  };
}

export async function audit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditLog.create({ data: auditEntry(input) });
}
