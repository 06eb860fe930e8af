import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { Button, ButtonLink } from '@/components/ui/button';
import { Alert, Badge, PageHeader } from '@/components/ui/misc';
import { isAppError } from '@/lib/server/errors';
import { listGroups } from '@/lib/server/inventory/groups';
import { requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { DataTable } from '@/components/ui/table';
import { Pager, PAGE_SIZE, pageHref } from '@/components/ui/pager';
import { encodeCursor } from '@/lib/server/inventory/shared';
import { groupBypassSummaries } from '@/lib/server/inventory/bypass-preview';

/** Names shown per group in the table; the edit page lists them all. */
const REACH_SHOWN = 8;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('groups') };
}

type SP = Record<string, string | string[] | undefined>;
/** The list's URL parameters (issue 18 item 10): search, sort column and direction. */
const QUERY_KEYS = ['q', 'sort', 'dir'] as const;
const one = (sp: SP, k: string) => (Array.isArray(sp[k]) ? sp[k][0] : sp[k]) || undefined;

export default async function GroupsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const [t, tc] = await Promise.all([getTranslations('groups'), getTranslations('common')]);
  let query: Record<string, string> = {};
  for (const k of QUERY_KEYS) {
    const v = one(sp, k);
    if (v) query[k] = v;
  }
  const requested = Math.max(1, Math.floor(Number(one(sp, 'page')) || 1));
  const load = (p: number) =>
    listGroups({ actor, query: { ...query, limit: String(PAGE_SIZE), cursor: p > 1 ? encodeCursor((p - 1) * PAGE_SIZE) : undefined } });
  let error: string | null = null;
  let first;
  try {
    first = await load(requested);
  } catch (e) {
    if (!isAppError(e)) throw e;
    // A hand-edited URL (?sort=colour): say so and show the list in its default order.
    error = e.message;
    query = {};
    first = await load(1);
  }
  const last = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const page = error ? 1 : Math.min(requested, last);
  // Past the last page (a stale link): show the last one.
  const { items, total } = page === requested || error ? first : await load(page);
  const bypass = await groupBypassSummaries({ actor });
  const writable = can(actor, 'inventory:write');
  const sort = query.sort ?? 'name';
  const dir = query.dir === 'desc' ? 'desc' : 'asc';
  const href = (over: Record<string, string | undefined>) => pageHref('/groups', { ...query, ...over })(1);
  const sortLink = (key: string, label: string) => {
    const active = sort === key;
    return (
      <Link
        href={href({ sort: key === 'name' ? undefined : key, dir: active && dir === 'asc' ? 'desc' : undefined })}
        className="inline-flex items-center gap-1 text-slate-700 no-underline hover:text-slate-900"
      >
        {label}
        <span aria-hidden="true" className="text-slate-400">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        {active ? <span className="sr-only">{dir === 'asc' ? t('sortedAscending') : t('sortedDescending')}</span> : null}
      </Link>
    );
  };
  const ariaSort = (key: string) => (sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={writable ? <ButtonLink href="/groups/new">{t('add')}</ButtonLink> : null}
      />
      {error ? (
        <div className="mb-4">
          <Alert title={t('queryNotUnderstood')}>{error}</Alert>
        </div>
      ) : null}
      <form
        method="get"
        action="/groups"
        role="search"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 no-print"
      >
        <div className="min-w-0 max-w-full flex-1 sm:min-w-60 sm:flex-none">
          <label htmlFor="g-q" className="block text-xs font-medium text-slate-600">
            {t('search')}
          </label>
          <input
            id="g-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            placeholder={t('searchPlaceholder')}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm sm:w-72"
          />
        </div>
        {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
        <div className="flex gap-2">
          <Button type="submit">{tc('apply')}</Button>
          {query.q ? (
            <ButtonLink href={href({ q: undefined })} variant="secondary">
              {tc('clear')}
            </ButtonLink>
          ) : null}
        </div>
        {query.q ? (
          <p role="status" className="pb-2 text-sm text-slate-600">
            {t('resultCount', { count: total })}
          </p>
        ) : null}
      </form>
      <DataTable
        caption={t('caption')}
        head={
          <>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('name')}>
              {sortLink('name', t('colGroup'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('mfa')}>
              {sortLink('mfa', t('col2fa'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('members')}>
              {sortLink('members', t('colMembers'))}
            </th>
            <th scope="col" className="px-4 py-3" aria-sort={ariaSort('applications')}>
              {sortLink('applications', t('colReach'))}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colFindings')}
            </th>
            {writable ? (
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{t('colActions')}</span>
              </th>
            ) : null}
          </>
        }
      >
        {items.length === 0 ? (
          <tr>
            <td colSpan={6} className="px-4 py-10 text-center text-slate-600">
              {query.q ? t('noMatch') : t('empty')}
            </td>
          </tr>
        ) : (
          items.map((g) => (
            <tr key={g.id} className="align-top">
              <td className="px-4 py-3">
                <div className="font-medium text-slate-900">{writable ? <Link href={`/groups/${g.id}/edit`}>{g.name}</Link> : g.name}</div>
                {g.description ? <div className="text-xs text-slate-500">{g.description}</div> : null}
              </td>
              <td className="px-4 py-3">
                {g.alwaysRequireMfa ? <Badge tone="red">{t('alwaysRequired')}</Badge> : <Badge>{t('bypassTolerable')}</Badge>}
              </td>
              <td className="px-4 py-3 tabular-nums">{g.memberCount ?? '—'}</td>
              <td className="px-4 py-3 text-slate-700">
                {g.applications.length ? g.applications.slice(0, REACH_SHOWN).join(', ') : '—'}
                {g.applications.length > REACH_SHOWN ? (
                  <span className="text-slate-500"> {t('reachMore', { count: g.applications.length - REACH_SHOWN })}</span>
                ) : null}
              </td>
              <td className="px-4 py-3 text-slate-700">
                {(() => {
                  const b = bypass.get(g.id);
                  if (!b) return <span className="text-slate-500">{t('noFindings')}</span>;
                  return (
                    <>
                      <Link href="/applications?finding=BYPASS_GROUP_SPANS_APPS" className="no-underline">
                        <Badge tone="amber">⚠ {t('bypassWarnings', { count: b.bypassedIn.length })}</Badge>
                      </Link>
                      <div className="mt-1 text-xs">
                        {t('bypassReaches', { bypassedIn: b.bypassedIn.join(', '), reaches: b.reaches.join(', ') })}
                      </div>
                    </>
                  );
                })()}
              </td>
              {writable ? (
                <td className="px-4 py-3 text-right">
                  <Link href={`/groups/${g.id}/edit`} aria-label={t('editAria', { name: g.name })}>
                    {tc('edit')}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))
        )}
      </DataTable>
      <Pager
        page={page}
        last={last}
        from={total ? (page - 1) * PAGE_SIZE + 1 : 0}
        to={Math.min(total, page * PAGE_SIZE)}
        total={total}
        href={pageHref('/groups', query)}
      />
    </>
  );
}
