import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CriticalityBadge, FailmodeBadge, LevelBadge, SeverityBadge, TriageBadge } from '@/components/applications/badges';
import { ButtonLink, Button } from '@/components/ui/button';
import { Alert, PageHeader } from '@/components/ui/misc';
import { CATALOG_ENTRIES, getCatalogEntry } from '@/lib/domain/catalog';
import {
  CONFIGURED_FAILMODES,
  CRITICALITIES,
  DATA_CLASSES,
  FINDING_CODES,
  RESTRICTION_LEVELS,
  REVIEW_STATES,
  SEVERITIES,
} from '@/lib/domain/types';
import { ReviewBadge } from '@/components/reviews/review-badge';
import { criticalityName, dataClassName, failmodeName, findingTitle, levelName, severityName } from '@/lib/domain/messages';
import { isAppError } from '@/lib/server/errors';
import { listApplications } from '@/lib/server/inventory/applications';
import { encodeCursor } from '@/lib/server/inventory/shared';
import { requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { DataTable } from '@/components/ui/table';
import { Pager } from '@/components/ui/pager';
import { BulkEditPanel, SelectAllOnPage } from '@/components/applications/bulk-edit';
import { BULK_FORM_ID } from '@/components/applications/bulk-form-id';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('applications') };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type SP = Record<string, string | string[] | undefined>;
const FILTER_KEYS = [
  'q',
  'integration',
  'dataClass',
  'criticality',
  'failmode',
  'level',
  'severity',
  'finding',
  'review',
  'sort',
  'dir',
] as const;

