import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';
import { PrismaClient as PrismaClientPg } from '../../generated/prisma-pg/client';
import { resolveDatabase, type DatabaseTarget } from './config';
import { migrate } from './migrate';
import { loadEnv } from '../../env';

export type Db = PrismaClient;

interface DbState {
  key: string;
  client: PrismaClient;
  ready: Promise<void>;
}
const g = globalThis as unknown as { __orpDb?: DbState };

function createClient(target: DatabaseTarget): PrismaClient {
  if (target.kind === 'sqlite') {
    // better-sqlite3's `timeout` is SQLite's busy timeout; WAL is set by the migrator and persists.
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.file, timeout: 10_000 }) });
  }
  // Same models, same API: the PostgreSQL client is generated from the same schema (0002-prisma-offline.md).
  const max = loadEnv().DATABASE_POOL_SIZE;
  return new PrismaClientPg({ adapter: new PrismaPg({ connectionString: target.url, max }) }) as unknown as PrismaClient;
}

/**
 * The one Prisma client of this process. The first call applies pending migrations (and, through
 * `onReady`, the demo seed), so `npm start`, the CLIs and the tests all start on a current schema.
 */
export async function getDb(): Promise<PrismaClient> {
  const target = resolveDatabase();
  const key = JSON.stringify(target);
  if (!g.__orpDb || g.__orpDb.key !== key) {
    const client = createClient(target);
    const ready = migrate(target).then(() => undefined);
    g.__orpDb = { key, client, ready };
  }
  const state = g.__orpDb;
  try {
    await state.ready;
  } catch (e) {
    if (g.__orpDb === state) g.__orpDb = undefined;
    throw e;
  }
  return state.client;
}

export async function disconnectDb(): Promise<void> {
  const state = g.__orpDb;
  g.__orpDb = undefined;
  if (state) await state.client.$disconnect();
}
