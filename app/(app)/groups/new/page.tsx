import { levelName } from '@/lib/domain/messages';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { GroupForm } from '@/components/groups/group-form';
import { PageHeader } from '@/components/ui/misc';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePagePermission } from '@/lib/server/page';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('addGroup') };
}

export default async function NewGroupPage() {
  await requirePagePermission('inventory:write');
  const snap = await getInventorySnapshot();
  const [t, lang] = await Promise.all([getTranslations('groups'), getLocale()]);
  const apps = snap.apps.map((a) => ({ name: a.name, level: levelName(snap.assessmentById.get(a.id)!.restrictionLevel, lang) }));
  return (
    <>
      <PageHeader title={t('addTitle')} />
      <ClientMessages namespaces={['groupForm', 'bypassPreview', 'common']}>
        <GroupForm applications={apps} />
      </ClientMessages>
    </>
  );
}
