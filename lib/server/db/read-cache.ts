// Small in-process caches for what every request reads: the inventory revision and the actor behind
// a session cookie or API token (at most AUTH_CACHE_ENTRIES, the least recently used go first). Every
// write of this process clears them (withWriteLock), so this process always reads its own writes;
// other processes and instances see a change after at most the TTL (docs/decisions/0060-performance.md).
import { LRUCache } from 'lru-cache';
import { loadEnv } from '../../env';

const REVISION_TTL_MS = loadEnv().REVISION_CACHE_MS;
export const AUTH_TTL_MS = loadEnv().AUTH_CACHE_MS;
export const AUTH_CACHE_ENTRIES = 5000;

interface State {
  /** Moved by every clear: a read that began before a write must not store what it read after it. */
  generation: number;
  revision?: { value: number; until: number; key: string };
  auth: LRUCache<string, { value: unknown; until: number }>;
}
const g = globalThis as unknown as { __orpReadCache?: State };
const state = (): State => (g.__orpReadCache ??= { generation: 0, auth: new LRUCache({ max: AUTH_CACHE_ENTRIES }) });

/**
 * Taken before reading what will be cached, and passed to remember*: a write of this process that
 * committed in between (and cleared the caches) makes the value read possibly older than it, so it
 * is not stored (a poll that read the revision just before an edit cached it for the TTL after it).
 */
export function readGeneration(): number {
  return state().generation;
}

export function cachedRevision(key: string, now = Date.now()): number | undefined {
  const r = state().revision;
  return r && r.key === key && r.until > now ? r.value : undefined;
}

export function rememberRevision(key: string, value: number, generation: number, now = Date.now()): void {
  if (generation !== state().generation) return;
  state().revision = { key, value, until: now + REVISION_TTL_MS };
}

export function cachedAuth<T>(key: string, now = Date.now()): T | undefined {
  const hit = state().auth.get(key);
  if (!hit) return undefined;
  if (hit.until <= now) {
    state().auth.delete(key);
    return undefined;
  }
  return hit.value as T;
}

export function rememberAuth(key: string, value: unknown, until: number, generation: number): void {
  if (generation !== state().generation) return;
  state().auth.set(key, { value, until });
}

/** Called after every write of this process. */
export function clearReadCaches(): void {
  const s = state();
  s.generation += 1;
  s.revision = undefined;
  s.auth.clear();
}

/** After the database was replaced under this process (restore): forget everything read from it. */
export function forgetDatabaseState(): void {
  clearReadCaches();
  (globalThis as unknown as { __orpSnapshot?: unknown }).__orpSnapshot = undefined;
}
