import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { IncidentLive } from '@/components/incidents/incident-live';
import { PageHeader } from '@/components/ui/misc';
import { PRIMARY_ONLY_INTEGRATIONS } from '@/lib/domain/simulator';
import type { Lang } from '@/lib/domain/types';
import { getIncident } from '@/lib/server/incidents';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { orNotFound, requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('incident') };
}

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const lang = (await getLocale()) as Lang;
  const [view, snap] = await Promise.all([orNotFound(getIncident({ actor, id, lang })), getInventorySnapshot()]);
  return (
    <>
      <PageHeader title={view.title} />
      <ClientMessages namespaces={['incidents']}>
        <IncidentLive
          initial={view}
          lang={lang}
          canWrite={can(actor, 'incident:write')}
          isAdmin={can(actor, 'incident:override')}
          groups={snap.groups.map((g) => g.name)}
          applications={snap.apps.map((a) => a.name)}
          primaryOnlyApplications={snap.apps.filter((a) => PRIMARY_ONLY_INTEGRATIONS.includes(a.integration)).map((a) => a.name)}
        />
      </ClientMessages>
    </>
  );
}
