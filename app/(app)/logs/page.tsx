import type { Metadata } from 'next';
import { LogAnalyzer } from '@/components/import/log-analyzer';
import { PageHeader } from '@/components/ui/misc';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePageActor } from '@/lib/server/page';

export const metadata: Metadata = { title: 'Failmode in logs' };

export default async function LogsPage() {
  await requirePageActor();
  const snap = await getInventorySnapshot();
  const proxyApps = snap.apps
    .filter((a) => a.integration === 'auth-proxy-radius' || a.integration === 'auth-proxy-ldap' || a.integration === 'duo-unix')
    .map((a) => ({ id: a.id, name: a.name, notes: a.notes ?? '' }));
  return (
    <>
      <PageHeader
        title="Failmode in the logs"
        description="When was failmode actually invoked? Read Auth Proxy authproxy.log (old and new wordings), authevents.log and Duo Unix logs. Large files: use npm run analyze-logs, which streams them."
      />
      <LogAnalyzer proxyApps={proxyApps} />
    </>
  );
}
