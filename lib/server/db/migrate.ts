// Applies the committed SQL migrations (prisma/migrations/<dialect>/NNNN_name.sql) in order and
// records them in "_orp_migrations". Plain SQL keeps migrations working offline, where the Prisma
// CLI's schema engine is unavailable (docs/decisions/0002-prisma-offline.md).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseTarget } from './config';
import { readMigrations } from './migrations';
import { openSqlite } from './sqlite-file';

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export function migrateSqlite(file: string, migrations = readMigrations('sqlite')): string[] {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = openSqlite(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE IF NOT EXISTS "_orp_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)');
    const applied: string[] = [];
    db.immediate(() => {
      const done = new Set(db.all<{ name: string }>('SELECT name FROM "_orp_migrations"').map((r) => r.name));
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        db.exec(m.sql);
        db.run('INSERT INTO "_orp_migrations" (name, appliedAt) VALUES (?, ?)', m.name, new Date().toISOString());
        applied.push(m.name);
      }
    });
    return applied;
  } finally {
    db.close();
  }
}

export async function migrate(target: DatabaseTarget): Promise<string[]> {
  if (target.kind === 'sqlite') return migrateSqlite(target.file);
  const { migratePostgres } = await import('./migrate-postgres');
  return migratePostgres(target.url);
}
