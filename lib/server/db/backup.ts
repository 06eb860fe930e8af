// Online backups of the SQLite database (the server may keep running) and restore into place
// (with the server stopped). For PostgreSQL use pg_dump / pg_restore (docs/operations.md).
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseTarget } from './config';
import { forgetDatabaseState } from './read-cache';
import { serverUsing } from './server-lock';
import { openSqlite } from './sqlite-file';

export class BackupError extends Error {}

export async function backupSqlite(target: DatabaseTarget, file: string): Promise<{ pages: number; bytes: number }> {
  if (target.kind !== 'sqlite') {
    throw new BackupError(
      'This database is PostgreSQL: back it up with pg_dump, e.g. `pg_dump --format=custom --file=orp.dump "$DATABASE_URL"`, and restore with `pg_restore --clean --dbname="$DATABASE_URL" orp.dump`.',
    );
  }
  if (!existsSync(target.file)) throw new BackupError(`There is no database at ${target.file}.`);
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose a new file name.`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // VACUUM INTO writes a consistent copy from one read transaction while the server goes on writing
  // (https://sqlite.org/lang_vacuum.html#vacuuminto); the copy is checked before it is reported.
  const db = openSqlite(target.file, { readonly: true });
  try {
    db.run('VACUUM INTO ?', path.resolve(file));
  } finally {
    db.close();
  }
  const check = openSqlite(file, { readonly: true });
  try {
    const ok = check.pragma('integrity_check');
    if (ok !== 'ok') throw new BackupError(`The backup failed its integrity check: ${String(ok)}`);
    return { pages: Number(check.pragma('page_count')), bytes: statSync(file).size };
  } finally {
    check.close();
  }
}

/** Puts a backup in place of the database file; refuses while a server holds the lock file (server-lock.ts). */
export function restoreSqlite(target: DatabaseTarget, file: string): void {
  if (target.kind !== 'sqlite') throw new BackupError('This database is PostgreSQL: restore it with pg_restore.');
  if (!existsSync(file)) throw new BackupError(`There is no backup at ${file}.`);
  const running = serverUsing(target.file);
  if (running) {
    throw new BackupError(
      `A server (pid ${running.pid}${running.port ? `, port ${running.port}` : ''}) is using ${target.file}: restoring under it would lose data. ` +
        `Stop the server first (SIGTERM, e.g. Ctrl+C in its terminal: it finishes the requests in flight and exits), run \`npm run restore -- ${file}\` again, then start it with \`npm start\`. ` +
        'To copy the database while it runs, use `npm run backup -- FILE`.',
    );
  }
  const check = openSqlite(file, { readonly: true });
  try {
    if (check.pragma('integrity_check') !== 'ok') throw new BackupError(`${file} is damaged (integrity check failed).`);
    const t = check.get("SELECT name FROM sqlite_master WHERE type='table' AND name='_orp_migrations'");
    if (!t) throw new BackupError(`${file} is not an Outage Readiness Planner database.`);
  } finally {
    check.close();
  }
  mkdirSync(path.dirname(target.file), { recursive: true });
  const tmp = `${target.file}.restore-${process.pid}`;
  copyFileSync(file, tmp);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target.file}${suffix}`, { force: true });
  renameSync(tmp, target.file);
  forgetDatabaseState();
}
