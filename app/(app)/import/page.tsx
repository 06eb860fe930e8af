import type { Metadata } from 'next';
import { ImportWizard } from '@/components/import/import-wizard';
import { PageHeader } from '@/components/ui/misc';
import { requirePagePermission } from '@/lib/server/page';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage() {
  await requirePagePermission('inventory:write');
  return (
    <>
      <PageHeader
        title="Import"
        description="Read what your Duo setup already says: authproxy.cfg, Duo Unix configs, the Admin API's integration list, or an inventory spreadsheet. Preview the changes against the inventory, choose what to apply, confirm: one audited change."
        actions={
          <>
            <a href="/api/v1/export?format=json" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 no-underline hover:bg-slate-50">Export JSON</a>
            <a href="/api/v1/export?format=csv" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 no-underline hover:bg-slate-50">Export CSV</a>
          </>
        }
      />
      <ImportWizard />
    </>
  );
}
