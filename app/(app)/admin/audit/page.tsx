import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink, Button } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { Alert, Badge, PageHeader } from '@/components/ui/misc';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditMessageKey, isAuditAction, isAuditEntity } from '@/lib/domain/audit-vocabulary';
import { auditEntityKey, describeAuditEntities, listAudit } from '@/lib/server/audit-log';
import { isAppError } from '@/lib/server/errors';
import { requirePagePermission } from '@/lib/server/page';
import { DataTable } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('audit') };
}

type SP = Record<string, string | string[] | undefined>;
const KEYS = ['entity', 'entityId', 'actor', 'action', 'cursor'] as const;
/** Entities with one row (their id is always the same): no name to show. */
const SINGLETONS = new Set(['policy', 'duo-connection', 'inventory']);
const FILTER_LABELS = { entity: 'filterEntity', entityId: 'filterEntityId', actor: 'filterActor', action: 'filterAction' } as const;

const brief = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePagePermission('audit:read');
  const sp = await searchParams;
  const [t, format, locale] = await Promise.all([getTranslations('audit'), getFormatter(), getLocale()]);
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
  const names = data ? await describeAuditEntities({ actor, items: data.items }) : new Map();
  // Labels for the codes (audit.actions.*, audit.entities.*); a code the vocabulary does not know is shown as it is.
  const actionLabel = (code: string) => (isAuditAction(code) ? t(`actions.${auditMessageKey(code)}` as 'actions.login') : code);
  const entityLabel = (code: string) => (isAuditEntity(code) ? t(`entities.${code}` as 'entities.user') : code);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  const choices = {
    entity: AUDIT_ENTITIES.map((c) => ({ value: c as string, label: entityLabel(c) })).sort(byLabel),
    action: AUDIT_ACTIONS.map((c) => ({ value: c as string, label: actionLabel(c) })).sort(byLabel),
  };
  const historyHref = (entity: string, entityId: string) => `/admin/audit?${new URLSearchParams({ entity, entityId })}`;
  const select = (k: 'entity' | 'action') => (
    <div key={k} className="max-w-full">
      <label htmlFor={`a-${k}`} className="block text-xs font-medium text-slate-600">
        {t(FILTER_LABELS[k])}
      </label>
      <select
        id={`a-${k}`}
        name={k}
        defaultValue={filters[k] ?? ''}
        className="mt-1 block max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">{t(k === 'entity' ? 'anyEntity' : 'anyAction')}</option>
        {/* A value from a link that is not one of the choices (an action prefix such as "incident"): shown and kept. */}
        {filters[k] && !choices[k].some((c) => c.value === filters[k]) ? (
          <option value={filters[k]}>{t('otherChoice', { code: filters[k] })}</option>
        ) : null}
        {choices[k].map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  const text = (k: 'entityId' | 'actor') => (
    <div key={k} className="max-w-full">
      <label htmlFor={`a-${k}`} className="block text-xs font-medium text-slate-600">
        {t(FILTER_LABELS[k])}
      </label>
      <input
        id={`a-${k}`}
        name={k}
        defaultValue={filters[k] ?? ''}
        className="mt-1 block max-w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      />
    </div>
  );
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <ButtonLink variant="secondary" href={csvHref}>
            {t('exportCsv')}
          </ButtonLink>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" role="search">
        {select('entity')}
        {select('action')}
        {text('actor')}
        {text('entityId')}
        <Button type="submit">{t('filter')}</Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      {data ? (
        <DataTable
          caption={t('caption')}
          head={
            <>
              <th scope="col" className="px-3 py-2">
                {t('colWhen')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('colWho')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('colAction')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('colEntity')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('colBefore')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('colAfter')}
              </th>
            </>
          }
          bodyClassName="align-top"
        >
          {data.items.map((i) => (
            <tr key={i.id}>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                <time dateTime={i.at}>
                  {format.dateTime(new Date(i.at), {
                    year: 'numeric',
                    month: '2-digit',
                    day: '2-digit',
                    hour: '2-digit',
                    minute: '2-digit',
                    second: '2-digit',
                  })}
                </time>
              </td>
              <td className="px-3 py-2">{i.actor.startsWith('ip:') ? t('fromAddress', { address: i.actor.slice(3) }) : i.actor}</td>
              <td className="px-3 py-2">
                <div className="font-medium">{actionLabel(i.action)}</div>
                <code className="text-xs text-slate-500">{i.action}</code>
              </td>
              <td className="min-w-48 px-3 py-2">
                <div className="text-xs text-slate-500">{entityLabel(i.entity)}</div>
                {i.entityId && !SINGLETONS.has(i.entity) ? (
                  <EntityName
                    item={{ entity: i.entity, entityId: i.entityId }}
                    named={names.get(auditEntityKey(i.entity, i.entityId))}
                    href={historyHref(i.entity, i.entityId)}
                    t={t}
                  />
                ) : null}
              </td>
              <td className="max-w-xs break-words px-3 py-2 font-mono text-xs text-slate-600">{brief(i.before)}</td>
              <td className="max-w-xs break-words px-3 py-2 font-mono text-xs text-slate-600">{brief(i.after)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {next ? (
        <p className="mt-4">
          <ButtonLink variant="secondary" href={next}>
            {t('older')}
          </ButtonLink>
        </p>
      ) : null}
    </>
  );
}

/** The entity's current name (a link to its history in the log), or its id with a "deleted" marker. */
function EntityName({
  item,
  named,
  href,
  t,
}: {
  item: { entity: string; entityId: string };
  named: { name: string | null; detail?: string; deleted: boolean } | undefined;
  href: string;
  t: Awaited<ReturnType<typeof getTranslations<'audit'>>>;
}) {
  if (!named) return <div className="break-all font-mono text-xs text-slate-600">{item.entityId}</div>;
  if (named.deleted) {
    return (
      <div className="text-xs">
        <Badge>{t('deleted')}</Badge> {named.name ? <span>{t('lastKnownName', { name: named.name })}</span> : null}
        <div className="break-all font-mono text-slate-600">{item.entityId}</div>
      </div>
    );
  }
  return (
    <div>
      <Link href={href} title={t('entityHistory', { name: named.name ?? item.entityId })} className="font-medium">
        {named.name}
      </Link>
      {named.detail && named.detail !== named.name ? <div className="text-xs text-slate-500">{named.detail}</div> : null}
    </div>
  );
}
