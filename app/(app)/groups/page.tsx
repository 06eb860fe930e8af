import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/misc';
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

export default async function GroupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const requested = Math.max(1, Math.floor(Number(Array.isArray(sp.page) ? sp.page[0] : sp.page) || 1));
  const first = await listGroups({ actor, query: { limit: String(PAGE_SIZE), cursor: requested > 1 ? encodeCursor((requested - 1) * PAGE_SIZE) : undefined } });
  const last = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const page = Math.min(requested, last);
  // Past the last page (a stale link): show the last one.
  const { items, total } = page === requested ? first : await listGroups({ actor, query: { limit: String(PAGE_SIZE), cursor: page > 1 ? encodeCursor((page - 1) * PAGE_SIZE) : undefined } });
  const bypass = await groupBypassSummaries({ actor });
  const writable = can(actor, 'inventory:write');
  const [t, tc] = await Promise.all([getTranslations('groups'), getTranslations('common')]);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={writable ? <ButtonLink href="/groups/new">{t('add')}</ButtonLink> : null}
      />
      <DataTable
        caption={t('caption')}
        head={
          <>
              <th scope="col" className="px-4 py-3">{t('colGroup')}</th>
              <th scope="col" className="px-4 py-3">{t('col2fa')}</th>
              <th scope="col" className="px-4 py-3">{t('colMembers')}</th>
              <th scope="col" className="px-4 py-3">{t('colReach')}</th>
              <th scope="col" className="px-4 py-3">{t('colFindings')}</th>
              {writable ? <th scope="col" className="px-4 py-3"><span className="sr-only">{t('colActions')}</span></th> : null}
            
          </>
        }
      >
            {items.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-4 py-10 text-center text-slate-600">{t('empty')}</td>
              </tr>
            ) : (
              items.map((g) => (
                <tr key={g.id} className="align-top">
                  <td className="px-4 py-3">
                    <div className="font-medium text-slate-900">{writable ? <Link href={`/groups/${g.id}/edit`}>{g.name}</Link> : g.name}</div>
                    {g.description ? <div className="text-xs text-slate-500">{g.description}</div> : null}
                  </td>
                  <td className="px-4 py-3">{g.alwaysRequireMfa ? <Badge tone="red">{t('alwaysRequired')}</Badge> : <Badge>{t('bypassTolerable')}</Badge>}</td>
                  <td className="px-4 py-3 tabular-nums">{g.memberCount ?? '—'}</td>
                  <td className="px-4 py-3 text-slate-700">
                    {g.applications.length ? g.applications.slice(0, REACH_SHOWN).join(', ') : '—'}
                    {g.applications.length > REACH_SHOWN ? <span className="text-slate-500"> {t('reachMore', { count: g.applications.length - REACH_SHOWN })}</span> : null}
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
                          <div className="mt-1 text-xs">{t('bypassReaches', { bypassedIn: b.bypassedIn.join(', '), reaches: b.reaches.join(', ') })}</div>
                        </>
                      );
                    })()}
                  </td>
                  {writable ? (
                    <td className="px-4 py-3 text-right">
                      <Link href={`/groups/${g.id}/edit`} aria-label={t('editAria', { name: g.name })}>{tc('edit')}</Link>
                    </td>
                  ) : null}
                </tr>
              ))
            )}
          </DataTable>
      <Pager page={page} last={last} from={total ? (page - 1) * PAGE_SIZE + 1 : 0} to={Math.min(total, page * PAGE_SIZE)} total={total} href={pageHref('/groups', {})} />
    </>
  );
}