function one(sp: SP, k: string): string | undefined {
  const v = sp[k];
  return Array.isArray(v) ? v[0] : v || undefined;
}

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor();
  const [t, tc, tr, lang] = await Promise.all([
    getTranslations('applications'),
    getTranslations('common'),
    getTranslations('reviewState'),
    getLocale(),
  ]);
  const sp = await searchParams;
  const query: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = one(sp, k);
    if (v) query[k] = v;
  }
  let page = Math.max(1, Math.floor(Number(one(sp, 'page') ?? 1)) || 1);
  const limit = 50;
  let list;
  let error: string | null = null;
  const load = (q: Record<string, string>) =>
    listApplications({ actor, query: { ...q, limit: String(limit), cursor: page > 1 ? encodeCursor((page - 1) * limit) : undefined } });
  try {
    list = await load(query);
    // Past the last page (a stale link, a list that shrank): show the last page.
    if (list.items.length === 0 && list.total > 0) {
      page = Math.ceil(list.total / limit);
      list = await load(query);
    }
  } catch (e) {
    if (!isAppError(e)) throw e;
    error = e.message;
    page = 1;
    list = await listApplications({ actor, query: { limit: String(limit) } });
  }
  const href = (over: Record<string, string | undefined>) => {
    const p = new URLSearchParams({ ...query, ...(page > 1 ? { page: String(page) } : {}) });
    for (const [k, v] of Object.entries(over)) {
      if (v === undefined) p.delete(k);
      else p.set(k, v);
    }
    const s = p.toString();
    return s ? `/applications?${s}` : '/applications';
  };
  const sortLink = (key: string, label: string) => {
    const active = (query.sort ?? 'name') === key;
    const dir = active && (query.dir ?? 'asc') === 'asc' ? 'desc' : 'asc';
    return (
      <Link
        href={href({ sort: key, dir, page: undefined })}
        className="inline-flex items-center gap-1 text-slate-700 no-underline hover:text-slate-900"
      >
        {label}
        <span aria-hidden="true" className="text-slate-400">
          {active ? ((query.dir ?? 'asc') === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        {active ? <span className="sr-only">{(query.dir ?? 'asc') === 'asc' ? t('sortedAscending') : t('sortedDescending')}</span> : null}
      </Link>
    );
  };
  const ariaSort = (key: string) =>
    (query.sort ?? 'name') === key ? ((query.dir ?? 'asc') === 'asc' ? 'ascending' : 'descending') : undefined;
  const from = list.total === 0 ? 0 : list.offset + 1;
  const to = list.offset + list.items.length;
  // Writers select rows for a bulk change (issue 18): a plain checkbox per row, the panel above the table.
  const bulk = can(actor, 'inventory:write');
  const filtered = Object.keys(query).some((k) => k !== 'sort' && k !== 'dir');
  const select = (name: string, label: string, options: readonly { value: string; label: string }[]) => (
    <div className="min-w-36">
      <label htmlFor={`f-${name}`} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={query[name] ?? ''}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">{tc('any')}</option>
        {/* A combination from a link (e.g. the dashboard's integrations without failmode control): shown and kept. */}
        {query[name] && !options.some((o) => o.value === query[name]) ? (
          <option value={query[name]}>
            {query[name]
              .split(',')
              .map((v) => options.find((o) => o.value === v)?.label ?? v)
              .join(', ')}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={can(actor, 'inventory:write') ? <ButtonLink href="/applications/new">{t('add')}</ButtonLink> : null}
      />
      {error ? (
        <div className="mb-4">
          <Alert title={t('filtersNotUnderstood')}>{error}</Alert>
        </div>
      ) : null}
      <form method="get" action="/applications" className="mb-4 rounded-lg border border-slate-200 bg-white p-4 no-print" role="search">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-60 flex-1">
            <label htmlFor="f-q" className="block text-xs font-medium text-slate-600">
              {t('search')}
            </label>
            <input
              id="f-q"
              name="q"
              type="search"
              defaultValue={query.q ?? ''}
              placeholder={t('searchPlaceholder')}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
          </div>
          {select(
            'integration',
            t('filterIntegration'),
            CATALOG_ENTRIES.map((c) => ({ value: c.slug, label: c.displayName[lang] })),
          )}
          {select(
            'dataClass',
            t('filterDataClass'),
            DATA_CLASSES.map((d) => ({ value: d, label: capitalize(dataClassName(d, lang)) })),
          )}
          {select(
            'criticality',
            t('filterCriticality'),
            CRITICALITIES.map((c) => ({ value: c, label: criticalityName(c, lang) })),
          )}
          {select(
            'failmode',
            t('filterFailmode'),
            CONFIGURED_FAILMODES.map((f) => ({ value: f, label: failmodeName(f, lang) })),
          )}
          {select(
            'level',
            t('filterLevel'),
            RESTRICTION_LEVELS.map((l) => ({ value: l, label: levelName(l, lang) })),
          )}
          {select(
            'severity',
            t('filterFindings'),
            SEVERITIES.map((s) => ({ value: s, label: severityName(s, lang) })),
          )}
          {select(
            'finding',
            t('filterFinding'),
            FINDING_CODES.map((c) => ({ value: c, label: findingTitle(c, lang) })),
          )}
          {select(
            'review',
            t('filterReview'),
            REVIEW_STATES.map((r) => ({ value: r, label: tr(r) })),
          )}
          {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
          {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
          <div className="flex gap-2">
            <Button type="submit">{tc('apply')}</Button>
            {filtered ? (
              <ButtonLink href="/applications" variant="secondary">
                {tc('clear')}
              </ButtonLink>
            ) : null}
          </div>
        </div>
      </form>

      {bulk ? (
        <ClientMessages namespaces={['applications']}>
          <BulkEditPanel />
        </ClientMessages>
      ) : null}
      <DataTable
        caption={t('caption', { total: list.total })}
        head={
          <>
            {bulk ? (
              <th scope="col" className="w-10 px-4 py-3">
                <span className="sr-only">{t('colSelect')}</span>
                <ClientMessages namespaces={['applications']}>
                  <SelectAllOnPage label={t('selectAll')} />
                </ClientMessages>
              </th>
            ) : null}
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('name')}>
              {sortLink('name', t('colApplication'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('integration')}>
              {sortLink('integration', t('colIntegration'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('criticality')}>
              {sortLink('criticality', t('colCriticality'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('level')}>
              {sortLink('level', t('colLevel'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('configuredFailmode')}>
              {sortLink('configuredFailmode', t('colFailmode'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('findings')}>
              {sortLink('findings', t('colFindings'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('review')}>
              {sortLink('review', t('colReview'))}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colGroups')}
            </th>
          </>
        }
      >
        {list.items.length === 0 ? (
          <tr>
            <td colSpan={bulk ? 9 : 8} className="px-4 py-10 text-center text-slate-600">
              {filtered ? t('noMatch') : t('empty')}
            </td>
          </tr>
        ) : (
          list.items.map((a) => {
            const counts = SEVERITIES.map((s) => ({ s, n: a.assessment.findings.filter((f) => f.severity === s).length })).filter(
              (c) => c.n,
            );
            return (
              <tr key={a.id} className="align-top hover:bg-slate-50">
                {bulk ? (
                  <td className="px-4 py-3">
                    <input
                      type="checkbox"
                      name="sel"
                      form={BULK_FORM_ID}
                      value={`${a.id}:${a.version}`}
                      aria-label={t('selectApp', { name: a.name })}
                      className="h-4 w-4"
                    />
                  </td>
                ) : null}
                <td className="px-4 py-3">
                  <Link href={`/applications/${a.id}`} className="font-medium">
                    {a.name}
                  </Link>
                  {a.owner ? <div className="text-xs text-slate-500">{a.owner}</div> : null}
                </td>
                <td className="px-4 py-3 text-slate-700">{getCatalogEntry(a.integration).displayName[lang]}</td>
                <td className="px-4 py-3">
                  <CriticalityBadge value={a.criticality} />
                </td>
                <td className="px-4 py-3">{a.needsTriage ? <TriageBadge /> : <LevelBadge level={a.assessment.restrictionLevel} />}</td>
                <td className="px-4 py-3">
                  <div className="flex flex-wrap items-center gap-1">
                    <FailmodeBadge mode={a.configuredFailmode} recommended={a.assessment.recommendedFailmode} />
                    <span aria-hidden="true" className="text-slate-400">
                      →
                    </span>
                    <span className="sr-only">{t('recommendedSr')}</span>
                    <span className="text-xs font-medium text-slate-700">
                      {t('recommendedMode', { mode: a.assessment.recommendedFailmode })}
                    </span>
                  </div>
                </td>
                <td className="px-4 py-3">
                  <div className="flex flex-wrap gap-1">
                    {counts.length ? (
                      counts.map((c) => <SeverityBadge key={c.s} severity={c.s} count={c.n} />)
                    ) : (
                      <span className="text-slate-500">{tc('none')}</span>
                    )}
                  </div>
                </td>
                <td className="px-4 py-3">
                  <ReviewBadge state={a.review.state} />
                </td>
                <td className="px-4 py-3 text-slate-700">
                  {a.groups.length ? a.groups.join(', ') : <span className="text-slate-500">—</span>}
                </td>
              </tr>
            );
          })
        )}
      </DataTable>
      <Pager
        page={page}
        last={Math.max(1, Math.ceil(list.total / limit))}
        from={from}
        to={to}
        total={list.total}
        href={(p) => href({ page: p > 1 ? String(p) : undefined })}
      />
    </>
  );
}
