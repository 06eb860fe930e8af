import 'server-only';
import { NextResponse } from 'next/server';
import type { Lang } from '../domain/types';
import { loadEnv } from '../env';
import { localizeError } from '../i18n/error-messages';
import { negotiateLocale } from '../i18n/locales';
import { getActor } from './auth/current';
import { AppError, isAppError } from './errors';
import type { Actor } from './permissions';

export const MAX_JSON_BYTES = 1024 * 1024;

/** The language of an API error's `message`s: Accept-Language (q-values; de…), else English. Codes never change. */
export function errorLangOf(req: Request | undefined): Lang {
  return (req && negotiateLocale(req.headers.get('accept-language'))) || 'en';
}

export function errorResponse(e: AppError, lang: Lang = 'en'): NextResponse {
  const headers: Record<string, string> = e.retryAfterSeconds !== undefined ? { 'retry-after': String(e.retryAfterSeconds) } : {};
  const body = e.toJSON();
  return NextResponse.json(
    { error: localizeError(body.error, lang) },
    { status: e.status, headers: { ...headers, 'content-language': lang, vary: 'Accept-Language' } },
  );
}

/** Never a stack trace or SQL to the client: unknown errors are logged and answered with a code. */
export function toResponse(e: unknown, req?: Request): NextResponse {
  const lang = errorLangOf(req);
  if (isAppError(e)) return errorResponse(e, lang);
  console.error('unexpected error in route handler', e);
  return NextResponse.json(
    { error: localizeError({ code: 'INTERNAL', message: 'Something went wrong on the server.' }, lang) },
    { status: 500, headers: { 'content-language': lang } },
  );
}

/** Reads a JSON body: 415 for other media types, 413 past the limit, 400 for malformed JSON. */
export async function readJson(req: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with Content-Type: application/json.');
  }
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${maxBytes} bytes.`);
  const text = await readText(req, maxBytes);
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    let where = '';
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    throw new AppError('INVALID_JSON', `The body is not valid JSON${where}.`);
  }
}

export async function readText(req: Request, maxBytes: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated state-changing requests must come from this origin (CSRF); token
 * requests carry no ambient credentials and are exempt.
 */
export function assertSameOrigin(req: Request) {
  if (!STATE_CHANGING.has(req.method) || req.headers.get('authorization')) return;
  const origin = req.headers.get('origin');
  if (origin === null) {
    if (req.headers.get('sec-fetch-site') && req.headers.get('sec-fetch-site') !== 'same-origin') {
      throw new AppError('FORBIDDEN', 'Cross-site requests are refused.');
    }
    return;
  }
  // X-Forwarded-Host only from a proxy we trust (TRUST_PROXY=true); else anyone could name any host.
  const host = (loadEnv().TRUST_PROXY ? req.headers.get('x-forwarded-host') : null) ?? req.headers.get('host');
  let ok = false;
  try {
    ok = origin !== 'null' && new URL(origin).host === host;
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('FORBIDDEN', 'Cross-site requests are refused: the Origin header does not match this site.');
}

export function langOf(req: Request, fallback: Lang = 'en'): Lang {
  const q = new URL(req.url).searchParams.get('lang');
  return q === 'de' || q === 'en' ? q : fallback;
}

/**
 * Every answer of an authenticated route (JSON, exports, audit CSV, runbooks, the binder) is
 * `Cache-Control: private, no-store`: no shared or browser cache keeps a copy.
 */
function noStore(res: Response): Response {
  if (!res.headers.has('cache-control')) res.headers.set('cache-control', 'private, no-store');
  return res;
}

type Handler<P> = (ctx: { req: Request; actor: Actor | null; params: P }) => Promise<Response | unknown>;

/** Wraps a route handler: origin check, actor, typed errors → {"error":{…}}, JSON answers. */
export function route<P = Record<string, string>>(fn: Handler<P>, opts: { status?: number } = {}) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const actor = await getActor();
      if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first: send a session cookie or Authorization: Bearer TOKEN.');
      const out = await fn({ req, actor, params: await ctx.params });
      return noStore(
        out instanceof Response
          ? out
          : out === undefined
            ? new NextResponse(null, { status: 204 })
            : NextResponse.json(out, { status: opts.status ?? 200 }),
      );
    } catch (e) {
      return noStore(toResponse(e, req));
    }
  };
}
