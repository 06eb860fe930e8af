import { getTranslations } from 'next-intl/server';
import { ButtonLink } from './button';

export const PAGE_SIZE = 50;

type SP = Record<string, string | string[] | undefined>;

/** One page of an in-memory list, from the `page` search parameter (1-based, clamped to the last page). */
export function pageOf<T>(items: readonly T[], sp: SP, size = PAGE_SIZE) {
  const raw = Array.isArray(sp.page) ? sp.page[0] : sp.page;
  const last = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(last, Math.max(1, Math.floor(Number(raw ?? 1)) || 1));
  const start = (page - 1) * size;
  return {
    items: items.slice(start, start + size),
    page,
    last,
    from: items.length ? start + 1 : 0,
    to: Math.min(items.length, start + size),
    total: items.length,
  };
}

/** "1–50 of 2,000" with Previous / Next links; `href(page)` keeps the page's other parameters. */
export async function Pager({
  page,
  last,
  from,
  to,
  total,
  href,
}: {
  page: number;
  last: number;
  from: number;
  to: number;
  total: number;
  href: (page: number) => string;
}) {
  if (total === 0) return null;
  const t = await getTranslations('common');
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center justify-between text-sm text-slate-700 no-print">
      <p>{t('range', { from, to, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <ButtonLink variant="secondary" href={href(page - 1)}>
            {t('previous')}
          </ButtonLink>
        ) : null}
        {page < last ? (
          <ButtonLink variant="secondary" href={href(page + 1)}>
            {t('next')}
          </ButtonLink>
        ) : null}
      </div>
    </nav>
  );
}

/** The page's URL with `page` set (dropped for page 1) and the other parameters kept. */
export function pageHref(pathname: string, params: Record<string, string | undefined>) {
  return (page: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
    if (page > 1) p.set('page', String(page));
    const s = p.toString();
    return s ? `${pathname}?${s}` : pathname;
  };
}
