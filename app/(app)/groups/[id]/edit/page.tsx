import { levelName } from '@/lib/domain/messages';
import type { Metadata } from 'next';
import { DeleteButton } from '@/components/applications/delete-button';
import { GroupForm } from '@/components/groups/group-form';
import { PageHeader } from '@/components/ui/misc';
import { deleteGroupAction } from '@/lib/actions/groups';
import { getGroup } from '@/lib/server/inventory/groups';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { orNotFound, requirePagePermission } from '@/lib/server/page';

export const metadata: Metadata = { title: 'Edit group' };

export default async function EditGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('inventory:write');
  const { id } = await params;
  const group = await orNotFound(getGroup({ actor, id }));
  const snap = await getInventorySnapshot();
  const apps = snap.apps.map((a) => ({ name: a.name, level: levelName(snap.assessmentById.get(a.id)!.restrictionLevel, 'en') }));
  return (
    <>
      <PageHeader
        title={`Edit ${group.name}`}
        actions={
          <DeleteButton
            label="Delete group"
            confirmText={`Delete ${group.name}? It loses access to ${group.applications.length} application(s).`}
            action={deleteGroupAction.bind(null, group.id, group.version)}
            redirectTo="/groups"
          />
        }
      />
      <GroupForm
        id={group.id}
        version={group.version}
        applications={apps}
        initial={{
          name: group.name,
          alwaysRequireMfa: group.alwaysRequireMfa,
          memberCount: group.memberCount,
          description: group.description ?? '',
          applications: group.applications,
        }}
      />
    </>
  );
}
