import { NextResponse, type NextRequest } from 'next/server';
import { loadEnv } from './lib/env';

// Security headers for every page and API response, a fresh CSP nonce per page request, and a
// convenience redirect to /login for pages without a session cookie. Authorisation itself is
// checked on the server in the data layer (lib/server/permissions.ts), never here.

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || (request.headers.get('x-forwarded-proto') ?? '').split(',')[0].trim() === 'https';
}

function pageCsp(nonce: string, https: boolean): string {
  const dev = loadEnv().NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Inline styles cannot run code; the runbook view embeds its stylesheet (docs/security.md).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

// API answers are JSON or exported, script-free documents (runbook HTML): no script may run, inline
// styles may (the exported runbook carries its stylesheet). Same value as lib/server/http-file.ts.
const API_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function secure(res: NextResponse, https: boolean, csp: string): NextResponse {
  if (!res.headers.has('content-security-policy')) res.headers.set('Content-Security-Policy', csp);
  res.headers.set('X-Content-Type-Options', 'nosniff');
  res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.headers.set('X-Frame-Options', 'DENY');
  res.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (https) res.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return res;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = isHttps(request);
  if (pathname.startsWith('/api/')) return secure(NextResponse.next(), https, API_CSP);

  if (!request.cookies.has('orp_session') && !pathname.startsWith('/login')) {
    const url = request.nextUrl.clone();
    url.pathname = '/login';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return secure(NextResponse.redirect(url), https, API_CSP);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, https);
  const headers = new Headers(request.headers);
  headers.set('x-pathname', pathname + search);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  return secure(NextResponse.next({ request: { headers } }), https, csp);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
