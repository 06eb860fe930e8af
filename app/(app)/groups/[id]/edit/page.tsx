import { levelName } from '@/lib/domain/messages';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeleteButton } from '@/components/applications/delete-button';
import { GroupForm } from '@/components/groups/group-form';
import { PageHeader } from '@/components/ui/misc';
import { deleteGroupAction } from '@/lib/actions/groups';
import { getGroup } from '@/lib/server/inventory/groups';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { orNotFound, requirePagePermission } from '@/lib/server/page';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('editGroup') };
}

export default async function EditGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('inventory:write');
  const { id } = await params;
  const group = await orNotFound(getGroup({ actor, id }));
  const snap = await getInventorySnapshot();
  const [t, lang] = await Promise.all([getTranslations('groups'), getLocale()]);
  const apps = snap.apps.map((a) => ({ name: a.name, level: levelName(snap.assessmentById.get(a.id)!.restrictionLevel, lang) }));
  return (
    <>
      <PageHeader
        title={t('editTitle', { name: group.name })}
        actions={
          <ClientMessages namespaces={['deleteButton']}>
            <DeleteButton
              label={t('deleteLabel')}
              confirmText={t('deleteConfirm', { name: group.name, count: group.applications.length })}
              action={deleteGroupAction.bind(null, group.id, group.version)}
              redirectTo="/groups"
            />
          </ClientMessages>
        }
      />
      <ClientMessages namespaces={['groupForm', 'bypassPreview', 'common']}>
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
      </ClientMessages>
    </>
  );
}
