import 'server-only';
import { clearReadCaches } from './read-cache';

// SQLite has one connection per process through the adapter, and a query of another request that
// arrives while a transaction is open runs inside it (and is lost if it rolls back). Every write
// of the data layer therefore runs under this process-wide lock (docs/decisions/0004-sqlite-writes.md).
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
