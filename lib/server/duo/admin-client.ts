// A signed request to Duo's Admin API. The signature is made by Duo's official Node client
// (@duosecurity/duo_api 1.5.0, node_modules/@duosecurity/duo_api/lib/duo_sig.js, signV5: HMAC-SHA512
// over date, method, lower-cased host, path, canonical params and the SHA-512 of the body, sent as
// "Authorization: Basic base64(ikey:hexsig)" with the same "Date" header). Its Client.apiCall
// (lib/main.js) always connects to `host:443` and trusts only its bundled CAs, so the request itself is
// made here: to ORP_DUO_BASE_URL when set (an egress proxy or a test double) or https://{apiHost},
// still signed for apiHost and sent with "Host: apiHost", TLS verified against Node's CAs (plus
// NODE_EXTRA_CA_CERTS). 429 answers are retried after Retry-After (else 1, 2, 4 … s, as the official
// client's _request_with_backoff, at most 32 s); each request times out after 15 s.
// No Next/React here; no secret ever goes into an error message.
import https from 'node:https';
import duoSig from '@duosecurity/duo_api/lib/duo_sig.js';

export interface DuoCredentials {
  apiHost: string;
  integrationKey: string;
  secretKey: string;
}

export interface DuoRequestOptions {
  /** Default: process.env.ORP_DUO_BASE_URL, else https://{apiHost}. */
  baseUrl?: string;
  /** Extra trusted CAs (tests only; the server uses NODE_EXTRA_CA_CERTS). */
  ca?: string;
  timeoutMs?: number;
  /** Longest single wait on a 429, in seconds (default 32, as the official client). */
  maxBackoffSeconds?: number;
  /** Called before sleeping on a 429 (progress, tests). */
  onRetry?: (info: { path: string; waitSeconds: number; attempt: number }) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** Why a Duo request failed, in words an admin can act on. */
export type DuoFailureKind =
  'dns' | 'tls' | 'network' | 'timeout' | 'signature' | 'permission' | 'rate-limit' | 'duo-error' | 'bad-response';

export class DuoRequestError extends Error {
  readonly kind: DuoFailureKind;
  readonly httpStatus: number | null;
  readonly duoCode: number | null;
  readonly path: string;
  constructor(kind: DuoFailureKind, message: string, path: string, httpStatus: number | null = null, duoCode: number | null = null) {
    super(message);
    this.name = 'DuoRequestError';
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.duoCode = duoCode;
    this.path = path;
  }
}

type Params = Record<string, string>;

/** The headers Duo's client sends for a GET (signature v5, params in the query, empty body). */
export function signedHeaders(
  creds: DuoCredentials,
  method: string,
  path: string,
  params: Params,
  date = new Date().toUTCString(),
): Record<string, string> {
  const host = creds.apiHost.toLowerCase();
  return {
    Date: date,
    Host: host,
    Authorization: duoSig.signV5(creds.integrationKey, creds.secretKey, method, host, path, params, date, ''),
    'User-Agent': 'outage-readiness-planner (duo_api_nodejs signing)',
    Accept: 'application/json',
  };
}

/** The canonical query string Duo signs (duo_sig.js _canonParams). */
export const canonParams = (params: Params): string => duoSig._canonParams(params);

function baseOf(creds: DuoCredentials, opts: DuoRequestOptions): URL {
  // Read here, not through lib/env.ts (allow-listed): a test-only override, validated just below.
  const raw = opts.baseUrl ?? process.env.ORP_DUO_BASE_URL;
  const u = new URL(raw && raw.trim() !== '' ? raw : `https://${creds.apiHost}`);
  if (u.protocol !== 'https:') throw new DuoRequestError('tls', `ORP_DUO_BASE_URL must be an https:// URL (got ${u.protocol}).`, '');
  return u;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function once(url: URL, path: string, query: string, headers: Record<string, string>, opts: DuoRequestOptions): Promise<RawResponse> {
  const prefix = url.pathname.replace(/\/$/, '');
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        protocol: 'https:',
        hostname: url.hostname,
        port: url.port || 443,
        servername: url.hostname,
        method: 'GET',
        path: `${prefix}${path}${query ? `?${query}` : ''}`,
        headers,
        ...(opts.ca ? { ca: opts.ca } : {}),
        timeout: opts.timeoutMs ?? 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > 20 * 1024 * 1024) req.destroy(new Error('response too large'));
          else chunks.push(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT_ORP' })));
    req.on('error', reject);
    req.end();
  });
}

function describeNetworkError(e: unknown, host: string, path: string): DuoRequestError {
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new DuoRequestError('dns', `DNS: the host name ${host} cannot be resolved (${code}).`, path);
  if (code === 'ETIMEDOUT_ORP' || code === 'ETIMEDOUT')
    return new DuoRequestError('timeout', `Timeout: ${host} did not answer in time.`, path);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|HOSTNAME|ALTNAME/i.test(code) || /certificate/i.test(err?.message ?? '')) {
    return new DuoRequestError(
      'tls',
      `TLS: the certificate of ${host} is not trusted (${code || 'verification failed'}); for a proxy with its own CA, add it with NODE_EXTRA_CA_CERTS.`,
      path,
    );
  }
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new DuoRequestError('network', `Network: cannot connect to ${host} (${code}).`, path);
  }
  return new DuoRequestError('network', `Network: the request to ${host} failed (${code || 'error'}).`, path);
}

