import { getLocale, getTranslations } from 'next-intl/server';
import { cn } from '@/components/ui/cn';
import { setLocaleAction } from '@/lib/actions/locale';

// The action answers a typed result (for hostile callers); a form action's own result is not read.
const switchLocale = setLocaleAction as unknown as (form: FormData) => Promise<void>;
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

/**
 * English / Deutsch: a plain form with one submit button per language, so it works without
 * JavaScript too. The server action stores the choice (cookie, and the user when signed in).
 */
export async function LocaleSwitch({ compact = false, className }: { compact?: boolean; className?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('locale')]);
  return (
    <form action={switchLocale} className={cn('flex items-center', className)}>
      <div role="group" aria-label={t('label')} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-xs">
        {LOCALES.map((l) => {
          const active = l === locale;
          return (
            <button
              key={l}
              type="submit"
              name="locale"
              value={l}
              lang={l}
              aria-pressed={active}
              title={active ? undefined : t('switchTo', { language: LOCALE_NAMES[l] })}
              className={cn('rounded px-2 py-1 font-medium', active ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-100')}
            >
              {compact ? (
                <>
                  <span aria-hidden="true">{l.toUpperCase()}</span>
                  <span className="sr-only">{LOCALE_NAMES[l]}</span>
                </>
              ) : (
                LOCALE_NAMES[l]
              )}
            </button>
          );
        })}
      </div>
    </form>
  );
}
