import 'server-only';
import { clearReadCaches } from './read-cache';

// SQLite takes one writer at a time, and the adapter one statement or transaction at a time per
// client (libSQL's adapter queues the others behind an open transaction; the better-sqlite3 adapter
// used before ran them inside it). Every write of the data layer therefore runs under this
// process-wide lock, so writers take turns here rather than in SQLite's busy handler
// (docs/decisions/0004-sqlite-writes.md, 0098-libsql.md).
const g = globalThis as unknown as { __orpWriteTail?: Promise<unknown> };

export async function withWriteLock<T>(fn: () => Promise<T>): Promise<T> {
  const prev = g.__orpWriteTail ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  g.__orpWriteTail = prev.then(() => mine);
  await prev.catch(() => {});
  try {
    return await fn();
  } finally {
    clearReadCaches();
    release();
  }
}