function retryAfterSeconds(h: string | string[] | undefined): number | null {
  const v = Array.isArray(h) ? h[0] : h;
  if (!v) return null;
  if (/^\d+$/.test(v.trim())) return Number(v.trim());
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, Math.ceil((t - Date.now()) / 1000));
}

export interface DuoEnvelope {
  stat: string;
  response?: unknown;
  metadata?: { next_offset?: number | string | null; total_objects?: number };
  code?: number;
  message?: string;
  message_detail?: string;
}

/** One signed GET, retried on 429; answers Duo's JSON envelope with stat "OK" or throws DuoRequestError. */
export async function duoGet(creds: DuoCredentials, path: string, params: Params = {}, opts: DuoRequestOptions = {}): Promise<DuoEnvelope> {
  const url = baseOf(creds, opts);
  const sleep = opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const maxWait = opts.maxBackoffSeconds ?? 32;
  let wait = 1;
  for (let attempt = 1; ; attempt++) {
    // A fresh Date (and signature) per attempt: Duo rejects stale dates.
    const headers = signedHeaders(creds, 'GET', path, params);
    let res: RawResponse;
    try {
      res = await once(url, path, canonParams(params), headers, opts);
    } catch (e) {
      throw describeNetworkError(e, url.host, path);
    }
    if (res.status === 429) {
      const after = retryAfterSeconds(res.headers['retry-after']) ?? wait;
      if (after > maxWait || attempt > 6) {
        throw new DuoRequestError(
          'rate-limit',
          `Rate limit: Duo answered 429 Too Many Requests for ${path} and asked to wait ${after} s; try again later.`,
          path,
          429,
          42901,
        );
      }
      opts.onRetry?.({ path, waitSeconds: after, attempt });
      await sleep(after * 1000);
      wait = Math.min(wait * 2, maxWait);
      continue;
    }
    let env: DuoEnvelope | null = null;
    try {
      const j = JSON.parse(res.body) as unknown;
      if (j && typeof j === 'object' && typeof (j as DuoEnvelope).stat === 'string') env = j as DuoEnvelope;
    } catch {
      env = null;
    }
    if (!env)
      throw new DuoRequestError(
        'bad-response',
        `Bad response: ${url.host} answered HTTP ${res.status} without Duo's JSON envelope for ${path}.`,
        path,
        res.status,
      );
    if (env.stat === 'OK' && res.status >= 200 && res.status < 300) return env;
    const duoCode = typeof env.code === 'number' ? env.code : null;
    const what = [env.message, env.message_detail]
      .filter((x) => typeof x === 'string' && x !== '')
      .join(': ')
      .slice(0, 200);
    if (res.status === 401) {
      throw new DuoRequestError(
        'signature',
        `401 bad signature: Duo refused the credentials for ${path} (${duoCode ?? ''} ${what}). Check the integration key, the secret key and the API hostname.`.replace(
          '( ',
          '(',
        ),
        path,
        401,
        duoCode,
      );
    }
    if (res.status === 403) {
      throw new DuoRequestError(
        'permission',
        `403 missing permission: the Admin API application may not read ${path} (${duoCode ?? ''} ${what}). Grant it the permission listed in docs/security.md.`.replace(
          '( ',
          '(',
        ),
        path,
        403,
        duoCode,
      );
    }
    throw new DuoRequestError(
      'duo-error',
      `Duo answered HTTP ${res.status} for ${path}: ${duoCode ?? ''} ${what}`.trim(),
      path,
      res.status,
      duoCode,
    );
  }
}

/** Every object of a paged list endpoint (offset/limit; follows metadata.next_offset). */
export async function duoGetAll(
  creds: DuoCredentials,
  path: string,
  opts: DuoRequestOptions & { limit?: number; maxObjects?: number } = {},
): Promise<unknown[]> {
  const out: unknown[] = [];
  let offset: string | null = '0';
  const limit = String(opts.limit ?? 100);
  const max = opts.maxObjects ?? 100_000;
  let pages = 0;
  while (offset !== null) {
    const env = await duoGet(creds, path, { limit, offset }, opts);
    if (!Array.isArray(env.response))
      throw new DuoRequestError('bad-response', `Bad response: ${path} did not answer a list in "response".`, path, 200);
    out.push(...env.response);
    const next = env.metadata?.next_offset;
    const n = next === undefined || next === null || next === '' ? null : String(next);
    if (n !== null && n === offset)
      throw new DuoRequestError('bad-response', `Bad response: ${path} paged back to offset ${n}.`, path, 200);
    offset = n;
    if (++pages > 10_000 || out.length > max)
      throw new DuoRequestError('bad-response', `Bad response: ${path} returned more than ${max} objects.`, path, 200);
  }
  return out;
}
