// A local HTTPS test double of Duo's Admin API and of the Statuspage JSON (issue 19).
//
// It verifies each request's signature the way Duo does, re-implemented here independently of the
// client under test from Duo's official Node client (@duosecurity/duo_api 1.5.0, lib/duo_sig.js):
// canonical string v5 = Date header, METHOD, lower-cased host, path, the sorted
// application/x-www-form-urlencoded params (RFC 3986 escaping of !'()*), SHA-512 hex of the body and
// SHA-512 hex of "" (additional headers), joined by "\n"; HMAC-SHA512 with the secret key, hex; sent as
// "Authorization: Basic base64(ikey:sig)". The host is the apiHost the double plays, whatever address
// it is reached at (ORP_DUO_BASE_URL). Dates more than 300 s off are refused.
//
// It serves Duo's envelope {"stat":"OK","response":…,"metadata":{"next_offset",…}} with offset/limit
// paging (page size capped by `pageSize`, to force paging), answers one 429 with Retry-After per path
// in `rateLimitOnce`, and Duo's error envelope {"stat":"FAIL","code","message"} for 401 (40103 bad
// signature, 40101 missing/unknown credentials), 403 (40301 permission) and 404.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface DoubleIntegration {
  integration_key: string;
  secret_key: string;
  name: string;
  type: string;
  groups_allowed: string[];
  notes?: string;
}
export interface DoubleGroup {
  group_id: string;
  name: string;
  status: 'Active' | 'Bypass' | 'Disabled';
  desc?: string;
}
export interface DoubleUser {
  user_id: string;
  username: string;
  status: 'active' | 'bypass' | 'disabled';
  groups: string[];
}

export interface DoubleState {
  apiHost: string;
  ikey: string;
  skey: string;
  /** Paths the credentials may read (others: 403 40301). */
  permissions: Set<string>;
  integrations: DoubleIntegration[];
  groups: DoubleGroup[];
  users: DoubleUser[];
  pageSize: number;
  rateLimitOnce: Set<string>;
  /** Statuspage status.indicator, or "unreachable" (the status URL answers 503 with no JSON). */
  statusIndicator: 'none' | 'minor' | 'major' | 'critical' | 'unreachable';
  /** Every Admin API request seen: path, whether the signature verified, the status answered. */
  log: { path: string; query: string; verified: boolean; status: number; host: string | undefined }[];
}

function canonParams(params: [string, string][]): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return [...params]
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&');
}

const sha512 = (s: string) => createHash('sha512').update(s).digest('hex');

/** The v5 signature Duo expects for this request. */
export function expectedSignature(
  skey: string,
  date: string,
  method: string,
  host: string,
  path: string,
  params: [string, string][],
  body: string,
): string {
  const canon = [date, method.toUpperCase(), host.toLowerCase(), path, canonParams(params), sha512(body), sha512('')].join('\n');
  return createHmac('sha512', skey).update(canon).digest('hex');
}

export function defaultDoubleState(over: Partial<DoubleState> = {}): DoubleState {
  return {
    apiHost: 'api-e2e0test.duosecurity.com',
    ikey: 'DIADMINAPITESTKEY001',
    skey: 'AdminApiSecretKeyForTestsOnly0123456789X',
    permissions: new Set(['/admin/v1/integrations', '/admin/v1/groups', '/admin/v1/users']),
    integrations: [],
    groups: [],
    users: [],
    pageSize: 2,
    rateLimitOnce: new Set(),
    statusIndicator: 'none',
    log: [],
    ...over,
  };
}

const FAIL = (code: number, message: string, detail?: string) =>
  JSON.stringify({ stat: 'FAIL', code, message, ...(detail ? { message_detail: detail } : {}) });

export interface DuoDouble {
  url: string;
  port: number;
  state: DoubleState;
  close(): Promise<void>;
}

