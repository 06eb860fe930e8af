import type { Metadata } from 'next';
import Link from 'next/link';
import { CriticalityBadge } from '@/components/applications/badges';
import { ReviewBadge } from '@/components/reviews/review-badge';
import { Card, PageHeader } from '@/components/ui/misc';
import type { Criticality } from '@/lib/domain/types';
import { requirePageActor } from '@/lib/server/page';
import { reviewQueue } from '@/lib/server/reviews';

export const metadata: Metadata = { title: 'Reviews' };

export default async function ReviewsPage() {
  const actor = await requirePageActor();
  const queue = await reviewQueue({ actor });
  return (
    <>
      <PageHeader
        title="Review queue"
        description="Applications whose failmode choice needs a decision: most urgent first (critical findings, critical applications, changed since the last decision, expiring soon)."
      />
      {queue.length === 0 ? (
        <Card className="p-6 text-sm text-slate-600">Nothing to review: every application has a current approval.</Card>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Applications waiting for a review decision</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">Application</th>
                <th scope="col" className="px-4 py-3">State</th>
                <th scope="col" className="px-4 py-3">Why now</th>
                <th scope="col" className="px-4 py-3">Criticality</th>
                <th scope="col" className="px-4 py-3">Critical findings</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {queue.map((q) => (
                <tr key={q.id}>
                  <td className="px-4 py-3">
                    <Link href={`/applications/${q.id}/review`} className="font-medium">
                      {q.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3"><ReviewBadge state={q.status.state} /></td>
                  <td className="px-4 py-3 text-slate-700">{q.why}</td>
                  <td className="px-4 py-3"><CriticalityBadge value={q.criticality as Criticality} /></td>
                  <td className="px-4 py-3 tabular-nums">{q.criticalFindings || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
