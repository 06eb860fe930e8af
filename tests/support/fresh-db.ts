// A real SQLite file per test file, under the OS temp dir (no mocked database). When
// TEST_DATABASE_URL points at PostgreSQL, tests/support/pg.ts creates a fresh database instead.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

if (!process.env.TEST_DATABASE_URL) {
  const dir = mkdtempSync(path.join(tmpdir(), 'orp-test-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
}
process.env.SEED_DEMO = 'false';
