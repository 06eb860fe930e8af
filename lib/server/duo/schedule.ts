import 'server-only';
// ORP_DUO_SYNC_MINUTES (default off): a timer in the server process runs the Duo sync every N
// minutes while a connection exists. Started by instrumentation.ts. With several instances behind a
// load balancer, set it on one instance only (docs/operations.md); within a process syncs never overlap.
import { getConnectionRow } from './connection';
import { applyDuoSync } from './sync';

let timer: ReturnType<typeof setInterval> | null = null;

// Read here, not through lib/env.ts (allow-listed): a bad ORP_DUO_SYNC_MINUTES turns the schedule off with a
// logged message instead of stopping the server (issue 19's behaviour), so it is not in envSchema.
export function syncMinutes(raw = process.env.ORP_DUO_SYNC_MINUTES): number | null {
  if (!raw || raw.trim() === '' || raw.trim() === '0') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 7 * 24 * 60) {
    console.error(`ORP_DUO_SYNC_MINUTES must be a whole number of minutes from 1 to 10080 (got "${raw}"): the Duo sync schedule is off.`);
    return null;
  }
  return n;
}

export async function scheduledSyncOnce(): Promise<void> {
  if (!(await getConnectionRow())) return;
  try {
    const r = await applyDuoSync({ actor: 'schedule' });
    console.log(`Duo sync (schedule): ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged.`);
  } catch (e) {
    // The message never holds a secret (admin-client.ts); the failure is kept on the connection row.
    console.error(`Duo sync (schedule) failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function startDuoSyncSchedule(): void {
  const minutes = syncMinutes();
  if (minutes === null || timer) return;
  timer = setInterval(() => void scheduledSyncOnce(), minutes * 60_000);
  timer.unref?.();
}
