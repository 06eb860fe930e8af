import type { Metadata } from 'next';
import Link from 'next/link';
import { FailmodeBadge, LevelBadge, SeverityBadge } from '@/components/applications/badges';
import { ReviewBadge } from '@/components/reviews/review-badge';
import { ReviewForm } from '@/components/reviews/review-form';
import { Card, PageHeader } from '@/components/ui/misc';
import { failmodeName, findingMessage, findingTitle } from '@/lib/domain/messages';
import { getApplication } from '@/lib/server/inventory/applications';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { orNotFound, requirePageActor } from '@/lib/server/page';
import { can } from '@/lib/server/permissions';
import { reviewContext } from '@/lib/server/reviews';

export const metadata: Metadata = { title: 'Review' };

const day = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const item = await orNotFound(getApplication({ actor, id }));
  const ctx = await reviewContext({ actor, applicationId: id });
  const x = (await getInventorySnapshot()).assessmentById.get(id)!;
  return (
    <>
      <PageHeader
        title={`Review: ${item.name}`}
        description={<Link href={`/applications/${id}`}>Open the application</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-6">
            <h2 className="text-base font-semibold">What you are deciding on</h2>
            <dl className="mt-4 grid gap-4 sm:grid-cols-3">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Restriction level</dt>
                <dd className="mt-1"><LevelBadge level={x.restrictionLevel} /></dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Recommended</dt>
                <dd className="mt-1 text-sm font-semibold">{failmodeName(x.recommendedFailmode, 'en')}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-500">Configured</dt>
                <dd className="mt-1"><FailmodeBadge mode={item.configuredFailmode} recommended={x.recommendedFailmode} /></dd>
              </div>
            </dl>
            {x.findings.length ? (
              <ul className="mt-4 space-y-2">
                {x.findings.map((f, i) => (
                  <li key={i} className="text-sm">
                    <SeverityBadge severity={f.severity} /> <span className="font-medium">{findingTitle(f.code, 'en')}</span>
                    <p className="mt-1 text-slate-700">{findingMessage(f, 'en')}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-4 text-sm text-slate-600">No findings.</p>
            )}
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">What changed since the last decision</h2>
            {!ctx.latest ? (
              <p className="mt-2 text-sm text-slate-600">Never reviewed: everything is new.</p>
            ) : ctx.changes.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">Nothing: the inputs are the ones that were reviewed.</p>
            ) : (
              <table className="mt-3 min-w-full text-sm">
                <caption className="sr-only">Changed inputs</caption>
                <thead className="text-left text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-4">Input</th>
                    <th scope="col" className="py-2 pr-4">Reviewed</th>
                    <th scope="col" className="py-2">Now</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {ctx.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row" className="py-2 pr-4 text-left font-medium">{c.field}</th>
                      <td className="py-2 pr-4 text-red-800"><del>{c.before}</del></td>
                      <td className="py-2 text-emerald-800"><ins className="no-underline">{c.after}</ins></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
          {can(actor, 'review:decide') ? (
            <Card className="p-6">
              <h2 className="mb-4 text-base font-semibold">Decision</h2>
              <ReviewForm applicationId={id} canApprove={ctx.canApprove.ok} approveBlockedReason={ctx.canApprove.reason} />
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card className="p-6">
            <h2 className="text-base font-semibold">State</h2>
            <p className="mt-2"><ReviewBadge state={ctx.status.state} /></p>
            <dl className="mt-3 space-y-2 text-sm">
              <div><dt className="inline font-medium">Last decision by: </dt><dd className="inline">{ctx.status.reviewer ?? '—'}</dd></div>
              <div><dt className="inline font-medium">Decided: </dt><dd className="inline">{day(ctx.status.decidedAt)}</dd></div>
              <div><dt className="inline font-medium">Valid until: </dt><dd className="inline">{day(ctx.status.expiresAt)}</dd></div>
            </dl>
            {ctx.status.state === 'stale' ? <p className="mt-2 text-sm text-amber-900">The inputs changed after the decision, so it no longer holds.</p> : null}
            {ctx.status.state === 'expired' ? <p className="mt-2 text-sm text-amber-900">The review interval has passed.</p> : null}
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">History</h2>
            {ctx.history.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No decisions yet.</p>
            ) : (
              <ol className="mt-2 space-y-3 text-sm">
                {ctx.history.map((h, i) => (
                  <li key={i}>
                    <span className="font-medium">{h.decision === 'approve' ? 'Approved' : 'Rejected'}</span> by {h.reviewer}, {day(h.decidedAt)}
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
