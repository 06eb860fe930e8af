import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DuoConnectionForm } from '@/components/duo/connection-form';
import { DuoSyncPanel } from '@/components/duo/sync-panel';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SeverityBadge } from '@/components/applications/badges';
import { Alert, Card, PageHeader } from '@/components/ui/misc';
import Link from '@/components/ui/link';
import { bypassGroupNames } from '@/lib/domain/duo';
import { findingFix, findingMessage, findingTitle } from '@/lib/domain/messages';
import type { Lang } from '@/lib/domain/types';
import { getConnectionRow, storedState, toView } from '@/lib/server/duo/connection';
import { duoFindingsFor } from '@/lib/server/duo/findings';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePagePermission } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('duo') };
}

/** Connected to Duo (issue 19): connection (admins), dry run and sync (admins, editors), Duo's live findings. */
export default async function DuoPage() {
  const actor = await requirePagePermission('inventory:write');
  const [t, lang] = await Promise.all([getTranslations('duo'), getLocale() as Promise<Lang>]);
  const row = await getConnectionRow();
  const view = row ? toView(row) : null;
  const state = storedState(row);
  const snap = await getInventorySnapshot();
  const duo = duoFindingsFor(snap, state);
  const idByName = new Map(snap.apps.map((a) => [a.name, a.id]));
  const findings = [...duo.integrations, ...[...duo.byApplication.values()].flat()].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : b.severity === 'critical' ? 1 : 0,
  );
  const bypass = bypassGroupNames(state);
  const fmt = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
  const admin = can(actor, 'users:manage');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="space-y-6">
        <Card className="p-6">
          <h2 className="text-base font-semibold">{t('connectionTitle')}</h2>
          {admin ? (
            <div className="mt-4">
              <ClientMessages namespaces={['duo']}>
                <DuoConnectionForm initial={view ? { apiHost: view.apiHost, integrationKey: view.integrationKey } : null} />
              </ClientMessages>
            </div>
          ) : (
            <p className="mt-2 text-sm text-slate-700">{view ? t('connectedTo', { host: view.apiHost }) : t('notConnectedEditor')}</p>
          )}
          <p className="mt-4 text-xs text-slate-600">{t('permissions')}</p>
          <p className="mt-1 text-xs text-slate-600">{t('stored')}</p>
        </Card>
        {view ? (
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('syncTitle')}</h2>
            <p className="mt-1 text-sm text-slate-600">
              {view.lastSyncAt ? t('lastSync', { at: fmt(view.lastSyncAt) }) : t('neverSynced')}
            </p>
            {row?.lastSyncError ? (
              <div className="mt-2">
                <Alert tone="red" title={t('lastSyncFailed')}>
                  {row.lastSyncError}
                </Alert>
              </div>
            ) : null}
            <div className="mt-4">
              <ClientMessages namespaces={['duo']}>
                <DuoSyncPanel />
              </ClientMessages>
            </div>
          </Card>
        ) : null}
        {state ? (
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('stateTitle')}</h2>
            <p className="mt-1 text-sm text-slate-600">{t('stateAt', { at: fmt(state.fetchedAt) })}</p>
            <div className="mt-3" data-testid="duo-bypass-check">
              {bypass.length === 0 ? (
                <Alert tone="green">{t('noGroupInBypass')}</Alert>
              ) : (
                <Alert tone="red" title={t('groupsInBypass', { count: bypass.length })}>
                  {bypass.join(', ')}
                </Alert>
              )}
            </div>
            {findings.length === 0 ? (
              <p className="mt-4 text-sm text-slate-600">{t('noFindings')}</p>
            ) : (
              <ul className="mt-4 divide-y divide-slate-100" aria-label={t('findingsTitle')}>
                {findings.map((f, i) => (
                  <li key={i} className="py-3 text-sm">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      <SeverityBadge severity={f.severity} />
                      {findingTitle(f.code, lang)} <code className="text-xs font-normal text-slate-500">{f.code}</code>
                      {idByName.has(f.applicationName) ? (
                        <Link href={`/applications/${idByName.get(f.applicationName)}`}>{f.applicationName}</Link>
                      ) : (
                        <span>{f.applicationName}</span>
                      )}
                    </p>
                    <p className="mt-1 text-slate-800">{findingMessage(f, lang)}</p>
                    <p className="mt-1 text-slate-600">{findingFix(f, lang)}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
