import 'server-only';
// The in-process caches of the server, one eviction rule each, all on lru-cache (issue 17):
// - byteBoundedPerOwner: rendered runbooks of the current snapshot, at most RUNBOOK_CACHE_MB;
// - entryBoundedPerOwner: list orders of one snapshot (a few recent queries);
// - read-cache.ts (actor behind a session or token) and duo/status.ts (one answer per URL) use
//   LRUCache directly with an entry bound and their own expiry time.
// "Owner" is the object the entries were computed from (an inventory snapshot): entries of an older
// owner are never served, so nothing goes stale when a write makes a new snapshot.
import { LRUCache } from 'lru-cache';

export interface OwnedCache<O extends object, V> {
  get(owner: O, key: string): V | undefined;
  set(owner: O, key: string, value: V): void;
}

/**
 * Values of the latest owner only (a new owner starts empty), at most `maxBytes` in total by
 * `sizeOf`; the least recently used go first; a value larger than `maxBytes` is not kept. 0 = off.
 */
export function byteBoundedPerOwner<O extends object, V extends object>(
  maxBytes: number,
  sizeOf: (value: V) => number,
): OwnedCache<O, V> & { readonly bytes: number } {
  let owner: O | undefined;
  let lru: LRUCache<string, V> | undefined;
  return {
    get(o, key) {
      return o === owner ? lru?.get(key) : undefined;
    },
    set(o, key, value) {
      if (maxBytes <= 0) return;
      if (o !== owner || !lru) {
        owner = o;
        lru = new LRUCache<string, V>({ maxSize: maxBytes, maxEntrySize: maxBytes, sizeCalculation: (v) => Math.max(1, sizeOf(v)) });
      }
      lru.set(key, value);
    },
    get bytes() {
      return lru?.calculatedSize ?? 0;
    },
  };
}

/** At most `max` values per owner (least recently used go first); an owner's values go with it (WeakMap). */
export function entryBoundedPerOwner<O extends object, V extends object>(max: number): OwnedCache<O, V> {
  const perOwner = new WeakMap<O, LRUCache<string, V>>();
  return {
    get(o, key) {
      return perOwner.get(o)?.get(key);
    },
    set(o, key, value) {
      let lru = perOwner.get(o);
      if (!lru) perOwner.set(o, (lru = new LRUCache<string, V>({ max })));
      lru.set(key, value);
    },
  };
}
