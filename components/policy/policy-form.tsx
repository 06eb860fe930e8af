'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { updatePolicyAction } from '@/lib/actions/policy';
import { dataClassName } from '@/lib/domain/messages';
import { DATA_CLASSES } from '@/lib/domain/types';
import { policyFormSchema } from '@/lib/validations/api';

type In = z.input<typeof policyFormSchema>;
type Out = z.output<typeof policyFormSchema>;

export function PolicyForm({ initial, version, readOnly }: { initial: In; version: number; readOnly: boolean }) {
  const router = useRouter();
  const t = useTranslations('policy');
  const tc = useTranslations('common');
  const lang = useLocale();
  const [msg, setMsg] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const [current, setCurrent] = useState(version);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<In, unknown, Out>({
    resolver: useZodResolver(policyFormSchema),
    defaultValues: initial,
  });
  return (
    <form
      noValidate
      aria-label={t('aria')}
      className="space-y-6"
      onSubmit={handleSubmit(async (values) => {
        setMsg(null);
        const res = await updatePolicyAction({ ...values, version: current });
        if (res.ok) {
          setCurrent(res.data.version);
          setMsg({ tone: 'green', text: t('saved') });
          router.refresh();
        } else setMsg({ tone: 'red', text: res.error.message });
      })}
    >
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <fieldset disabled={readOnly} className="space-y-6">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t('mandatoryLegend')}</legend>
          <p className="text-xs text-slate-600">{t('mandatoryHint')}</p>
          <div className="mt-2 flex flex-wrap gap-4">
            {DATA_CLASSES.map((d) => (
              <label key={d} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={d} {...register('mandatoryDataClasses')} className="h-4 w-4 rounded border-slate-300" />
                <span className="first-letter:uppercase">{dataClassName(d, lang)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" {...register('paidEdition')} className="mt-0.5 h-4 w-4 rounded border-slate-300" />
          <span>
            <span className="font-medium">{t('paidEdition')}</span>
            <span className="block text-slate-600">{t('paidEditionHint')}</span>
          </span>
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="reviewIntervalDays" label={t('reviewInterval')} error={errors.reviewIntervalDays?.message}>
            <Input
              id="reviewIntervalDays"
              type="number"
              min={1}
              max={3650}
              invalid={!!errors.reviewIntervalDays}
              {...register('reviewIntervalDays', { valueAsNumber: true })}
            />
          </Field>
          <Field id="messagingThresholdMinutes" label={t('messagingThreshold')} error={errors.messagingThresholdMinutes?.message}>
            <Input
              id="messagingThresholdMinutes"
              type="number"
              min={1}
              max={1440}
              invalid={!!errors.messagingThresholdMinutes}
              {...register('messagingThresholdMinutes', { valueAsNumber: true })}
            />
          </Field>
          <Field
            id="maxRiskAcceptanceDays"
            label={t('maxRiskAcceptance')}
            hint={t('maxRiskAcceptanceHint')}
            error={errors.maxRiskAcceptanceDays?.message}
          >
            <Input
              id="maxRiskAcceptanceDays"
              type="number"
              min={1}
              max={365}
              invalid={!!errors.maxRiskAcceptanceDays}
              {...register('maxRiskAcceptanceDays', { valueAsNumber: true })}
            />
          </Field>
          <Field id="defaultLanguage" label={t('defaultLanguage')} hint={t('defaultLanguageHint')}>
            <Select id="defaultLanguage" {...register('defaultLanguage')}>
              <option value="en" lang="en">
                English
              </option>
              <option value="de" lang="de">
                Deutsch
              </option>
            </Select>
          </Field>
        </div>
      </fieldset>
      {readOnly ? (
        <p className="text-sm text-slate-600">{t('readOnly')}</p>
      ) : (
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? tc('saving') : t('save')}
        </Button>
      )}
    </form>
  );
}
