// The UI languages and how a request's language is chosen. Pure: no framework imports, so the unit
// tests and the request config (lib/i18n/request.ts) share it.
import { LANGS, type Lang } from '../domain/types';

export type Locale = Lang;
export const LOCALES: readonly Locale[] = LANGS;
export const DEFAULT_LOCALE: Locale = 'en';
/** Remembers the choice of a signed-out visitor (and of a signed-in user after signing out). */
export const LOCALE_COOKIE = 'orp_locale';
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** Each language's name in its own language, for the switch. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch' };

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/**
 * The best supported language of an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8"), by quality
 * and then by order; null when none is supported.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
      const quality = q ? Number(q[1]) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.base && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((r) => r.base).find(isLocale) ?? null;
}

/** The order of the issue: the signed-in user's locale, else the cookie, else Accept-Language, else English. */
export function chooseLocale({
  userLocale,
  cookie,
  acceptLanguage,
}: {
  userLocale?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}
