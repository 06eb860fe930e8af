// The lock file of a running server (issue 14 item 6): `<database file>.server.lock` holds the pid
// of the server that uses the SQLite database; `npm run restore` refuses while that pid is alive.
// The path rule is lib/server/db/config.ts (DATABASE_URL unset → data/orp.db; file:… → that file).
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export function sqliteFileOf(url) {
  if (!url || url.trim() === '') return path.resolve('data', 'orp.db');
  if (url.startsWith('file:'))
    return path.resolve(
      url
        .slice('file:'.length)
        .replace(/^\/\/(?=\/)/, '')
        .split('?')[0],
    );
  return null;
}

export const lockPathOf = (file) => `${file}.server.lock`;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** The pid of a live server holding the lock of this database file, or null. */
export function lockHolder(file) {
  try {
    const info = JSON.parse(readFileSync(lockPathOf(file), 'utf8'));
    return Number.isInteger(info.pid) && info.pid !== process.pid && alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export function acquireServerLock(url) {
  const file = sqliteFileOf(url);
  if (!file) return { release() {} };
  const holder = lockHolder(file);
  if (holder) {
    console.error(`Another server (pid ${holder.pid}) is using ${file}: stop it first.`);
    process.exit(1);
  }
  const lockFile = lockPathOf(file);
  rmSync(lockFile, { force: true });
  const fd = openSync(lockFile, 'wx');
  writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), port: process.env.PORT ?? '3000' }));
  closeSync(fd);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      try {
        if (JSON.parse(readFileSync(lockFile, 'utf8')).pid === process.pid) rmSync(lockFile, { force: true });
      } catch {}
    },
  };
}
