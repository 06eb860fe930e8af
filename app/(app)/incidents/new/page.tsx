import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { DeclareIncidentForm } from '@/components/incidents/declare-form';
import { PageHeader } from '@/components/ui/misc';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePagePermission } from '@/lib/server/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('declareIncident') };
}

export default async function DeclareIncidentPage() {
  await requirePagePermission('incident:write');
  const [snap, t] = await Promise.all([getInventorySnapshot(), getTranslations('incidents')]);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <ClientMessages namespaces={['incidents']}>
        <DeclareIncidentForm applications={snap.apps.map((a) => a.name)} />
      </ClientMessages>
    </>
  );
}
