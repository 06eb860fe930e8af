import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApplicationForm } from '@/components/applications/application-form';
import { PageHeader } from '@/components/ui/misc';
import { getApplication } from '@/lib/server/inventory/applications';
import { listGroups } from '@/lib/server/inventory/groups';
import { orNotFound, requirePagePermission } from '@/lib/server/page';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('editApplication') };
}

export default async function EditApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('inventory:write');
  const { id } = await params;
  const [app, groups] = await Promise.all([orNotFound(getApplication({ actor, id })), listGroups({ actor, query: { limit: '500' } })]);
  const t = await getTranslations('applicationEdit');
  return (
    <>
      <PageHeader title={t('title', { name: app.name })} description={t('description', { version: app.version })} />
      <ClientMessages namespaces={['applicationForm', 'bypassPreview', 'common']}>
        <ApplicationForm
          id={app.id}
          version={app.version}
          groups={groups.items}
          initial={{
            name: app.name,
            integration: app.integration,
            dataClasses: app.dataClasses,
            mfaMandate: app.mfaMandate,
            criticality: app.criticality,
            configuredFailmode: app.configuredFailmode,
            groups: app.groups,
            owner: app.owner ?? '',
            notes: app.notes ?? '',
            onCallContact: app.onCallContact ?? '',
            escalation: app.escalation ?? '',
          }}
        />
      </ClientMessages>
    </>
  );
}
