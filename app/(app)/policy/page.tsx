import type { Metadata } from 'next';
import { PolicyForm } from '@/components/policy/policy-form';
import { Card, PageHeader } from '@/components/ui/misc';
import { requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { getPolicy } from '@/lib/server/policy';

export const metadata: Metadata = { title: 'Policy' };

export default async function PolicyPage() {
  const actor = await requirePageActor();
  const policy = await getPolicy({ actor });
  const { version, ...values } = policy;
  return (
    <>
      <PageHeader title="Organisation policy" description="The rules engine reads this policy for every application; a change takes effect at once." />
      <Card className="max-w-3xl p-6">
        <PolicyForm initial={values} version={version} readOnly={!can(actor, 'policy:write')} />
      </Card>
    </>
  );
}
