import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ButtonLink, Button } from '@/components/ui/button';
import { Alert, PageHeader } from '@/components/ui/misc';
import { listAudit } from '@/lib/server/audit-log';
import { isAppError } from '@/lib/server/errors';
import { requirePagePermission } from '@/lib/server/page';
import { DataTable } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('audit') };
}

type SP = Record<string, string | string[] | undefined>;
const KEYS = ['entity', 'entityId', 'actor', 'action', 'cursor'] as const;
const FILTER_LABELS = { entity: 'filterEntity', entityId: 'filterEntityId', actor: 'filterActor', action: 'filterAction' } as const;

const brief = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePagePermission('audit:read');
  const sp = await searchParams;
  const [t, format] = await Promise.all([getTranslations('audit'), getFormatter()]);
  const query: Record<string, string> = {};
  for (const k of KEYS) {
    const v = sp[k];
    const s = Array.isArray(v) ? v[0] : v;
    if (s) query[k] = s;
  }
  let data: Awaited<ReturnType<typeof listAudit>> | null = null;
  let error: string | null = null;
  try {
    data = await listAudit({ actor, query: { ...query, limit: '100' } });
  } catch (e) {
    if (!isAppError(e)) throw e;
    error = e.message;
  }
  const { cursor: _c, ...filters } = query;
  const csvHref = `/api/v1/audit?${new URLSearchParams({ ...filters, format: 'csv', limit: '1000' })}`;
  const next = data?.nextCursor ? `/admin/audit?${new URLSearchParams({ ...filters, cursor: data.nextCursor })}` : null;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<ButtonLink variant="secondary" href={csvHref}>{t('exportCsv')}</ButtonLink>}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" role="search">
        {(['entity', 'entityId', 'actor', 'action'] as const).map((k) => (
          <div key={k}>
            <label htmlFor={`a-${k}`} className="block text-xs font-medium text-slate-600">
              {t(FILTER_LABELS[k])}
            </label>
            <input id={`a-${k}`} name={k} defaultValue={filters[k] ?? ''} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
          </div>
        ))}
        <Button type="submit">{t('filter')}</Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      {data ? (
        <DataTable
          caption={t('caption')}
          head={
            <>
                <th scope="col" className="px-3 py-2">{t('colWhen')}</th>
                <th scope="col" className="px-3 py-2">{t('colWho')}</th>
                <th scope="col" className="px-3 py-2">{t('colAction')}</th>
                <th scope="col" className="px-3 py-2">{t('colEntity')}</th>
                <th scope="col" className="px-3 py-2">{t('colBefore')}</th>
                <th scope="col" className="px-3 py-2">{t('colAfter')}</th>
              
            </>
          }
          bodyClassName="align-top"
        >
              {data.items.map((i) => (
                <tr key={i.id}>
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                    <time dateTime={i.at}>
                      {format.dateTime(new Date(i.at), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                    </time>
                  </td>
                  <td className="px-3 py-2">{i.actor}</td>
                  <td className="px-3 py-2 font-medium">{i.action}</td>
                  <td className="px-3 py-2">
                    {i.entity}
                    {i.entityId ? <div className="text-xs text-slate-500">{i.entityId}</div> : null}
                  </td>
                  <td className="max-w-xs break-words px-3 py-2 font-mono text-xs text-slate-600">{brief(i.before)}</td>
                  <td className="max-w-xs break-words px-3 py-2 font-mono text-xs text-slate-600">{brief(i.after)}</td>
                </tr>
              ))}
            </DataTable>
      ) : null}
      {next ? (
        <p className="mt-4">
          <ButtonLink variant="secondary" href={next}>{t('older')}</ButtonLink>
        </p>
      ) : null}
    </>
  );
}
