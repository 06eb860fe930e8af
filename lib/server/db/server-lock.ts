// Reads the lock file that a running server holds next to its SQLite database (written by
// scripts/server-lock.mjs, same format): `<database file>.server.lock` = {"pid","startedAt","port"}.
import { readFileSync } from 'node:fs';

export const lockPathOf = (file: string) => `${file}.server.lock`;

export interface ServerLock {
  pid: number;
  startedAt?: string;
  port?: string;
}

/** The live server using this database file, or null (no lock file, or its process is gone). */
export function serverUsing(file: string): ServerLock | null {
  let info: ServerLock;
  try {
    info = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as ServerLock;
  } catch {
    return null;
  }
  if (!Number.isInteger(info.pid) || info.pid === process.pid) return null;
  try {
    process.kill(info.pid, 0);
    return info;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? info : null;
  }
}