export async function startDuoDouble(opts: {
  cert: string;
  key: string;
  port?: number;
  host?: string;
  state?: DoubleState;
  control?: boolean;
}): Promise<DuoDouble> {
  const state = opts.state ?? defaultDoubleState();
  const server = https.createServer({ cert: opts.cert, key: opts.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const u = new URL(req.url ?? '/', 'https://double');
      const send = (status: number, json: string, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(json);
      };
      if (u.pathname === '/api/v2/summary.json') {
        if (state.statusIndicator === 'unreachable') return send(503, 'down');
        const desc = {
          none: 'All Systems Operational',
          minor: 'Minor Service Outage',
          major: 'Partial System Outage',
          critical: 'Major System Outage',
        }[state.statusIndicator];
        return send(
          200,
          JSON.stringify({
            page: { name: 'Duo' },
            status: { indicator: state.statusIndicator, description: desc },
            components: [],
            incidents: state.statusIndicator === 'none' ? [] : [{ name: 'Authentication latency' }],
          }),
        );
      }
      if (u.pathname === '/__control' && opts.control && req.method === 'POST') {
        // Test-only: the e2e spec changes what the double serves.
        const patch = JSON.parse(body || '{}') as Partial<Record<keyof DoubleState, unknown>>;
        if (patch.statusIndicator) state.statusIndicator = patch.statusIndicator as DoubleState['statusIndicator'];
        if (patch.groups) state.groups = patch.groups as DoubleGroup[];
        if (patch.users) state.users = patch.users as DoubleUser[];
        if (patch.integrations) state.integrations = patch.integrations as DoubleIntegration[];
        if (patch.rateLimitOnce) state.rateLimitOnce = new Set(patch.rateLimitOnce as string[]);
        return send(200, JSON.stringify({ ok: true, requests: state.log.length, verified: state.log.filter((l) => l.verified).length }));
      }
      const entry = { path: u.pathname, query: u.search, verified: false, status: 0, host: req.headers.host };
      state.log.push(entry);
      const answer = (status: number, json: string, headers: Record<string, string> = {}) => {
        entry.status = status;
        send(status, json, headers);
      };
      // Authentication exactly as Duo: Basic ikey:hexsig over the canonical request.
      const auth = req.headers.authorization ?? '';
      const date = req.headers.date ?? '';
      const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(auth);
      if (!m || !date) return answer(401, FAIL(40101, 'Missing request credentials'));
      const [ikey, sig] = Buffer.from(m[1], 'base64').toString('utf8').split(':');
      if (ikey !== state.ikey) return answer(401, FAIL(40101, 'Invalid integration key in request credentials'));
      const skew = Math.abs(Date.parse(date) - Date.now());
      if (!Number.isFinite(skew) || skew > 300_000)
        return answer(401, FAIL(40105, 'Request has expired', 'Date header is missing or too far from the current time'));
      const want = expectedSignature(state.skey, date, req.method ?? 'GET', state.apiHost, u.pathname, [...u.searchParams.entries()], body);
      const ok = typeof sig === 'string' && sig.length === want.length && timingSafeEqual(Buffer.from(sig), Buffer.from(want));
      if (!ok) return answer(401, FAIL(40103, 'Invalid signature in request credentials'));
      entry.verified = true;
      if (state.rateLimitOnce.has(u.pathname)) {
        state.rateLimitOnce.delete(u.pathname);
        return answer(429, FAIL(42901, 'Too Many Requests'), { 'retry-after': '1' });
      }
      const lists: Record<string, unknown[]> = {
        '/admin/v1/integrations': state.integrations,
        '/admin/v1/groups': state.groups,
        '/admin/v1/users': state.users.map((x) => ({
          ...x,
          groups: x.groups.map((gid) => state.groups.find((g) => g.group_id === gid) ?? { group_id: gid }),
        })),
      };
      if (!(u.pathname in lists)) return answer(404, FAIL(40401, 'Resource not found'));
      if (!state.permissions.has(u.pathname))
        return answer(403, FAIL(40301, 'Access forbidden', 'The Admin API integration does not have the required permission'));
      const all = lists[u.pathname];
      const offset = Number(u.searchParams.get('offset') ?? 0);
      const limit = Math.min(Number(u.searchParams.get('limit') ?? 100), state.pageSize);
      if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1)
        return answer(400, FAIL(40003, 'Invalid request parameters', 'offset, limit'));
      const page = all.slice(offset, offset + limit);
      const next = offset + limit < all.length ? offset + limit : undefined;
      return answer(
        200,
        JSON.stringify({
          stat: 'OK',
          response: page,
          metadata: {
            total_objects: all.length,
            ...(next !== undefined ? { next_offset: next } : {}),
            ...(offset > 0 ? { prev_offset: Math.max(0, offset - limit) } : {}),
          },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    port,
    state,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
