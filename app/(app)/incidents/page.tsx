import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from '@/components/ui/link';
import { ButtonLink } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/misc';
import { formatTimestamp } from '@/lib/domain/runbook/i18n';
import { simulationScenarioName, type SimulationScenario } from '@/lib/domain/simulator';
import type { Lang } from '@/lib/domain/types';
import { listIncidents } from '@/lib/server/incidents';
import { requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('incidents') };
}

export default async function IncidentsPage() {
  const actor = await requirePageActor();
  const [{ items }, t, lang] = await Promise.all([listIncidents({ actor }), getTranslations('incidents'), getLocale() as Promise<Lang>]);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={can(actor, 'incident:write') ? <ButtonLink href="/incidents/new">{t('declare')}</ButtonLink> : null}
      />
      {items.length === 0 ? <Card className="p-6 text-sm text-slate-600">{t('empty')}</Card> : null}
      <ul className="space-y-3">
        {items.map((i) => (
          <li key={i.id}>
            <Card className="p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={i.state === 'open' ? 'red' : 'green'}>{t('state', { state: i.state })}</Badge>
                <Link href={`/incidents/${i.id}`} className="font-semibold">
                  {i.title}
                </Link>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {simulationScenarioName(i.scenario as SimulationScenario, lang)} ·{' '}
                {t('listMeta', { applications: i.applications, started: formatTimestamp(i.startedAt, lang), by: i.declaredBy })}
              </p>
              <p className="text-sm">{t('openReverts', { count: i.openReverts })}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
