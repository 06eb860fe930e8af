import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/misc';
import { listGroups } from '@/lib/server/inventory/groups';
import { requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { DataTable } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('groups') };
}

export default async function GroupsPage() {
  const actor = await requirePageActor();
  const { items } = await listGroups({ actor, query: { limit: '500' } });
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
              {writable ? <th scope="col" className="px-4 py-3"><span className="sr-only">{t('colActions')}</span></th> : null}
            
          </>
        }
      >
            {items.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-4 py-10 text-center text-slate-600">{t('empty')}</td>
              </tr>
            ) : (
              items.map((g) => (
                <tr key={g.id} className="align-top">
                  <td className="px-4 py-3">
                    <div className="font-medium text-slate-900">{g.name}</div>
                    {g.description ? <div className="text-xs text-slate-500">{g.description}</div> : null}
                  </td>
                  <td className="px-4 py-3">{g.alwaysRequireMfa ? <Badge tone="red">{t('alwaysRequired')}</Badge> : <Badge>{t('bypassTolerable')}</Badge>}</td>
                  <td className="px-4 py-3 tabular-nums">{g.memberCount ?? '—'}</td>
                  <td className="px-4 py-3 text-slate-700">{g.applications.length ? g.applications.join(', ') : '—'}</td>
                  {writable ? (
                    <td className="px-4 py-3 text-right">
                      <Link href={`/groups/${g.id}/edit`} aria-label={t('editAria', { name: g.name })}>{tc('edit')}</Link>
                    </td>
                  ) : null}
                </tr>
              ))
            )}
          </DataTable>
    </>
  );
}
