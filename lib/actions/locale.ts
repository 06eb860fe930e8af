'use server';
import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '../i18n/locales';
import { getActor } from '../server/auth/current';
import { setLocale } from '../server/users';
import { formArg, localeArg } from '../validations/actions';
import { asResult, parseArgs, type ActionResult } from './result';
import { loadEnv } from '../env';

const localeArgs = z.tuple([formArg]);

/**
 * The language switch (header and login page): remembers the choice in a cookie and, when signed in,
 * on the user (so it follows them to another browser). Anything but 'en' or 'de' → VALIDATION_FAILED.
 */
export async function setLocaleAction(form: FormData): Promise<ActionResult> {
  return asResult(async () => {
    const [f] = parseArgs(localeArgs, [form]);
    const [locale] = parseArgs(z.tuple([localeArg]), [f.get('locale')]);
    const actor = await getActor();
    if (actor) await setLocale({ actor, locale });
    const h = await headers();
    const secure = (h.get('x-forwarded-proto') ?? '').includes('https') || loadEnv().COOKIE_SECURE;
    (await cookies()).set(LOCALE_COOKIE, locale, { sameSite: 'lax', secure, path: '/', maxAge: LOCALE_COOKIE_MAX_AGE });
    revalidatePath('/', 'layout');
    return null;
  });
}
