import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CriticalityBadge, FailmodeBadge, LevelBadge, SeverityBadge, TriageBadge } from '@/components/applications/badges';
import { DeleteButton } from '@/components/applications/delete-button';
import { ButtonLink } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/misc';
import { deleteApplicationAction } from '@/lib/actions/applications';
import { ReviewBadge } from '@/components/reviews/review-badge';
import Link from '@/components/ui/link';
import { getCatalogEntry } from '@/lib/domain/catalog';
import {
  dataClassName,
  explainLevel,
  failmodeName,
  findingFix,
  findingMessage,
  findingTitle,
  levelDegradationAdvice,
  mfaMandateName,
} from '@/lib/domain/messages';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { orNotFound, requirePageActor } from '@/lib/server/page';
import { getApplication } from '@/lib/server/inventory/applications';
import { can } from '@/lib/server/permissions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('application') };
}

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const item = await orNotFound(getApplication({ actor, id }));
  const snap = await getInventorySnapshot();
  const x = snap.assessmentById.get(id)!;
  const entry = getCatalogEntry(item.integration);
  const groupInfo = new Map(snap.groups.map((g) => [g.name, g]));
  const [t, tc, lang, format] = await Promise.all([getTranslations('application'), getTranslations('common'), getLocale(), getFormatter()]);
  const configuredOk = item.configuredFailmode === x.recommendedFailmode;

  return (
    <>
      <PageHeader
        title={item.name}
        description={
          <>
            {entry.displayName[lang]}
            {item.owner ? <> · {t('owner', { owner: item.owner })}</> : null} · {t('version', { version: item.version })}
          </>
        }
        actions={
          can(actor, 'inventory:write') ? (
            <>
              <ButtonLink variant="secondary" href={`/applications/${id}/runbook`}>
                {t('runbook')}
              </ButtonLink>
              <ButtonLink variant="secondary" href={`/applications/${id}/review`}>
                {t('review')}
              </ButtonLink>
              <ButtonLink href={`/applications/${id}/edit`}>{tc('edit')}</ButtonLink>
              <ClientMessages namespaces={['deleteButton']}>
                <DeleteButton
                  label={tc('delete')}
                  confirmText={t('deleteConfirm', { name: item.name })}
                  action={deleteApplicationAction.bind(null, id, item.version)}
                  redirectTo="/applications"
                />
              </ClientMessages>
            </>
          ) : (
            <>
              <ButtonLink variant="secondary" href={`/applications/${id}/runbook`}>
                {t('runbook')}
              </ButtonLink>
              <ButtonLink variant="secondary" href={`/applications/${id}/review`}>
                {t('review')}
              </ButtonLink>
            </>
          )
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('assessment')}</h2>
            {item.needsTriage ? (
              <p role="status" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                {t('needsTriage')}
              </p>
            ) : null}
            <dl className="mt-4 grid gap-4 sm:grid-cols-3">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('restrictionLevel')}</dt>
                <dd className="mt-1">{item.needsTriage ? <TriageBadge /> : <LevelBadge level={x.restrictionLevel} />}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('whenUnreachable')}</dt>
                <dd className="mt-1 text-sm font-semibold">
                  {item.needsTriage ? '—' : t('recommended', { mode: failmodeName(x.recommendedFailmode, lang) })}
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('configuredToday')}</dt>
                <dd className="mt-1 flex items-center gap-2">
                  <FailmodeBadge mode={item.configuredFailmode} recommended={x.recommendedFailmode} />
                  {configuredOk ? <span className="text-xs text-emerald-700">{t('matches')}</span> : null}
                </dd>
              </div>
            </dl>
            {item.needsTriage ? null : (
              <>
                <h3 className="mt-6 text-sm font-semibold text-slate-800">{t('whyLevel')}</h3>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                  {explainLevel(x.why, lang).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </Card>

          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('findings')}</h2>
            {x.findings.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">{t('noFindings')}</p>
            ) : (
              <ul className="mt-4 space-y-4">
                {x.findings.map((f, i) => (
                  <li key={`${f.code}-${i}`} className="rounded-md border border-slate-200 p-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <SeverityBadge severity={f.severity} />
                      <span className="font-medium text-slate-900">{findingTitle(f.code, lang)}</span>
                      <code className="text-xs text-slate-500">{f.code}</code>
                    </div>
                    <p className="mt-2 text-sm text-slate-800">{findingMessage(f, lang)}</p>
                    <p className="mt-2 text-sm text-slate-700">
                      <span className="font-semibold">{tc('fix')}</span> {findingFix(f, lang)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('degradedTitle')}</h2>
            <p className="mt-2 text-sm text-slate-700">
              {item.needsTriage ? t('needsTriage') : levelDegradationAdvice(x.restrictionLevel, lang)}
            </p>
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              <div>
                <h3 className="text-sm font-semibold text-emerald-800">{t('mayBypass')}</h3>
                <ul className="mt-1 text-sm text-slate-700">
                  {x.bypassAllowedGroups.length ? (
                    x.bypassAllowedGroups.map((g) => <li key={g}>{g}</li>)
                  ) : (
                    <li className="text-slate-500">{t('noGroup')}</li>
                  )}
                </ul>
              </div>
              <div>
                <h3 className="text-sm font-semibold text-red-800">{t('mustNotBypass')}</h3>
                <ul className="mt-1 text-sm text-slate-700">
                  {x.bypassForbiddenGroups.length ? (
                    x.bypassForbiddenGroups.map((g) => <li key={g}>{g}</li>)
                  ) : (
                    <li className="text-slate-500">{t('noGroup')}</li>
                  )}
                </ul>
              </div>
            </div>
          </Card>
        </div>

        <div className="space-y-6">
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('reviewTitle')}</h2>
            <p className="mt-2 flex items-center gap-2 text-sm">
              <ReviewBadge state={item.review.state} />
              {item.review.reviewer ? <span className="text-slate-600">{t('reviewedBy', { reviewer: item.review.reviewer })}</span> : null}
            </p>
            {item.review.expiresAt ? (
              <p className="mt-1 text-xs text-slate-600">
                {t('validUntil', { date: format.dateTime(new Date(item.review.expiresAt), { dateStyle: 'medium' }) })}
              </p>
            ) : null}
            <p className="mt-2 text-sm">
              <Link href={`/applications/${id}/review`}>{t('openReview')}</Link>
            </p>
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('inputs')}</h2>
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('criticality')}</dt>
                <dd className="mt-1">
                  <CriticalityBadge value={item.criticality} />
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('data')}</dt>
                <dd className="mt-1 flex flex-wrap gap-1">
                  {item.dataClasses.length ? item.dataClasses.map((d) => <Badge key={d}>{dataClassName(d, lang)}</Badge>) : '—'}
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('mandate')}</dt>
                <dd className="mt-1 text-slate-800 first-letter:uppercase">
                  {item.needsTriage ? <TriageBadge /> : mfaMandateName(item.mfaMandate, lang)}
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('groupsWithAccess')}</dt>
                <dd className="mt-1">
                  {item.groups.length ? (
                    <ul className="space-y-1">
                      {item.groups.map((g) => (
                        <li key={g}>
                          {g}
                          {groupInfo.get(g)?.alwaysRequireMfa ? (
                            <span className="ml-1 text-xs font-medium text-red-800">{t('always2fa')}</span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-500">{t('noneRecorded')}</span>
                  )}
                </dd>
              </div>
              {(
                [
                  ['onCall', item.onCallContact],
                  ['escalation', item.escalation],
                ] as const
              ).map(([key, value]) => (
                <div key={key}>
                  <dt className="text-xs font-medium uppercase text-slate-500">{t(key)}</dt>
                  <dd className="mt-1 whitespace-pre-wrap break-words text-slate-800">
                    {value || <span className="text-amber-800">{t('contactMissing')}</span>}
                  </dd>
                </div>
              ))}
              {item.notes ? (
                <div>
                  <dt className="text-xs font-medium uppercase text-slate-500">{t('notes')}</dt>
                  <dd className="mt-1 whitespace-pre-wrap text-slate-800">{item.notes}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">{entry.displayName[lang]}</h2>
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-medium">{t('failmode')}</span>{' '}
              {entry.failmodeConfigurable ? entry.howToSet[lang] : t('notConfigurable')}
            </p>
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-medium">{t('manualDr')}</span> {entry.drRemoval[lang]}
            </p>
            <p className="mt-2 text-sm">
              <a href={entry.docUrl} rel="noreferrer noopener" target="_blank">
                {t('vendorDocs')}
              </a>
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
