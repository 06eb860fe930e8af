'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientIp } from '../server/auth/current';
import { login, logout, SESSION_COOKIE } from '../server/auth/sessions';
import { isAppError } from '../server/errors';
import { formArg } from '../validations/actions';
import { safeNextPath } from '../validations/next-path';
import { loadEnv } from '../env';

export interface LoginState {
  error?: string;
  code?: string;
  email?: string;
  /** With code TOO_MANY_REQUESTS: how long to wait. */
  retryAfterSeconds?: number;
}

const loginArgs = z.tuple([z.unknown(), formArg]);
const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export async function loginAction(prev: LoginState, form: FormData): Promise<LoginState> {
  // Anonymous and public: the arguments come from the network (issue 14 item 3).
  const args = loginArgs.safeParse([prev, form]);
  if (!args.success) return { error: 'Enter your email and password.', code: 'VALIDATION_FAILED' };
  const email = text(form.get('email')).slice(0, 300);
  try {
    const h = await headers();
    const result = await login({
      email,
      password: text(form.get('password')),
      ip: await clientIp(),
      userAgent: h.get('user-agent'),
    });
    const c = await cookies();
    const secure = (h.get('x-forwarded-proto') ?? '').includes('https') || loadEnv().COOKIE_SECURE;
    c.set(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      expires: new Date(Date.now() + 7 * 24 * 3600_000),
    });
  } catch (e) {
    if (isAppError(e))
      return {
        error: e.message,
        code: e.code,
        email,
        ...(e.retryAfterSeconds !== undefined ? { retryAfterSeconds: e.retryAfterSeconds } : {}),
      };
    throw e;
  }
  redirect(safeNextPath(form.get('next')));
}

export async function logoutAction(): Promise<void> {
  const c = await cookies();
  await logout(c.get(SESSION_COOKIE)?.value);
  c.delete(SESSION_COOKIE);
  redirect('/login');
}
