'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { decideReviewAction } from '@/lib/actions/reviews';
import { reviewDecisionSchema } from '@/lib/validations/api';

type In = z.input<typeof reviewDecisionSchema>;
type Out = z.output<typeof reviewDecisionSchema>;

export function ReviewForm({ applicationId, canApprove, approveBlockedReason }: { applicationId: string; canApprove: boolean; approveBlockedReason?: string }) {
  const router = useRouter();
  const t = useTranslations('reviewForm');
  const tc = useTranslations('common');
  const [msg, setMsg] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const { register, handleSubmit, reset, formState: { errors, isSubmitting } } = useForm<In, unknown, Out>({
    resolver: zodResolver(reviewDecisionSchema),
    defaultValues: { decision: canApprove ? 'approve' : 'reject', rationale: '' },
  });
  return (
    <form
      noValidate
      aria-label={t('aria')}
      className="space-y-4"
      onSubmit={handleSubmit(async (values) => {
        setMsg(null);
        const res = await decideReviewAction(applicationId, values);
        if (res.ok) {
          reset({ decision: values.decision, rationale: '' });
          setMsg({ tone: 'green', text: res.data.decision === 'approve' ? t('approved') : t('rejected') });
          router.refresh();
        } else setMsg({ tone: 'red', text: res.error.message });
      })}
    >
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      {!canApprove && approveBlockedReason ? <Alert tone="amber">{approveBlockedReason}</Alert> : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('decision')}</legend>
        <div className="mt-2 flex gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="approve" disabled={!canApprove} {...register('decision')} className="h-4 w-4" /> {t('approve')}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="reject" {...register('decision')} className="h-4 w-4" /> {t('reject')}
          </label>
        </div>
      </fieldset>
      <Field id="rationale" label={t('rationale')} required error={errors.rationale?.message} hint={t('rationaleHint')}>
        <Textarea id="rationale" rows={3} invalid={!!errors.rationale} {...register('rationale')} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tc('saving') : t('record')}
      </Button>
    </form>
  );
}
