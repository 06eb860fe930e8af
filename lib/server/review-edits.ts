import 'server-only';
import { getBulkDb } from './db/client';
import { insertRows, runInSteps } from './db/bulk';
import { yieldEvery } from './cooperative';
import { clearReadCaches } from './db/read-cache';
import { withWriteLock } from './db/write-lock';
import { getInventorySnapshot } from './inventory/snapshot';

/**
 * Runs an inventory write under the write lock and records, for every application whose review
 * fingerprint the write changed (its own fields, a group, another application its plan reaches, the
 * policy, an import), that this actor edited it: separation of duties reads these rows
 * (lib/server/reviews.ts, docs/decisions/0005-reviews.md). Writes without a user (the CLI) record none.
 */
export function withInventoryWrite<T>(actor: { id: string | null } | null, fn: () => Promise<T>): Promise<T> {
  return withWriteLock(async () => {
    const before = await getInventorySnapshot();
    const out = await fn();
    if (!actor?.id) return out;
    clearReadCaches();
    const after = await getInventorySnapshot();
    const data: { applicationId: string; actorId: string }[] = [];
    const tick = yieldEvery(500);
    for (const [applicationId, basis] of after.reviewById) {
      await tick();
      if (before.reviewById.get(applicationId)?.fingerprint !== basis.fingerprint) data.push({ applicationId, actorId: actor.id });
    }
    if (data.length === 0) return out;
    // An import can touch every application's fingerprint (17,000 rows): raw multi-row INSERTs with
    // a turn for the event loop between them, in one transaction (lib/server/db/bulk.ts).
    const at = new Date();
    await runInSteps(
      await getBulkDb(),
      insertRows(
        'ReviewEdit',
        ['applicationId', 'actorId', 'at'],
        data.map((d) => [d.applicationId, d.actorId, at]),
      ),
    );
    return out;
  });
}
