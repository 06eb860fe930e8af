import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DrillForm } from '@/components/drills/drill-form';
import { PageHeader } from '@/components/ui/misc';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePagePermission } from '@/lib/server/page';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('recordDrill') };
}

export default async function NewDrillPage() {
  await requirePagePermission('inventory:write');
  const snap = await getInventorySnapshot();
  const t = await getTranslations('drills');
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <ClientMessages namespaces={['drillForm', 'common']}>
        <DrillForm applications={snap.apps.map((a) => a.name)} />
      </ClientMessages>
    </>
  );
}
