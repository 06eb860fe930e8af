// Direct access to a SQLite file for what runs outside Prisma (the migrator, backup and restore,
// test fixtures), through libSQL's synchronous driver (`libsql`, the driver under @libsql/client and
// Prisma's libSQL adapter). It ships prebuilt binaries inside registry packages, so `npm install`
// compiles nothing (docs/decisions/0098-libsql.md). Its rows carry a `_metadata` key and its pragma
// results are objects; this module hides both, so callers see plain rows and values.
import Database from 'libsql';
import { existsSync } from 'node:fs';

type Row = Record<string, unknown>;
const plain = <T>(row: unknown): T => {
  if (row && typeof row === 'object' && '_metadata' in row) {
    const { _metadata: _, ...rest } = row as Row;
    return rest as T;
  }
  return row as T;
};

export interface SqliteFile {
  exec(sql: string): void;
  run(sql: string, ...args: unknown[]): { changes: number };
  all<T = Row>(sql: string, ...args: unknown[]): T[];
  get<T = Row>(sql: string, ...args: unknown[]): T | undefined;
  /** The first column of the first row of `PRAGMA name` (journal_mode, integrity_check, page_size…); undefined for a setting without a result. */
  pragma(name: string): unknown;
  /** Runs fn in BEGIN IMMEDIATE … COMMIT (ROLLBACK when it throws). */
  immediate<T>(fn: () => T): T;
  close(): void;
}

/** Opens a SQLite file; `readonly` refuses a missing file instead of creating it. */
export function openSqlite(
  file: string,
  { readonly = false, timeoutMs = 10_000 }: { readonly?: boolean; timeoutMs?: number } = {},
): SqliteFile {
  if (readonly && !existsSync(file)) throw Object.assign(new Error(`unable to open database file: ${file}`), { code: 'SQLITE_CANTOPEN' });
  const db = new Database(file, { readonly, timeout: timeoutMs });
  return {
    exec: (sql) => void db.exec(sql),
    run: (sql, ...args) => ({ changes: Number(db.prepare(sql).run(...args).changes) }),
    all: <T>(sql: string, ...args: unknown[]) => (db.prepare(sql).all(...args) as unknown[]).map((r) => plain<T>(r)),
    get: <T>(sql: string, ...args: unknown[]) => {
      const r = db.prepare(sql).get(...args);
      return r === undefined ? undefined : plain<T>(r);
    },
    pragma: (name) => {
      const stmt = db.prepare(`PRAGMA ${name}`);
      // A setting such as `foreign_keys = ON` returns no row (and libSQL refuses raw() on it).
      if (!stmt.reader) return void stmt.run();
      return (stmt.raw().get() as unknown[] | undefined)?.[0];
    },
    immediate: <T>(fn: () => T): T => db.transaction(fn).immediate() as T,
    close: () => db.close(),
  };
}
