import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LevelBadge } from '@/components/applications/badges';
import { ReviewBadge } from '@/components/reviews/review-badge';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/misc';
import { CATALOG_ENTRIES } from '@/lib/domain/catalog';
import { levelName } from '@/lib/domain/messages';
import { RESTRICTION_LEVELS } from '@/lib/domain/types';
import { getInventorySnapshot, reviewStatusOf } from '@/lib/server/inventory/snapshot';
import { binderApplications } from '@/lib/server/runbooks';
import { requirePageActor } from '@/lib/server/page';
import { DataTable } from '@/components/ui/table';
import { Pager, pageHref, pageOf } from '@/components/ui/pager';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('runbooks') };
}

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function RunbooksPage({ searchParams }: { searchParams: Promise<SP> }) {
  await requirePageActor();
  const [t, tc, uiLang] = await Promise.all([getTranslations('runbooks'), getTranslations('common'), getLocale()]);
  const sp = await searchParams;
  const level = one(sp.level);
  const integration = one(sp.integration);
  const owner = one(sp.owner);
  const snap = await getInventorySnapshot();
  // The binder's language: chosen here, else the reader's UI language (docs/decisions/0095-runbook-language.md).
  const lang = one(sp.lang) === 'de' || one(sp.lang) === 'en' ? (one(sp.lang) as 'de' | 'en') : uiLang;
  const apps = binderApplications(snap, {
    level: level ? [level] : [],
    integration: integration ? [integration] : [],
    owner: owner || undefined,
  });
  const q = new URLSearchParams({
    lang,
    ...(level ? { level } : {}),
    ...(integration ? { integration } : {}),
    ...(owner ? { owner } : {}),
  });
  const binder = (format: string) => `/api/v1/runbooks?${q}&format=${format}`;
  // The binder covers every kept application; the table shows them 50 at a time.
  const shown = pageOf(apps, sp);
  const owners = [...new Set(snap.apps.map((a) => a.owner).filter(Boolean))].sort() as string[];
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 no-print">
        <div className="max-w-full">
          <label htmlFor="b-level" className="block text-xs font-medium text-slate-600">
            {t('level')}
          </label>
          <select
            id="b-level"
            name="level"
            defaultValue={level}
            className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{tc('any')}</option>
            {RESTRICTION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelName(l, uiLang)}
              </option>
            ))}
          </select>
        </div>
        <div className="max-w-full">
          <label htmlFor="b-integration" className="block text-xs font-medium text-slate-600">
            {t('integration')}
          </label>
          <select
            id="b-integration"
            name="integration"
            defaultValue={integration}
            className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{tc('any')}</option>
            {CATALOG_ENTRIES.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.displayName[uiLang]}
              </option>
            ))}
          </select>
        </div>
        <div className="max-w-full">
          <label htmlFor="b-owner" className="block text-xs font-medium text-slate-600">
            {t('owner')}
          </label>
          <select
            id="b-owner"
            name="owner"
            defaultValue={owner}
            className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{tc('any')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
        <div className="max-w-full">
          <label htmlFor="b-lang" className="block text-xs font-medium text-slate-600">
            {t('language')}
          </label>
          <select
            id="b-lang"
            name="lang"
            defaultValue={lang}
            className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="de" lang="de">
              Deutsch
            </option>
          </select>
        </div>
        <Button type="submit">{tc('apply')}</Button>
      </form>
      <Card className="mb-6 flex flex-wrap items-center gap-3 p-4">
        {apps.length === 0 ? (
          <span className="text-sm text-slate-700">{t('noMatch')}</span>
        ) : (
          <>
            <span className="text-sm font-medium">{t('binder', { count: apps.length })}</span>
            <a href={binder('pdf')} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm no-underline hover:bg-slate-50">
              PDF
            </a>
            <a
              href={`${binder('html')}&download=1`}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm no-underline hover:bg-slate-50"
            >
              HTML
            </a>
            <a href={binder('md')} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm no-underline hover:bg-slate-50">
              Markdown
            </a>
          </>
        )}
      </Card>
      <DataTable
        caption={t('caption')}
        head={
          <>
            <th scope="col" className="px-4 py-3">
              {t('colApplication')}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colLevel')}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colReview')}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colOwner')}
            </th>
          </>
        }
      >
        {shown.items.map((a) => (
          <tr key={a.id}>
            <td className="px-4 py-3">
              <Link href={`/applications/${a.id}/runbook?lang=${lang}`} className="font-medium">
                {a.name}
              </Link>
            </td>
            <td className="px-4 py-3">
              <LevelBadge level={snap.assessmentById.get(a.id)!.restrictionLevel} />
            </td>
            <td className="px-4 py-3">
              <ReviewBadge state={reviewStatusOf(snap, a.id).state} />
            </td>
            <td className="px-4 py-3 text-slate-700">{a.owner ?? '—'}</td>
          </tr>
        ))}
      </DataTable>
      <Pager {...shown} href={pageHref('/runbooks', { level, integration, owner, lang: one(sp.lang) ? lang : undefined })} />
    </>
  );
}
