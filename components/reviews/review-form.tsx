'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { decideReviewAction } from '@/lib/actions/reviews';
import { reviewFormSchema } from '@/lib/validations/api';

type In = z.input<typeof reviewFormSchema>;
type Out = z.output<typeof reviewFormSchema>;

export interface ReviewFormProps {
  applicationId: string;
  /** Separation of duties allows this actor to approve or accept the risk. */
  mayApprove: boolean;
  blockedReason?: string;
  /** Open critical findings, restated on the form ({title, message}); approval is not possible then. */
  criticalFindings: { title: string; message: string }[];
  maxRiskAcceptanceDays: number;
  /** Today and the last allowed day (YYYY-MM-DD, UTC), computed on the server. */
  today: string;
  lastDay: string;
}

/** No decision is pre-selected: the reviewer chooses one. */
export function ReviewForm({
  applicationId,
  mayApprove,
  blockedReason,
  criticalFindings,
  maxRiskAcceptanceDays,
  today,
  lastDay,
}: ReviewFormProps) {
  const router = useRouter();
  const t = useTranslations('reviewForm');
  const tc = useTranslations('common');
  const [msg, setMsg] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const critical = criticalFindings.length > 0;
  const {
    register,
    handleSubmit,
    reset,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<In, unknown, Out>({
    resolver: useZodResolver(reviewFormSchema),
    defaultValues: { rationale: '', expiresAt: '' },
  });
  const decision = watch('decision');
  return (
    <form
      noValidate
      aria-label={t('aria')}
      className="space-y-4"
      onSubmit={handleSubmit(async (values) => {
        setMsg(null);
        const res = await decideReviewAction(applicationId, {
          decision: values.decision,
          rationale: values.rationale,
          ...(values.decision === 'accept-risk' && values.expiresAt instanceof Date ? { expiresAt: values.expiresAt.toISOString() } : {}),
        });
        if (res.ok) {
          reset({ rationale: '', expiresAt: '' });
          setMsg({
            tone: 'green',
            text: res.data.decision === 'approve' ? t('approved') : res.data.decision === 'accept-risk' ? t('riskAccepted') : t('rejected'),
          });
          router.refresh();
        } else {
          for (const i of res.error.issues ?? []) setError(i.path.split('.')[0] as FieldPath<In>, { message: i.message });
          setMsg({ tone: 'red', text: res.error.message });
        }
      })}
    >
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      {!mayApprove && blockedReason ? <Alert tone="amber">{blockedReason}</Alert> : null}
      {critical ? <Alert tone="amber">{t('approveBlockedCritical', { days: maxRiskAcceptanceDays })}</Alert> : null}
      <fieldset aria-describedby={errors.decision ? 'decision-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('decision')}</legend>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-6">
          {critical ? null : (
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="approve" disabled={!mayApprove} {...register('decision')} className="h-4 w-4" /> {t('approve')}
            </label>
          )}
          {critical ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="accept-risk" disabled={!mayApprove} {...register('decision')} className="h-4 w-4" /> {t('accept')}
            </label>
          ) : null}
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="reject" {...register('decision')} className="h-4 w-4" /> {t('reject')}
          </label>
        </div>
        {errors.decision ? (
          <p id="decision-error" className="mt-1 text-sm text-red-700">
            {t('chooseDecision')}
          </p>
        ) : null}
      </fieldset>
      {decision === 'accept-risk' ? (
        <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
          <p className="text-sm font-medium text-amber-950">{t('riskFindings')}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-amber-950">
            {criticalFindings.map((f, i) => (
              <li key={i}>
                <span className="font-medium">{f.title}</span>: {f.message}
              </li>
            ))}
          </ul>
          <Field
            id="expiresAt"
            label={t('expiresAt')}
            required
            error={errors.expiresAt?.message}
            hint={t('expiresAtHint', { days: maxRiskAcceptanceDays })}
          >
            <Input id="expiresAt" type="date" min={today} max={lastDay} invalid={!!errors.expiresAt} {...register('expiresAt')} />
          </Field>
        </div>
      ) : null}
      <Field
        id="rationale"
        label={t('rationale')}
        required
        error={errors.rationale?.message}
        hint={decision === 'accept-risk' ? t('rationaleRiskHint') : t('rationaleHint')}
      >
        <Textarea id="rationale" rows={3} invalid={!!errors.rationale} {...register('rationale')} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tc('saving') : t('record')}
      </Button>
    </form>
  );
}
