import 'server-only';
import { applicationBulkSchema } from '../../validations/api';
import { applicationSchema } from '../../validations/inventory';
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { withInventoryWrite } from '../review-edits';
import { assertCan, type Actor } from '../permissions';
import { toInterchangeApplication } from './present';
import { parseOrThrow } from './shared';
import { bumpRevision, getInventorySnapshot } from './snapshot';

export interface BulkConflict {
  id: string;
  name: string;
  /** The version now stored (the selection read an older one). */
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface BulkResult {
  updated: { id: string; name: string; version: number }[];
  unchanged: { id: string; name: string }[];
  /** Changed by someone else after the page was read: not overwritten (docs/decisions/0093-bulk-edits.md). */
  conflicts: BulkConflict[];
  /** Deleted meanwhile. */
  missing: string[];
}

/**
 * Sets owner, criticality and/or configured failmode for a selection of applications. Each application
 * is checked like a single edit (its version, the interchange schema); the ones changed meanwhile are
 * reported and left alone, the others change in one transaction with one audit entry each. Review
 * fingerprints and separation of duties follow as for single edits (withInventoryWrite).
 */
export async function bulkUpdateApplications({ actor, input }: { actor: Actor | null; input: unknown }): Promise<BulkResult> {
  assertCan(actor, 'inventory:write');
  const { items, change } = parseOrThrow(applicationBulkSchema, input, 'bulk edit');
  const db = await getDb();
  return withInventoryWrite(actor, async () => {
    const snap = await getInventorySnapshot();
    const result: BulkResult = { updated: [], unchanged: [], conflicts: [], missing: [] };
    const ops = [];
    for (const { id, version } of items) {
      const current = snap.appById.get(id);
      if (!current) {
        result.missing.push(id);
        continue;
      }
      if (current.version !== version) {
        result.conflicts.push({
          id,
          name: current.name,
          version: current.version,
          updatedBy: current.updatedBy,
          updatedAt: current.updatedAt.toISOString(),
        });
        continue;
      }
      const before = toInterchangeApplication(current);
      const after = parseOrThrow(applicationSchema, { ...before, ...change }, 'application');
      const same =
        (after.owner || undefined) === before.owner &&
        after.criticality === before.criticality &&
        after.configuredFailmode === before.configuredFailmode;
      if (same) {
        result.unchanged.push({ id, name: current.name });
        continue;
      }
      ops.push(
        db.application.updateMany({
          where: { id, version },
          data: {
            owner: after.owner || null,
            criticality: after.criticality,
            configuredFailmode: after.configuredFailmode,
            version: { increment: 1 },
            updatedBy: actor.email,
          },
        }),
        db.auditLog.create({
          data: auditEntry({
            actor,
            action: 'application.update',
            entity: 'application',
            entityId: id,
            before,
            after: { ...after, ...(after.owner ? {} : { owner: undefined }) },
          }),
        }),
      );
      result.updated.push({ id, name: current.name, version: version + 1 });
    }
    if (ops.length) await db.$transaction([...ops, bumpRevision(db)]);
    return result;
  });
}
