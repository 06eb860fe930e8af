import type { Metadata } from 'next';
import { ApplicationForm } from '@/components/applications/application-form';
import { PageHeader } from '@/components/ui/misc';
import { listGroups } from '@/lib/server/inventory/groups';
import { requirePagePermission } from '@/lib/server/page';

export const metadata: Metadata = { title: 'Add application' };

export default async function NewApplicationPage() {
  const actor = await requirePagePermission('inventory:write');
  const groups = await listGroups({ actor, query: { limit: '500' } });
  return (
    <>
      <PageHeader title="Add application" description="Describe how Duo protects it, what data it holds and who can reach it. The assessment is computed when you save." />
      <ApplicationForm groups={groups.items} />
    </>
  );
}
