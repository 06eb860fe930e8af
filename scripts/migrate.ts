// `npm start` runs this before the server: applies migrations and seeds the demo data into an
// empty database (unless SEED_DEMO=false).
import { EnvError, loadEnv } from '../lib/env';
import { getDb, disconnectDb } from '../lib/server/db/client';
import { resolveDatabase } from '../lib/server/db/config';
import { seedDemoIfEmpty } from '../lib/server/seed';

try {
  loadEnv();
} catch (e) {
  if (!(e instanceof EnvError)) throw e;
  console.error(e.message);
  process.exit(1);
}
const target = resolveDatabase();
await getDb();
const seeded = await seedDemoIfEmpty();
await disconnectDb();
const where = target.kind === 'sqlite' ? target.file : 'PostgreSQL';
console.error(`database ready (${where})${seeded ? ': demo data seeded' : ''}`);
