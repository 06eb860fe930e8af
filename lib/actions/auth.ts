'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '../server/auth/current';
import { login, logout, SESSION_COOKIE } from '../server/auth/sessions';
import { isAppError } from '../server/errors';
import { loadEnv } from '../env';

export interface LoginState {
  error?: string;
  email?: string;
}

function safeNext(next: FormDataEntryValue | null): string {
  const s = typeof next === 'string' ? next : '';
  return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : '/';
}

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get('email') ?? '');
  try {
    const h = await headers();
    const result = await login({
      email,
      password: String(form.get('password') ?? ''),
      ip: await clientIp(),
      userAgent: h.get('user-agent'),
    });
    const c = await cookies();
    const secure = (h.get('x-forwarded-proto') ?? '').includes('https') || loadEnv().COOKIE_SECURE;
    c.set(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(Date.now() + 7 * 24 * 3600_000) });
  } catch (e) {
    if (isAppError(e)) return { error: e.message, email };
    throw e;
  }
  redirect(safeNext(form.get('next')));
}

export async function logoutAction(): Promise<void> {
  const c = await cookies();
  await logout(c.get(SESSION_COOKIE)?.value);
  c.delete(SESSION_COOKIE);
  redirect('/login');
}
