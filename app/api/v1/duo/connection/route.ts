import { AppError } from '@/lib/server/errors';
import { readJson, route } from '@/lib/server/http';
import { deleteDuoConnection, getDuoConnection, putDuoConnection } from '@/lib/server/duo/connection';

/** GET /api/v1/duo/connection (admin): {"apiHost","integrationKey","secretKeySet":true,"lastSyncAt"}; 404 when none. */
export const GET = route(async ({ actor }) => {
  const c = await getDuoConnection({ actor });
  if (!c) throw new AppError('NOT_FOUND', 'No Duo connection is configured.');
  return c;
});

/** PUT {"apiHost","integrationKey","secretKey"} (admin): the same shape; the secret key is never answered. */
export const PUT = route(async ({ req, actor }) => {
  await getDuoConnection({ actor }); // 401/403 before reading the body
  return putDuoConnection({ actor, input: await readJson(req, 16 * 1024) });
});

/** DELETE (admin): 204. */
export const DELETE = route(async ({ actor }) => {
  await deleteDuoConnection({ actor });
});
