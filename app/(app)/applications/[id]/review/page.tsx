import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FailmodeBadge, LevelBadge, SeverityBadge } from '@/components/applications/badges';
import { ReviewBadge } from '@/components/reviews/review-badge';
import { ReviewForm } from '@/components/reviews/review-form';
import { Card, PageHeader } from '@/components/ui/misc';
import { getCatalogEntry } from '@/lib/domain/catalog';
import {
  criticalityName,
  dataClassName,
  failmodeName,
  findingMessage,
  findingTitle,
  levelName,
  mfaMandateName,
} from '@/lib/domain/messages';
import type { InputChange } from '@/lib/domain/review';
import {
  CONFIGURED_FAILMODES,
  CRITICALITIES,
  DATA_CLASSES,
  INTEGRATION_SLUGS,
  MFA_MANDATES,
  type Lang,
  type RestrictionLevel,
} from '@/lib/domain/types';
import { getApplication } from '@/lib/server/inventory/applications';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { orNotFound, requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { reviewContext } from '@/lib/server/reviews';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('review') };
}

type T = Awaited<ReturnType<typeof getTranslations<'review'>>>;

const FIELD_LABEL = {
  name: 'fieldName',
  integration: 'fieldIntegration',
  dataClasses: 'fieldDataClasses',
  mfaMandate: 'fieldMfaMandate',
  criticality: 'fieldCriticality',
  configuredFailmode: 'fieldConfiguredFailmode',
  owner: 'fieldOwner',
  notes: 'fieldNotes',
  onCallContact: 'fieldOnCallContact',
  escalation: 'fieldEscalation',
  groups: 'fieldGroups',
  'policy.mandatoryDataClasses': 'fieldPolicyDataClasses',
  'policy.paidEdition': 'fieldPolicyPaidEdition',
  'policy.messagingThresholdMinutes': 'fieldPolicyMessagingThreshold',
  'firewall.opensRestricted': 'fieldFirewallOpensRestricted',
  'firewall.otherSso': 'fieldFirewallOtherSso',
  primaryOnlyNeighbours: 'fieldPrimaryOnlyNeighbours',
  catalogVersion: 'fieldCatalogVersion',
  reviewRules: 'fieldReviewRules',
} as const satisfies Partial<Record<InputChange['field'], string>>;

/** The name of a changed input (lib/domain/review.ts diffInputs) in the UI language: never a code. */
function fieldLabel(c: InputChange, t: T): string {
  if (c.field === 'group.alwaysRequireMfa') return t('fieldGroupAlways2fa', { group: c.group ?? '' });
  if (c.field === 'group.bypassReach') return t('fieldGroupBypassReach', { group: c.group ?? '' });
  return t(FIELD_LABEL[c.field]);
}

const among = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const LEVEL = /^(.*) \((most-restrictive|restrictive|less-restrictive)\)$/;

