// next-intl without i18n routing: no locale in the URL; the language of a request is chosen here.
import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { getActor } from '../server/auth/current';
import { chooseLocale, isLocale, LOCALE_COOKIE } from './locales';

export default getRequestConfig(async ({ locale: explicit }) => {
  const [actor, c, h] = await Promise.all([getActor(), cookies(), headers()]);
  // getTranslations({ locale }) asks for one language explicitly (the runbook page's toolbar in the runbook's language).
  const locale = isLocale(explicit)
    ? explicit
    : chooseLocale({
        userLocale: actor?.locale,
        cookie: c.get(LOCALE_COOKIE)?.value,
        acceptLanguage: h.get('accept-language'),
      });
  return {
    locale,
    // Times are stored and shown in UTC (the audit log says so); the server and the browser agree on it.
    timeZone: 'UTC',
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
