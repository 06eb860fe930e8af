import 'server-only';
import { pathToFileURL } from 'node:url';
import { PrismaLibSql } from '@prisma/adapter-libsql';
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
const g = globalThis as unknown as { __orpDb?: DbState; __orpBulkDb?: { key: string; client: PrismaClient } };

function createClient(target: DatabaseTarget): PrismaClient {
  if (target.kind === 'sqlite') {
    // libSQL's `timeout` is SQLite's busy timeout; WAL is set by the migrator and persists. The adapter
    // runs one statement or transaction at a time per client (decision 0098).
    return new PrismaClient({ adapter: new PrismaLibSql({ url: pathToFileURL(target.file).href, timeout: 10_000 }) });
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

/**
 * The connection for a large write (an import): on SQLite a second connection to the same file, so
 * the import's transaction does not hold the adapter's lock for everyone else's queries (the
 * adapter runs one transaction at a time per connection; readers of the main connection keep
 * reading the last committed state under WAL). Writers still take turns through `withWriteLock`,
 * so nobody waits in SQLite's busy handler. On PostgreSQL the pool already gives each query its
 * own connection: the main client.
 */
export async function getBulkDb(): Promise<PrismaClient> {
  const main = await getDb();
  const target = resolveDatabase();
  if (target.kind !== 'sqlite') return main;
  const key = JSON.stringify(target);
  if (!g.__orpBulkDb || g.__orpBulkDb.key !== key) {
    const old = g.__orpBulkDb;
    g.__orpBulkDb = { key, client: createClient(target) };
    if (old) void old.client.$disconnect();
  }
  return g.__orpBulkDb.client;
}

export async function disconnectDb(): Promise<void> {
  const state = g.__orpDb;
  const bulk = g.__orpBulkDb;
  g.__orpDb = undefined;
  g.__orpBulkDb = undefined;
  if (state) await state.client.$disconnect();
  if (bulk) await bulk.client.$disconnect();
}
