import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DrillForm } from '@/components/drills/drill-form';
import { PageHeader } from '@/components/ui/misc';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDrill } from '@/lib/server/drills';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { orNotFound, requirePagePermission } from '@/lib/server/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('editDrill') };
}

export default async function EditDrillPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('inventory:write');
  const { id } = await params;
  const drill = await orNotFound(getDrill({ actor, id }));
  const snap = await getInventorySnapshot();
  const [t, format] = await Promise.all([getTranslations('drills'), getFormatter()]);
  const date = format.dateTime(new Date(`${drill.date}T00:00:00Z`), { dateStyle: 'medium' });
  return (
    <>
      <PageHeader title={t('editTitle', { date })} description={t('editDescription')} />
      <ClientMessages namespaces={['drillForm', 'common']}>
        <DrillForm applications={snap.apps.map((a) => a.name)} drill={drill} />
      </ClientMessages>
    </>
  );
}
