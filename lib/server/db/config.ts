import path from 'node:path';
import { loadEnv } from '../../env';

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/**
 * SPEC §3: DATABASE_URL unset → SQLite file under ./data/; `file:…` → that SQLite file;
 * `postgres://…` / `postgresql://…` → PostgreSQL.
 */
export function resolveDatabase(url = loadEnv().DATABASE_URL): DatabaseTarget {
  if (!url || url.trim() === '') return { kind: 'sqlite', file: path.resolve('data', 'orp.db') };
  if (url.startsWith('file:')) {
    const rest = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    return { kind: 'sqlite', file: path.resolve(rest.split('?')[0]) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  throw new Error(`DATABASE_URL must start with file:, postgres:// or postgresql:// (got "${url.slice(0, 20)}…")`);
}
