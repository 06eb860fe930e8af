import 'server-only';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import type { Lang } from '../domain/types';
import { localizeError } from '../i18n/error-messages';
import { isLocale } from '../i18n/locales';
import { AppError, isAppError } from '../server/errors';
import { toIssues } from '../validations/issues';

export type ActionError = { code: string; message: string; issues?: { path: string; message: string }[] };
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; error: ActionError };

/** The UI language of the request (next-intl: the user's setting, the cookie, Accept-Language); English outside a request. */
async function uiLang(): Promise<Lang> {
  try {
    const l = await getLocale();
    return isLocale(l) ? l : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Server actions answer typed errors as data (the form shows them next to the field), with the
 * messages in the user's UI language (issue 18.1); the code and the paths stay as they are.
 */
export async function asResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    if (isAppError(e))
      return {
        ok: false,
        error: localizeError({ code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) }, await uiLang()),
      };
    console.error('unexpected error in server action', e);
    return {
      ok: false,
      error: localizeError({ code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was saved.' }, await uiLang()),
    };
  }
}

/**
 * Parses the argument list of a server action (a public POST endpoint: the arguments come from the
 * network whatever the TypeScript signature says); bad input → VALIDATION_FAILED naming the argument.
 */
export function parseArgs<T extends z.ZodType>(schema: T, args: unknown[]): z.infer<T> {
  const r = schema.safeParse(args);
  if (!r.success) {
    const issues = toIssues(r.error).map((i) => ({ ...i, path: i.path ? `argument ${i.path}` : 'arguments' }));
    throw new AppError('VALIDATION_FAILED', `Invalid ${issues[0].path}: ${issues[0].message}`, issues);
  }
  return r.data;
}
