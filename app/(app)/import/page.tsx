import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportWizard } from '@/components/import/import-wizard';
import { PageHeader } from '@/components/ui/misc';
import { requirePagePermission } from '@/lib/server/page';
import { ClientMessages } from '@/components/i18n/client-messages';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage() {
  await requirePagePermission('inventory:write');
  const t = await getTranslations('import');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <a
              href="/api/v1/export?format=json"
              className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 no-underline hover:bg-slate-50"
            >
              {t('exportJson')}
            </a>
            <a
              href="/api/v1/export?format=csv"
              className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 no-underline hover:bg-slate-50"
            >
              {t('exportCsv')}
            </a>
          </>
        }
      />
      <ClientMessages namespaces={['import']}>
        <ImportWizard />
      </ClientMessages>
    </>
  );
}
