import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PolicyForm } from '@/components/policy/policy-form';
import { Card, PageHeader } from '@/components/ui/misc';
import { requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { getPolicy } from '@/lib/server/policy';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('policy') };
}

export default async function PolicyPage() {
  const actor = await requirePageActor();
  const policy = await getPolicy({ actor });
  const { version, ...values } = policy;
  const t = await getTranslations('policy');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card className="max-w-3xl p-6">
        <ClientMessages namespaces={['policy', 'common']}>
          <PolicyForm initial={values} version={version} readOnly={!can(actor, 'policy:write')} />
        </ClientMessages>
      </Card>
    </>
  );
}
