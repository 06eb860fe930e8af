import { AppError } from '@/lib/server/errors';
import { route } from '@/lib/server/http';
import { applyDuoSync, getSyncProgress, previewDuoSync } from '@/lib/server/duo/sync';

/**
 * POST /api/v1/duo/sync?dryRun=true → the preview (new / changed / unchanged / missing), writes nothing;
 * POST /api/v1/duo/sync → applies it in one audited transaction: {created, updated, unchanged, syncedAt, missing}.
 * Admins and editors. 502 DUO_REQUEST_FAILED says why Duo could not be read (nothing changed).
 */
export const POST = route(async ({ req, actor }) => {
  const dryRun = new URL(req.url).searchParams.get('dryRun');
  if (dryRun !== null && dryRun !== 'true' && dryRun !== 'false') {
    throw new AppError('BAD_REQUEST', 'dryRun must be true or false.', [{ path: 'dryRun', message: 'Expected true or false' }]);
  }
  return dryRun === 'true' ? previewDuoSync({ actor }) : applyDuoSync({ actor });
});

/** GET /api/v1/duo/sync: the progress of a running sync ({running, step, startedAt, retries}). */
export const GET = route(async ({ actor }) => getSyncProgress({ actor }));
