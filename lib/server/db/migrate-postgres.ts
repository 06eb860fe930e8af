import pg from 'pg';
import { readMigrations } from './migrations';

/** Same contract as migrateSqlite, for PostgreSQL; an advisory lock serialises concurrent starts. */
export async function migratePostgres(url: string, migrations = readMigrations('postgresql')): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(774411)');
    await client.query('CREATE TABLE IF NOT EXISTS "_orp_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)');
    const done = new Set((await client.query('SELECT name FROM "_orp_migrations"')).rows.map((r) => r.name as string));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO "_orp_migrations" (name, "appliedAt") VALUES ($1, $2)', [m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(774411)').catch(() => {});
    await client.end();
  }
}