/** A reviewed or current value of an input in the UI language (names as they are). */
function fieldValue(c: InputChange, value: string, lang: Lang, t: T): string {
  if (value === '') return '—';
  const { field } = c;
  if (value === 'true' && (field === 'group.alwaysRequireMfa' || field === 'policy.paidEdition')) return t('valueYes');
  if (value === 'false' && (field === 'group.alwaysRequireMfa' || field === 'policy.paidEdition')) return t('valueNo');
  if (field === 'criticality' && among(CRITICALITIES, value)) return criticalityName(value, lang);
  if (field === 'configuredFailmode' && among(CONFIGURED_FAILMODES, value)) return failmodeName(value, lang);
  if (field === 'mfaMandate' && among(MFA_MANDATES, value)) return mfaMandateName(value, lang);
  if (field === 'integration' && among(INTEGRATION_SLUGS, value)) return getCatalogEntry(value).displayName[lang];
  if (field === 'dataClasses' || field === 'policy.mandatoryDataClasses') {
    return value
      .split(', ')
      .map((d) => (among(DATA_CLASSES, d) ? dataClassName(d, lang) : d))
      .join(', ');
  }
  if (field === 'group.bypassReach') {
    return value
      .split(', ')
      .map((x) => {
        const m = LEVEL.exec(x);
        return m ? `${m[1]} (${levelName(m[2] as RestrictionLevel, lang)})` : x;
      })
      .join(', ');
  }
  return value;
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const item = await orNotFound(getApplication({ actor, id }));
  const ctx = await reviewContext({ actor, applicationId: id });
  const x = (await getInventorySnapshot()).assessmentById.get(id)!;
  const [t, lang, format] = await Promise.all([getTranslations('review'), getLocale(), getFormatter()]);
  const day = (d: Date | null) => (d ? `${format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC` : '—');
  const now = new Date();
  const ymd = (d: Date) => d.toISOString().slice(0, 10);
  const critical = x.findings
    .filter((f) => f.severity === 'critical')
    .map((f) => ({ title: findingTitle(f.code, lang), message: findingMessage(f, lang) }));
  const blockedReason = ctx.separation.ok
    ? undefined
    : ctx.separation.reason === 'own-edit'
      ? t('separationOfDuties', { date: day(ctx.separation.editedAt) })
      : undefined;
  return (
    <>
      <PageHeader title={t('title', { name: item.name })} description={<Link href={`/applications/${id}`}>{t('openApplication')}</Link>} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('deciding')}</h2>
            <dl className="mt-4 grid gap-4 sm:grid-cols-3">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('restrictionLevel')}</dt>
                <dd className="mt-1">
                  <LevelBadge level={x.restrictionLevel} />
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('recommended')}</dt>
                <dd className="mt-1 text-sm font-semibold">{failmodeName(x.recommendedFailmode, lang)}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">{t('configured')}</dt>
                <dd className="mt-1">
                  <FailmodeBadge mode={item.configuredFailmode} recommended={x.recommendedFailmode} />
                </dd>
              </div>
            </dl>
            {x.findings.length ? (
              <ul className="mt-4 space-y-2">
                {x.findings.map((f, i) => (
                  <li key={i} className="text-sm">
                    <SeverityBadge severity={f.severity} /> <span className="font-medium">{findingTitle(f.code, lang)}</span>
                    <p className="mt-1 text-slate-700">{findingMessage(f, lang)}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-4 text-sm text-slate-600">{t('noFindings')}</p>
            )}
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('changedTitle')}</h2>
            {!ctx.latest ? (
              <p className="mt-2 text-sm text-slate-600">{t('neverReviewed')}</p>
            ) : ctx.changes.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t('nothingChanged')}</p>
            ) : (
              <table className="mt-3 min-w-full text-sm">
                <caption className="sr-only">{t('changedCaption')}</caption>
                <thead className="text-left text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      {t('colInput')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('colReviewed')}
                    </th>
                    <th scope="col" className="py-2">
                      {t('colNow')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {ctx.changes.map((c) =>
                    c.field === 'reviewRules' ? (
                      <tr key={c.field}>
                        <td colSpan={3} className="py-2 text-amber-900">
                          {t('reviewRulesNote')}
                        </td>
                      </tr>
                    ) : (
                      <tr key={`${c.field}:${c.group ?? ''}`}>
                        <th scope="row" className="py-2 pr-4 text-left font-medium">
                          {fieldLabel(c, t)}
                        </th>
                        <td className="py-2 pr-4 text-red-800">
                          <del>{fieldValue(c, c.before, lang, t)}</del>
                        </td>
                        <td className="py-2 text-emerald-800">
                          <ins className="no-underline">{fieldValue(c, c.after, lang, t)}</ins>
                        </td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            )}
          </Card>
          {can(actor, 'review:decide') ? (
            <Card className="p-6">
              <h2 className="mb-4 text-base font-semibold">{t('decision')}</h2>
              <ClientMessages namespaces={['reviewForm', 'common']}>
                <ReviewForm
                  applicationId={id}
                  mayApprove={ctx.separation.ok}
                  blockedReason={blockedReason}
                  criticalFindings={critical}
                  maxRiskAcceptanceDays={ctx.maxRiskAcceptanceDays}
                  today={ymd(now)}
                  lastDay={ymd(new Date(now.getTime() + ctx.maxRiskAcceptanceDays * 86_400_000))}
                />
              </ClientMessages>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('state')}</h2>
            <p className="mt-2">
              <ReviewBadge state={ctx.status.state} />
            </p>
            <dl className="mt-3 space-y-2 text-sm">
              <div>
                <dt className="inline font-medium">{t('lastDecisionBy')} </dt>
                <dd className="inline">{ctx.status.reviewer ?? '—'}</dd>
              </div>
              <div>
                <dt className="inline font-medium">{t('decided')} </dt>
                <dd className="inline">{day(ctx.status.decidedAt)}</dd>
              </div>
              <div>
                <dt className="inline font-medium">{t('validUntil')} </dt>
                <dd className="inline">{day(ctx.status.expiresAt)}</dd>
              </div>
            </dl>
            {ctx.status.state === 'stale' ? <p className="mt-2 text-sm text-amber-900">{t('staleNote')}</p> : null}
            {ctx.status.state === 'expired' ? <p className="mt-2 text-sm text-amber-900">{t('expiredNote')}</p> : null}
            {ctx.status.state === 'risk-accepted' ? (
              <p className="mt-2 text-sm text-amber-900">{t('riskAcceptedNote', { date: day(ctx.status.expiresAt) })}</p>
            ) : null}
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('history')}</h2>
            {ctx.history.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t('noDecisions')}</p>
            ) : (
              <ol className="mt-2 space-y-3 text-sm">
                {ctx.history.map((h, i) => (
                  <li key={i}>
                    {t.rich('historyEntry', {
                      decision: h.decision === 'accept-risk' ? 'risk' : h.decision,
                      reviewer: h.reviewer,
                      date: day(h.decidedAt),
                      b: (chunks) => <span className="font-medium">{chunks}</span>,
                    })}
                    {h.decision === 'accept-risk' && h.expiresAt ? (
                      <p className="text-amber-900">{t('historyRiskUntil', { date: day(h.expiresAt) })}</p>
                    ) : null}
                    <p className="text-slate-600">{h.rationale}</p>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
