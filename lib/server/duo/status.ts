import 'server-only';
// "Is Duo down?" (issue 19): the Statuspage JSON of status.duo.com. No request leaves the server
// unless the admin configured ORP_DUO_STATUS_URL or a Duo connection exists (air-gapped installs stay
// quiet). Cached for ORP_DUO_STATUS_CACHE_SECONDS (default 60) per URL; unreachable → "unknown".
// Not filtered to one Duo deployment: the API hostname does not say which DUOnn deployment it is on,
// so the overall indicator is used (docs/operations.md).
import http from 'node:http';
import https from 'node:https';
import { LRUCache } from 'lru-cache';
import { parseStatusSummary, type DuoServiceState } from '../../domain/duo';
import { assertCan, type Actor } from '../permissions';
import { getConnectionRow } from './connection';

export const DEFAULT_STATUS_URL = 'https://status.duo.com/api/v2/summary.json';

export interface DuoStatus {
  state: DuoServiceState;
  checkedAt: string | null;
  /** False: neither ORP_DUO_STATUS_URL nor a connection: nothing was asked. */
  configured: boolean;
  indicator: string | null;
  description: string | null;
  incidents: string[];
  /** Why the state is unknown, when it is. */
  error?: string;
}

// One answer per status URL (at most a handful: ORP_DUO_STATUS_URL or the default); the age is checked on read.
const cache = new LRUCache<string, { at: number; value: DuoStatus }>({ max: 16 });

// Read here, not through lib/env.ts (allow-listed): a bad ORP_DUO_STATUS_CACHE_SECONDS falls back to 60 s (issue 19).
function ttlMs(): number {
  const v = Number(process.env.ORP_DUO_STATUS_CACHE_SECONDS ?? 60);
  return Number.isFinite(v) && v >= 0 ? v * 1000 : 60_000;
}

function getJson(url: string, timeoutMs = 5000): Promise<unknown> {
  const u = new URL(url);
  const mod = u.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const req = mod.get(u, { timeout: timeoutMs, headers: { Accept: 'application/json' } }, (res) => {
      if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) {
        res.resume();
        reject(new Error(`HTTP ${res.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > 2 * 1024 * 1024) req.destroy(new Error('response too large'));
        else chunks.push(c);
      });
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          reject(new Error('not JSON'));
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

// Read here, not through lib/env.ts (allow-listed): ORP_DUO_STATUS_URL (tests point it at a local Statuspage).
async function statusUrl(): Promise<string | null> {
  const env = process.env.ORP_DUO_STATUS_URL?.trim();
  if (env) return env;
  return (await getConnectionRow()) ? DEFAULT_STATUS_URL : null;
}

/** The status without a permission check (the header banner of every signed-in page). */
export async function readDuoStatus(): Promise<DuoStatus> {
  const url = await statusUrl();
  if (!url) return { state: 'unknown', checkedAt: null, configured: false, indicator: null, description: null, incidents: [] };
  const hit = cache.get(url);
  if (hit && Date.now() - hit.at < ttlMs()) return hit.value;
  let value: DuoStatus;
  try {
    const s = parseStatusSummary(await getJson(url));
    value = { ...s, checkedAt: new Date().toISOString(), configured: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    value = {
      state: 'unknown',
      checkedAt: new Date().toISOString(),
      configured: true,
      indicator: null,
      description: null,
      incidents: [],
      error: `The status page cannot be read (${code ?? (e as Error).message}).`,
    };
  }
  cache.set(url, { at: Date.now(), value });
  return value;
}

/** GET /api/v1/duo/status: any signed-in role. */
export async function getDuoStatus({ actor }: { actor: Actor | null }): Promise<DuoStatus> {
  assertCan(actor, 'inventory:read');
  return readDuoStatus();
}
