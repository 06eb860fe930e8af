import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LogAnalyzer } from '@/components/import/log-analyzer';
import { PageHeader } from '@/components/ui/misc';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePageActor } from '@/lib/server/page';
import { ClientMessages } from '@/components/i18n/client-messages';

export const metadata: Metadata = { title: 'Failmode in logs' };

export default async function LogsPage() {
  await requirePageActor();
  const [t, ti] = await Promise.all([getTranslations('logs'), getTranslations('import')]);
  const snap = await getInventorySnapshot();
  const proxyApps = snap.apps
    .filter((a) => a.integration === 'auth-proxy-radius' || a.integration === 'auth-proxy-ldap' || a.integration === 'duo-unix')
    .map((a) => ({ id: a.id, name: a.name, notes: a.notes ?? '' }));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ClientMessages namespaces={['logs']}>
        <LogAnalyzer proxyApps={proxyApps} fileLabels={{ files: ti('files'), paste: ti('paste'), pasteName: ti('pasteName') }} />
      </ClientMessages>
    </>
  );
}
