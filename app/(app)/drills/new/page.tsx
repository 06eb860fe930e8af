import type { Metadata } from 'next';
import { DrillForm } from '@/components/drills/drill-form';
import { PageHeader } from '@/components/ui/misc';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePagePermission } from '@/lib/server/page';

export const metadata: Metadata = { title: 'Record a drill' };

export default async function NewDrillPage() {
  await requirePagePermission('inventory:write');
  const snap = await getInventorySnapshot();
  return (
    <>
      <PageHeader title="Record a drill" description="A tabletop or live exercise of the outage plan: what was tested, what happened, and what must follow." />
      <DrillForm applications={snap.apps.map((a) => a.name)} />
    </>
  );
}
