import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApplicationForm } from '@/components/applications/application-form';
import { PageHeader } from '@/components/ui/misc';
import { listGroups } from '@/lib/server/inventory/groups';
import { requirePagePermission } from '@/lib/server/page';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('addApplication') };
}

export default async function NewApplicationPage() {
  const actor = await requirePagePermission('inventory:write');
  const groups = await listGroups({ actor, query: { limit: '500' } });
  const t = await getTranslations('applicationNew');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ClientMessages namespaces={['applicationForm', 'bypassPreview', 'common']}>
        <ApplicationForm groups={groups.items} />
      </ClientMessages>
    </>
  );
}
