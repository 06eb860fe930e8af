import 'server-only';
import { getDb } from './db/client';

/** True once the database answers a query. */
export async function checkHealth(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe('SELECT 1');
    return true;
  } catch (e) {
    console.error('health check failed', e);
    return false;
  }
}
