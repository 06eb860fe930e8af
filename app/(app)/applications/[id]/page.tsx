import type { Metadata } from 'next';
import { CriticalityBadge, FailmodeBadge, LevelBadge, SeverityBadge } from '@/components/applications/badges';
import { DeleteButton } from '@/components/applications/delete-button';
import { ButtonLink } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/misc';
import { deleteApplicationAction } from '@/lib/actions/applications';
import { ReviewBadge } from '@/components/reviews/review-badge';
import Link from 'next/link';
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

export const metadata: Metadata = { title: 'Application' };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const item = await orNotFound(getApplication({ actor, id }));
  const snap = await getInventorySnapshot();
  const x = snap.assessmentById.get(id)!;
  const entry = getCatalogEntry(item.integration);
  const groupInfo = new Map(snap.groups.map((g) => [g.name, g]));
  const lang = 'en' as const;
  const configuredOk =
    item.configuredFailmode === x.recommendedFailmode || (item.configuredFailmode === 'secure' && x.recommendedFailmode === 'safe');

  return (
    <>
      <PageHeader
        title={item.name}
        description={
          <>
            {entry.displayName.en}
            {item.owner ? <> · Owner: {item.owner}</> : null} · Version {item.version}
          </>
        }
        actions={
          can(actor, 'inventory:write') ? (
            <>
              <ButtonLink variant="secondary" href={`/applications/${id}/runbook`}>Runbook</ButtonLink>
              <ButtonLink variant="secondary" href={`/applications/${id}/review`}>Review</ButtonLink>
              <ButtonLink href={`/applications/${id}/edit`}>Edit</ButtonLink>
              <DeleteButton
                label="Delete"
                confirmText={`Delete ${item.name}? Its assessment and access list go with it.`}
                action={deleteApplicationAction.bind(null, id, item.version)}
                redirectTo="/applications"
              />
            </>
          ) : (
            <>
              <ButtonLink variant="secondary" href={`/applications/${id}/runbook`}>Runbook</ButtonLink>
              <ButtonLink variant="secondary" href={`/applications/${id}/review`}>Review</ButtonLink>
            </>
          )
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-6">
            <h2 className="text-base font-semibold">Assessment</h2>
            <dl className="mt-4 grid gap-4 sm:grid-cols-3">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Restriction level</dt>
                <dd className="mt-1">
                  <LevelBadge level={x.restrictionLevel} />
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">When Duo is unreachable</dt>
                <dd className="mt-1 text-sm font-semibold">Recommended: {failmodeName(x.recommendedFailmode, lang)}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Configured today</dt>
                <dd className="mt-1 flex items-center gap-2">
                  <FailmodeBadge mode={item.configuredFailmode} recommended={x.recommendedFailmode} />
                  {configuredOk ? <span className="text-xs text-emerald-700">matches</span> : null}
                </dd>
              </div>
            </dl>
            <h3 className="mt-6 text-sm font-semibold text-slate-800">Why this level</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {explainLevel(x.why, lang).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </Card>

          <Card className="p-6">
            <h2 className="text-base font-semibold">Findings</h2>
            {x.findings.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">No findings: the configuration follows the guide.</p>
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
                      <span className="font-semibold">Fix: </span>
                      {findingFix(f, lang)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card className="p-6">
            <h2 className="text-base font-semibold">When Duo is degraded (failmode not invoked)</h2>
            <p className="mt-2 text-sm text-slate-700">{levelDegradationAdvice(x.restrictionLevel, lang)}</p>
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              <div>
                <h3 className="text-sm font-semibold text-emerald-800">May be put in bypass</h3>
                <ul className="mt-1 text-sm text-slate-700">
                  {x.bypassAllowedGroups.length ? x.bypassAllowedGroups.map((g) => <li key={g}>{g}</li>) : <li className="text-slate-500">No group</li>}
                </ul>
              </div>
              <div>
                <h3 className="text-sm font-semibold text-red-800">Must NOT be put in bypass</h3>
                <ul className="mt-1 text-sm text-slate-700">
                  {x.bypassForbiddenGroups.length ? x.bypassForbiddenGroups.map((g) => <li key={g}>{g}</li>) : <li className="text-slate-500">No group</li>}
                </ul>
              </div>
            </div>
          </Card>
        </div>

        <div className="space-y-6">
          <Card className="p-6">
            <h2 className="text-base font-semibold">Review</h2>
            <p className="mt-2 flex items-center gap-2 text-sm">
              <ReviewBadge state={item.review.state} />
              {item.review.reviewer ? <span className="text-slate-600">by {item.review.reviewer}</span> : null}
            </p>
            {item.review.expiresAt ? <p className="mt-1 text-xs text-slate-600">Valid until {item.review.expiresAt.slice(0, 10)}</p> : null}
            <p className="mt-2 text-sm"><Link href={`/applications/${id}/review`}>Open the review</Link></p>
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">Inputs</h2>
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Criticality</dt>
                <dd className="mt-1"><CriticalityBadge value={item.criticality} /></dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Data</dt>
                <dd className="mt-1 flex flex-wrap gap-1">
                  {item.dataClasses.length ? item.dataClasses.map((d) => <Badge key={d}>{dataClassName(d, lang)}</Badge>) : '—'}
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">2FA mandate</dt>
                <dd className="mt-1 text-slate-800 first-letter:uppercase">{mfaMandateName(item.mfaMandate, lang)}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Groups with access</dt>
                <dd className="mt-1">
                  {item.groups.length ? (
                    <ul className="space-y-1">
                      {item.groups.map((g) => (
                        <li key={g}>
                          {g}
                          {groupInfo.get(g)?.alwaysRequireMfa ? <span className="ml-1 text-xs font-medium text-red-800">(always 2FA)</span> : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-500">None recorded</span>
                  )}
                </dd>
              </div>
              {item.notes ? (
                <div>
                  <dt className="text-xs font-medium uppercase text-slate-500">Notes</dt>
                  <dd className="mt-1 whitespace-pre-wrap text-slate-800">{item.notes}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">{entry.displayName.en}</h2>
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-medium">Failmode: </span>
              {entry.failmodeConfigurable ? entry.howToSet.en : 'not configurable.'}
            </p>
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-medium">Manual DR procedure: </span>
              {entry.drRemoval.en}
            </p>
            <p className="mt-2 text-sm">
              <a href={entry.docUrl} rel="noreferrer noopener" target="_blank">
                Vendor documentation
              </a>
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
