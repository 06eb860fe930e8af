import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CriticalityBadge } from '@/components/applications/badges';
import { ReviewBadge } from '@/components/reviews/review-badge';
import { Card, PageHeader } from '@/components/ui/misc';
import type { Criticality } from '@/lib/domain/types';
import type { ReviewStatus } from '@/lib/domain/review';
import { requirePageActor } from '@/lib/server/page';
import { reviewQueue } from '@/lib/server/reviews';
import { DataTable } from '@/components/ui/table';
import { Pager, pageHref, pageOf } from '@/components/ui/pager';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('reviews') };
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const queue = await reviewQueue({ actor });
  // Most urgent first, 50 at a time: at 2,000 unreviewed applications the whole queue was 3.5 MB.
  const shown = pageOf(queue, await searchParams);
  const [t, format] = await Promise.all([getTranslations('reviews'), getFormatter()]);
  // Why the application is in the queue, from its review state (lib/server/reviews.ts puts it there).
  const why = (s: ReviewStatus) =>
    s.state === 'approved'
      ? s.expiresAt
        ? t('whyExpires', { date: format.dateTime(s.expiresAt, { dateStyle: 'medium' }) })
        : ''
      : s.state === 'risk-accepted'
        ? t('whyRiskAccepted', { date: s.expiresAt ? format.dateTime(s.expiresAt, { dateStyle: 'medium' }) : '—' })
        : s.state === 'stale'
          ? t('whyStale')
          : s.state === 'expired'
            ? t('whyExpired')
            : s.state === 'rejected'
              ? t('whyRejected')
              : t('whyUnreviewed');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {queue.length === 0 ? (
        <Card className="p-6 text-sm text-slate-600">{t('empty')}</Card>
      ) : (
        <DataTable
          caption={t('caption')}
          head={
            <>
              <th scope="col" className="px-4 py-3">
                {t('colApplication')}
              </th>
              <th scope="col" className="px-4 py-3">
                {t('colState')}
              </th>
              <th scope="col" className="px-4 py-3">
                {t('colWhy')}
              </th>
              <th scope="col" className="px-4 py-3">
                {t('colCriticality')}
              </th>
              <th scope="col" className="px-4 py-3">
                {t('colCriticalFindings')}
              </th>
            </>
          }
        >
          {shown.items.map((q) => (
            <tr key={q.id}>
              <td className="px-4 py-3">
                <Link href={`/applications/${q.id}/review`} className="font-medium">
                  {q.name}
                </Link>
              </td>
              <td className="px-4 py-3">
                <ReviewBadge state={q.status.state} />
              </td>
              <td className="px-4 py-3 text-slate-700">{why(q.status)}</td>
              <td className="px-4 py-3">
                <CriticalityBadge value={q.criticality as Criticality} />
              </td>
              <td className="px-4 py-3 tabular-nums">{q.criticalFindings || '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager {...shown} href={pageHref('/reviews', {})} />
    </>
  );
}
