// The server's in-process caches (issue 17: lru-cache, one eviction rule each). What a user would
// notice if eviction were wrong: memory that grows without bound, or every signed-in user paying a
// database read at once because the actor cache was emptied in one go.
import { describe, expect, it } from 'vitest';
import { byteBoundedPerOwner, entryBoundedPerOwner } from '@/lib/server/caches';
import {
  AUTH_CACHE_ENTRIES,
  cachedAuth,
  cachedRevision,
  clearReadCaches,
  readGeneration,
  rememberAuth,
  rememberRevision,
} from '@/lib/server/db/read-cache';

const blob = (n: number) => ({ bytes: Buffer.alloc(n) });
const size = (v: { bytes: Buffer }) => v.bytes.length;

describe('byteBoundedPerOwner (rendered runbooks, RUNBOOK_CACHE_MB)', () => {
  it('stays within its bytes, dropping the least recently used first', () => {
    const c = byteBoundedPerOwner<object, { bytes: Buffer }>(100, size);
    const snap = {};
    c.set(snap, 'a', blob(40));
    c.set(snap, 'b', blob(40));
    expect(c.get(snap, 'a')).toBeDefined(); // a is now more recent than b
    c.set(snap, 'c', blob(40));
    expect(c.bytes).toBeLessThanOrEqual(100);
    expect(c.get(snap, 'b')).toBeUndefined();
    expect(c.get(snap, 'a')).toBeDefined();
    expect(c.get(snap, 'c')).toBeDefined();
  });

  it('keeps no value larger than the whole cache, and nothing at 0', () => {
    const c = byteBoundedPerOwner<object, { bytes: Buffer }>(100, size);
    const snap = {};
    c.set(snap, 'small', blob(10));
    c.set(snap, 'huge', blob(101));
    expect(c.get(snap, 'huge')).toBeUndefined();
    expect(c.get(snap, 'small')).toBeDefined();
    const off = byteBoundedPerOwner<object, { bytes: Buffer }>(0, size);
    off.set(snap, 'x', blob(1));
    expect(off.get(snap, 'x')).toBeUndefined();
  });

  it('serves the latest snapshot only: a new one starts empty', () => {
    const c = byteBoundedPerOwner<object, { bytes: Buffer }>(100, size);
    const old = {};
    const cur = {};
    c.set(old, 'a', blob(10));
    c.set(cur, 'b', blob(10));
    expect(c.get(old, 'a')).toBeUndefined();
    expect(c.get(cur, 'a')).toBeUndefined();
    expect(c.get(cur, 'b')).toBeDefined();
    expect(c.bytes).toBe(10);
  });
});

describe('entryBoundedPerOwner (list orders per snapshot)', () => {
  it('keeps at most max per snapshot, the least recently used go first', () => {
    const c = entryBoundedPerOwner<object, number[]>(3);
    const snap = {};
    for (const k of ['a', 'b', 'c']) c.set(snap, k, [1]);
    c.get(snap, 'a');
    c.set(snap, 'd', [1]);
    expect(['a', 'b', 'c', 'd'].map((k) => c.get(snap, k) !== undefined)).toEqual([true, false, true, true]);
    const other = {};
    expect(c.get(other, 'a')).toBeUndefined();
    c.set(other, 'a', [2]);
    expect(c.get(snap, 'a')).toEqual([1]);
  });
});

describe('the actor cache (read-cache.ts)', () => {
  it('drops only the least recently used actor when full, not all of them', () => {
    clearReadCaches();
    const until = Date.now() + 60_000;
    for (let i = 0; i <= AUTH_CACHE_ENTRIES + 1; i++) rememberAuth(`s:${i}`, { id: i }, until, readGeneration());
    expect(cachedAuth('s:0')).toBeUndefined();
    expect(cachedAuth('s:2')).toEqual({ id: 2 });
    expect(cachedAuth(`s:${AUTH_CACHE_ENTRIES + 1}`)).toEqual({ id: AUTH_CACHE_ENTRIES + 1 });
    clearReadCaches();
    expect(cachedAuth('s:2')).toBeUndefined();
  });

  it('forgets an actor at its expiry time', () => {
    clearReadCaches();
    const now = Date.now();
    rememberAuth('t:x', { id: 'x' }, now + 1000, readGeneration());
    expect(cachedAuth('t:x', now + 999)).toEqual({ id: 'x' });
    expect(cachedAuth('t:x', now + 1000)).toBeUndefined();
    expect(cachedAuth('t:x', now)).toBeUndefined(); // deleted on the expired read
  });
});

describe('a read that a write overtook is not cached (read-cache.ts generation)', () => {
  // The reviews e2e saw "Approved" after an edit: a poll read the revision just before the edit
  // committed, the edit cleared the cache, and the poll then stored the old revision for the TTL.
  it('drops the revision and the actor read before a write cleared the caches', () => {
    clearReadCaches();
    const now = Date.now();
    const before = readGeneration();
    clearReadCaches(); // an edit of this process commits while the read is on its way
    rememberRevision('db', 41, before, now);
    rememberAuth('s:old', { role: 'admin' }, now + 60_000, before);
    expect(cachedRevision('db', now)).toBeUndefined();
    expect(cachedAuth('s:old', now)).toBeUndefined();
    // A read that began after the write is cached as before.
    const after = readGeneration();
    rememberRevision('db', 42, after, now);
    rememberAuth('s:new', { role: 'viewer' }, now + 60_000, after);
    expect(cachedRevision('db', now)).toBe(42);
    expect(cachedAuth('s:new', now)).toEqual({ role: 'viewer' });
  });
});
