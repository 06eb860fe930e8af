import { Badge } from '@/components/ui/misc';
import type { ReviewState } from '@/lib/domain/types';

export const REVIEW_LABELS: Record<ReviewState, string> = {
  unreviewed: 'Unreviewed',
  approved: 'Approved',
  rejected: 'Rejected',
  stale: 'Stale',
  expired: 'Expired',
};

export function ReviewBadge({ state, title }: { state: ReviewState; title?: string }) {
  const tone = state === 'approved' ? 'green' : state === 'rejected' ? 'red' : state === 'unreviewed' ? 'neutral' : 'amber';
  return (
    <Badge tone={tone} title={title}>
      {REVIEW_LABELS[state]}
    </Badge>
  );
}
