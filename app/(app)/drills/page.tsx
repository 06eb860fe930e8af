import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FollowUpToggle } from '@/components/drills/follow-up-toggle';
import { ButtonLink } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/misc';
import { simulationScenarioName, type SimulationScenario } from '@/lib/domain/simulator';
import { listDrills } from '@/lib/server/drills';
import { requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { ClientMessages } from '@/components/i18n/client-messages';
import { DeleteButton } from '@/components/applications/delete-button';
import { deleteDrillAction } from '@/lib/actions/drills';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('drills') };
}

export default async function DrillsPage() {
  const actor = await requirePageActor();
  const drills = await listDrills({ actor });
  const writable = can(actor, 'inventory:write');
  const [t, tc, lang, format] = await Promise.all([getTranslations('drills'), getTranslations('common'), getLocale(), getFormatter()]);
  // Drill and due dates are days (YYYY-MM-DD, UTC).
  const day = (ymd: string) => format.dateTime(new Date(`${ymd}T00:00:00Z`), { dateStyle: 'medium' });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={writable ? <ButtonLink href="/drills/new">{t('record')}</ButtonLink> : null}
      />
      {drills.length === 0 ? <Card className="p-6 text-sm text-slate-600">{t('empty')}</Card> : null}
      <div className="space-y-6">
        {drills.map((d) => (
          <Card key={d.id} className="p-6">
            <h2 className="text-base font-semibold">
              {day(d.date)} · {t('kind', { kind: d.kind })} · {simulationScenarioName(d.scenario as SimulationScenario, lang)}
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {t('participants', { participants: d.participants })}
              {d.updatedBy ? <> · {t('changedBy', { who: d.updatedBy })}</> : null}
            </p>
            {d.notes ? <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{d.notes}</p> : null}
            <div className="mt-3 flex flex-wrap gap-2">
              {d.outcomes.map((o) => (
                <Badge key={o.application} tone={o.result === 'passed' ? 'green' : o.result === 'failed' ? 'red' : 'amber'}>
                  {t('outcome', { application: o.application, result: o.result })}
                </Badge>
              ))}
            </div>
            {d.followUps.length ? (
              <ul className="mt-4 space-y-1 text-sm">
                {d.followUps.map((f) => (
                  <li key={f.id} className="flex items-center gap-2">
                    <ClientMessages namespaces={['drills']}>
                      <FollowUpToggle id={f.id} done={f.done} label={f.title} disabled={!writable} />
                    </ClientMessages>
                    <span className={f.done ? 'text-slate-500 line-through' : ''}>
                      {t('followUp', { title: f.title, owner: f.owner, date: day(f.dueDate) })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            {writable ? (
              <div className="mt-4 flex flex-wrap items-start gap-2">
                <ButtonLink variant="secondary" href={`/drills/${d.id}/edit`}>
                  <span aria-hidden="true">{tc('edit')}</span>
                  <span className="sr-only">{t('editAria', { date: day(d.date) })}</span>
                </ButtonLink>
                <ClientMessages namespaces={['deleteButton']}>
                  <DeleteButton
                    label={tc('delete')}
                    ariaLabel={t('deleteAria', { date: day(d.date) })}
                    confirmText={t('deleteConfirm', { date: day(d.date) })}
                    action={deleteDrillAction.bind(null, d.id, d.version)}
                    redirectTo="/drills"
                  />
                </ClientMessages>
              </div>
            ) : null}
          </Card>
        ))}
      </div>
    </>
  );
}
