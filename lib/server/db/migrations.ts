// The committed SQL migrations (prisma/migrations/<dialect>/NNNN_name.sql), in order. Read by both
// runners (migrate.ts for SQLite, migrate-postgres.ts for PostgreSQL), which do not import each other.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface Migration {
  name: string;
  sql: string;
}

export function readMigrations(dialect: 'sqlite' | 'postgresql', root = process.cwd()): Migration[] {
  const dir = path.join(root, 'prisma', 'migrations', dialect);
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.sql$/, ''), sql: readFileSync(path.join(dir, f), 'utf8') }));
}
