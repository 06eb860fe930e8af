'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { setFollowUpDoneAction } from '@/lib/actions/drills';

export function FollowUpToggle({ id, done, label, disabled }: { id: string; done: boolean; label: string; disabled?: boolean }) {
  const router = useRouter();
  const t = useTranslations('drills');
  const [pending, setPending] = useState(false);
  return (
    <input
      type="checkbox"
      aria-label={t('done', { title: label })}
      checked={done}
      disabled={disabled || pending}
      onChange={async (e) => {
        setPending(true);
        await setFollowUpDoneAction(id, e.target.checked);
        setPending(false);
        router.refresh();
      }}
      className="h-4 w-4"
    />
  );
}
