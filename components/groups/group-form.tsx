'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { ListFilter, useListFilter } from '@/components/ui/list-filter';
import { Alert } from '@/components/ui/misc';
import { createGroupAction, previewGroupBypassAction, updateGroupAction } from '@/lib/actions/groups';
import { BypassPreview, useBypassPreview } from './bypass-preview';
import type { ActionError } from '@/lib/actions/result';
import { groupWriteSchema } from '@/lib/validations/api';

type FormIn = z.input<typeof groupWriteSchema>;
type FormOut = z.output<typeof groupWriteSchema>;

/** Application checkboxes rendered at once; the filter reaches the others. */
const SHOWN = 100;

export function GroupForm({
  id,
  version,
  initial,
  applications,
}: {
  id?: string;
  version?: number;
  initial?: FormIn;
  applications: { name: string; level: string }[];
}) {
  const router = useRouter();
  const t = useTranslations('groupForm');
  const tc = useTranslations('common');
  const tb = useTranslations('bypassPreview');
  const locale = useLocale();
  const [formError, setFormError] = useState<ActionError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({
    resolver: useZodResolver(groupWriteSchema),
    defaultValues: initial ?? { name: '', alwaysRequireMfa: false, memberCount: undefined, description: '', applications: [] },
    mode: 'onTouched',
  });

  // The checkboxes are controlled from the form's value, so only some of them need to be rendered:
  // at most SHOWN that match the filter, plus the ticked ones (2,000 checkboxes made the page slow).
  const chosen = watch('applications') ?? [];
  const chosenSet = new Set(chosen);
  const toggle = (name: string, on: boolean) =>
    setValue('applications', on ? [...chosen, name] : chosen.filter((n) => n !== name), {
      shouldDirty: true,
      shouldValidate: !!errors.applications,
    });
  // Live: which applications this draft would put at risk (BYPASS_GROUP_SPANS_APPS, issue 18 item 2).
  const draftName = watch('name') ?? '';
  const draftStrict = !!watch('alwaysRequireMfa');
  const bypass = useBypassPreview(JSON.stringify([draftName, draftStrict, chosen]), locale, (lang) =>
    previewGroupBypassAction(id ?? null, { name: draftName, alwaysRequireMfa: draftStrict, applications: chosen }, lang),
  );
  const list = useListFilter(applications, {
    name: (a) => a.name,
    chosen: (a) => chosenSet.has(a.name),
    limit: SHOWN,
    noMatch: t('noMatch'),
    showingFirst: (matched) => t('showingFirst', { shown: SHOWN, matched }),
  });

  async function onSubmit(values: FormOut) {
    setFormError(null);
    const payload = { ...values, description: values.description || undefined, ...(id ? { version } : {}) };
    const res = id ? await updateGroupAction(id, payload) : await createGroupAction(payload);
    if (res.ok) {
      router.push('/groups');
      router.refresh();
      return;
    }
    setFormError(res.error);
    for (const issue of res.error.issues ?? []) {
      const field = issue.path.split('.')[0] as FieldPath<FormIn>;
      if (field && field in groupWriteSchema.shape) setError(field, { message: issue.message });
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-8" aria-label={id ? t('ariaEdit') : t('ariaNew')}>
      {formError ? (
        <Alert title={formError.code === 'CONFLICT' ? t('conflictTitle') : tc('nothingSaved')}>{formError.message}</Alert>
      ) : null}
      <fieldset className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('legendGroup')}</legend>
        <Field id="name" label={t('name')} required error={errors.name?.message}>
          <Input id="name" invalid={!!errors.name} {...register('name')} />
        </Field>
        <Field id="memberCount" label={t('members')} hint={t('membersHint')} error={errors.memberCount?.message}>
          <Input
            id="memberCount"
            type="number"
            min={0}
            inputMode="numeric"
            invalid={!!errors.memberCount}
            {...register('memberCount', { setValueAs: (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)) })}
          />
        </Field>
        <div className="sm:col-span-2">
          <label className="flex items-start gap-3 text-sm">
            <input type="checkbox" {...register('alwaysRequireMfa')} className="mt-0.5 h-4 w-4 rounded border-slate-300" />
            <span>
              <span className="font-medium text-slate-900">{t('always2fa')}</span>
              <span className="block text-slate-600">{t('always2faHint')}</span>
            </span>
          </label>
        </div>
        <div className="sm:col-span-2">
          <Field id="description" label={t('description')} error={errors.description?.message}>
            <Textarea id="description" rows={2} invalid={!!errors.description} {...register('description')} />
          </Field>
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('legendApplications')}</legend>
        <ListFilter
          id="group-app-filter"
          label={t('filter')}
          value={list.filter}
          onChange={list.setFilter}
          status={list.status(t('selected', { count: chosen.length, total: applications.length }))}
        />
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {list.shown.map(({ item: a }) => (
            <label key={a.name} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                value={a.name}
                checked={chosenSet.has(a.name)}
                onChange={(e) => toggle(a.name, e.target.checked)}
                className="h-4 w-4 rounded border-slate-300"
              />
              <span>
                {a.name} <span className="text-xs text-slate-500">· {a.level}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.applications ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-700">
            {errors.applications.message as string}
          </p>
        ) : null}
      </fieldset>
      <BypassPreview items={bypass} subject="group" t={tb} />
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? tc('saving') : id ? tc('saveChanges') : t('add')}
        </Button>
        <ButtonLink variant="secondary" href="/groups">
          {tc('cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
