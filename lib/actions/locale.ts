'use server';
import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, isLocale } from '../i18n/locales';
import { getActor } from '../server/auth/current';
import { setLocale } from '../server/users';
import { loadEnv } from '../env';

/**
 * The language switch (header and login page): remembers the choice in a cookie and, when signed in,
 * on the user (so it follows them to another browser). Anything but 'en' or 'de' is ignored.
 */
export async function setLocaleAction(form: FormData): Promise<void> {
  const locale = form.get('locale');
  if (!isLocale(locale)) return;
  const actor = await getActor();
  if (actor) await setLocale({ actor, locale });
  const h = await headers();
  const secure = (h.get('x-forwarded-proto') ?? '').includes('https') || loadEnv().COOKIE_SECURE;
  (await cookies()).set(LOCALE_COOKIE, locale, { sameSite: 'lax', secure, path: '/', maxAge: LOCALE_COOKIE_MAX_AGE });
  revalidatePath('/', 'layout');
}
