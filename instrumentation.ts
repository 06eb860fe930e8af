// Next.js start-up hook: the Duo sync schedule (ORP_DUO_SYNC_MINUTES, default off; issue 19).
// process.env is read directly (allow-listed): NEXT_RUNTIME is Next's, and the schedule validates ORP_DUO_SYNC_MINUTES.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (!process.env.ORP_DUO_SYNC_MINUTES) return;
  const { startDuoSyncSchedule } = await import('./lib/server/duo/schedule');
  startDuoSyncSchedule();
}
