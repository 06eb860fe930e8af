// A real, fresh database per test file (no mocked database): a SQLite file under the OS temp dir,
// or — when TEST_DATABASE_URL points at a PostgreSQL server — a new database created on that server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';

const server = process.env.TEST_DATABASE_URL;
if (server && /^postgres(ql)?:\/\//.test(server)) {
  const name = `orp_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    const { disconnectDb } = await import('@/lib/server/db/client');
    await disconnectDb();
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'orp-test-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
}
process.env.SEED_DEMO = 'false';
