import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/misc';
import type { ReviewState } from '@/lib/domain/types';

export function ReviewBadge({ state, title }: { state: ReviewState; title?: string }) {
  const t = useTranslations('reviewState');
  const tone = state === 'approved' ? 'green' : state === 'rejected' ? 'red' : state === 'unreviewed' ? 'neutral' : 'amber'; // risk-accepted: amber, never green
  return (
    <Badge tone={tone} title={title}>
      {t(state)}
    </Badge>
  );
}
