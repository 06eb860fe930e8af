'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/misc';
import type { ActionResult } from '@/lib/actions/result';

/** Delete with an explicit confirmation step; stale versions are refused by the server (409). */
export function DeleteButton({
  label,
  confirmText,
  action,
  redirectTo,
  ariaLabel,
}: {
  label: string;
  /** The button's accessible name where several delete buttons share a page. */
  ariaLabel?: string;
  confirmText: string;
  action: () => Promise<ActionResult>;
  redirectTo: string;
}) {
  const router = useRouter();
  const t = useTranslations('deleteButton');
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <Button variant="secondary" aria-label={ariaLabel} onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-2" role="group" aria-label={t('confirmAria')}>
      <p className="text-sm text-slate-800">{confirmText}</p>
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const res = await action();
            setPending(false);
            if (res.ok) {
              router.push(redirectTo);
              router.refresh();
            } else setError(res.error.message);
          }}
        >
          {pending ? t('deleting') : t('confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('keep')}
        </Button>
      </div>
    </div>
  );
}
