import 'server-only';
import { NextResponse } from 'next/server';
import { loadEnv } from '../../env';
import { AppError } from '../errors';
import { assertSameOrigin, readJson, toResponse } from '../http';
import { clientIp } from './current';
import { login, logout, SESSION_COOKIE } from './sessions';
import { sessionBodySchema } from '../../validations/auth';

const cookieOf = (req: Request, name: string) =>
  (req.headers.get('cookie') ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];

const secureCookie = (req: Request) => (req.headers.get('x-forwarded-proto') ?? '').includes('https') || loadEnv().COOKIE_SECURE;

/** POST /api/v1/sessions: sign in (anonymous; same-origin check for browsers, throttled). */
export async function createSession(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
    const body = sessionBodySchema.safeParse(await readJson(req, 16 * 1024));
    if (!body.success)
      throw new AppError('VALIDATION_FAILED', 'Send {"email","password"} as JSON.', [{ path: '', message: body.error.issues[0].message }]);
    const r = await login({
      email: body.data.email,
      password: body.data.password,
      ip: await clientIp(),
      userAgent: req.headers.get('user-agent'),
    });
    const res = NextResponse.json(
      { user: { email: r.actor.email, name: r.actor.name, role: r.actor.role }, expiresAt: r.expiresAt.toISOString() },
      { status: 201, headers: { 'cache-control': 'no-store' } },
    );
    res.cookies.set(SESSION_COOKIE, r.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie(req),
      path: '/',
      expires: new Date(Date.now() + 7 * 24 * 3600_000),
    });
    return res;
  } catch (e) {
    return toResponse(e, req);
  }
}

/** DELETE /api/v1/sessions: sign out (ends the session of the cookie). */
export async function endSession(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
    await logout(cookieOf(req, SESSION_COOKIE));
    const res = new NextResponse(null, { status: 204 });
    res.cookies.delete(SESSION_COOKIE);
    return res;
  } catch (e) {
    return toResponse(e, req);
  }
}
