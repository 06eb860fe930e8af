import { levelName } from '@/lib/domain/messages';
import type { Metadata } from 'next';
import { GroupForm } from '@/components/groups/group-form';
import { PageHeader } from '@/components/ui/misc';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePagePermission } from '@/lib/server/page';

export const metadata: Metadata = { title: 'Add group' };

export default async function NewGroupPage() {
  await requirePagePermission('inventory:write');
  const snap = await getInventorySnapshot();
  const apps = snap.apps.map((a) => ({ name: a.name, level: levelName(snap.assessmentById.get(a.id)!.restrictionLevel, 'en') }));
  return (
    <>
      <PageHeader title="Add group" />
      <GroupForm applications={apps} />
    </>
  );
}
