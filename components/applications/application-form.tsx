'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { createApplicationAction, previewApplicationBypassAction, updateApplicationAction } from '@/lib/actions/applications';
import { BypassPreview, useBypassPreview } from '@/components/groups/bypass-preview';
import type { ActionError } from '@/lib/actions/result';
import { CATALOG_ENTRIES, getCatalogEntry, type IntegrationFamily } from '@/lib/domain/catalog';
import { CONFIGURED_FAILMODES, CRITICALITIES, DATA_CLASSES, MFA_MANDATES, type IntegrationSlug } from '@/lib/domain/types';
import { criticalityName, dataClassName, failmodeName, mfaMandateName } from '@/lib/domain/messages';
import { applicationSchema, ESCALATION_MAX, ON_CALL_CONTACT_MAX } from '@/lib/validations/inventory';

// The same schema the server action, the API and the CLI use; edits add the version they loaded.
const formSchema = applicationSchema;
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

const FAMILY_KEYS = {
  'duo-configurable': 'familyDuoConfigurable',
  'duo-no-control': 'familyDuoNoControl',
  websdk: 'familyWebsdk',
  'third-party': 'familyThirdParty',
} as const satisfies Record<IntegrationFamily, string>;

export function ApplicationForm({
  id,
  version,
  initial,
  groups,
}: {
  id?: string;
  version?: number;
  initial?: FormIn;
  groups: { name: string; alwaysRequireMfa: boolean; memberCount?: number }[];
}) {
  const router = useRouter();
  const t = useTranslations('applicationForm');
  const tc = useTranslations('common');
  const tb = useTranslations('bypassPreview');
  const lang = useLocale();
  const [formError, setFormError] = useState<ActionError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({
    resolver: useZodResolver(formSchema),
    defaultValues: initial ?? {
      name: '',
      integration: undefined,
      dataClasses: [],
      mfaMandate: undefined,
      criticality: 'medium',
      configuredFailmode: 'unknown',
      groups: [],
      owner: '',
      notes: '',
      onCallContact: '',
      escalation: '',
    },
    mode: 'onTouched',
  });
  const integration = watch('integration') as IntegrationSlug | undefined;
  // Live: which applications this draft would put at risk (BYPASS_GROUP_SPANS_APPS, issue 18 item 2).
  const draft = {
    name: watch('name') ?? '',
    integration: integration ?? '',
    dataClasses: watch('dataClasses') ?? [],
    mfaMandate: watch('mfaMandate') ?? '',
    groups: watch('groups') ?? [],
  };
  const bypass = useBypassPreview(JSON.stringify(draft), lang, (l) => previewApplicationBypassAction(id ?? null, draft, l));
  const entry = integration ? CATALOG_ENTRIES.find((c) => c.slug === integration) : undefined;

  async function onSubmit(values: FormOut) {
    setFormError(null);
    const payload = {
      ...values,
      owner: values.owner || undefined,
      notes: values.notes || undefined,
      onCallContact: values.onCallContact || undefined,
      escalation: values.escalation || undefined,
      ...(id ? { version } : {}),
    };
    const res = id ? await updateApplicationAction(id, payload) : await createApplicationAction(payload);
    if (res.ok) {
      router.push(`/applications/${res.data.id}`);
      router.refresh();
      return;
    }
    setFormError(res.error);
    for (const issue of res.error.issues ?? []) {
      const field = issue.path.split('.')[0] as FieldPath<FormIn>;
      if (field && field in formSchema.shape) setError(field, { message: issue.message });
    }
  }

  const families = [...new Set(CATALOG_ENTRIES.map((c) => c.family))];
  const err = (k: keyof FormIn) => errors[k]?.message as string | undefined;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-8" aria-label={id ? t('ariaEdit') : t('ariaNew')}>
      {formError ? (
        formError.code === 'CONFLICT' ? (
          <Alert title={t('conflictTitle')}>
            <p>{formError.message}</p>
            <p className="mt-2">
              {t.rich('conflictBody', {
                open: (chunks) => (
                  <a href={`/applications/${id}/edit`} target="_blank" rel="noopener">
                    {chunks}
                  </a>
                ),
                reload: (chunks) => <a href={`/applications/${id}/edit`}>{chunks}</a>,
              })}
            </p>
          </Alert>
        ) : (
          <Alert title={tc('nothingSaved')}>{formError.message}</Alert>
        )
      ) : null}

      <fieldset className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('legendApplication')}</legend>
        <Field id="name" label={t('name')} required error={err('name')}>
          <Input id="name" invalid={!!errors.name} {...register('name')} />
        </Field>
        <Field id="owner" label={t('owner')} hint={t('ownerHint')} error={err('owner')}>
          <Input id="owner" invalid={!!errors.owner} {...register('owner')} />
        </Field>
        <div className="sm:col-span-2">
          <Field
            id="integration"
            label={t('integration')}
            required
            error={err('integration')}
            hint={
              entry
                ? entry.failmodeConfigurable
                  ? t('integrationConfigurable', { howTo: entry.howToSet[lang] })
                  : t('integrationNoControl', { procedure: entry.drRemoval[lang] })
                : t('integrationHint')
            }
          >
            <Select id="integration" invalid={!!errors.integration} {...register('integration')} defaultValue={initial?.integration ?? ''}>
              <option value="" disabled>
                {t('chooseIntegration')}
              </option>
              {families.map((f) => (
                <optgroup key={f} label={t(FAMILY_KEYS[f])}>
                  {CATALOG_ENTRIES.filter((c) => c.family === f).map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {c.displayName[lang]}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </Field>
        </div>
        <Field
          id="configuredFailmode"
          label={t('configuredFailmode')}
          required
          error={err('configuredFailmode')}
          hint={
            entry && !entry.failmodeConfigurable
              ? t('noFailmodeSetting', { integration: getCatalogEntry(entry.slug).displayName[lang] })
              : t('configuredHint')
          }
        >
          <Select id="configuredFailmode" invalid={!!errors.configuredFailmode} {...register('configuredFailmode')}>
            {CONFIGURED_FAILMODES.map((f) => (
              <option key={f} value={f}>
                {failmodeName(f, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="criticality" label={t('criticality')} required error={err('criticality')} hint={t('criticalityHint')}>
          <Select id="criticality" invalid={!!errors.criticality} {...register('criticality')}>
            {CRITICALITIES.map((c) => (
              <option key={c} value={c}>
                {criticalityName(c, lang)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <fieldset className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('legendData')}</legend>
        <div>
          <fieldset aria-describedby={errors.dataClasses ? 'dataClasses-error' : undefined}>
            <legend className="text-sm font-medium text-slate-800">{t('dataHeld')}</legend>
            <div className="mt-2 space-y-2">
              {DATA_CLASSES.map((d) => (
                <label key={d} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={d} {...register('dataClasses')} className="h-4 w-4 rounded border-slate-300" />
                  <span className="first-letter:uppercase">{dataClassName(d, lang)}</span>
                </label>
              ))}
            </div>
            {errors.dataClasses ? (
              <p id="dataClasses-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
                {errors.dataClasses.message as string}
              </p>
            ) : null}
          </fieldset>
        </div>
        <fieldset aria-describedby={errors.mfaMandate ? 'mfaMandate-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t('mandateQuestion')}</legend>
          <div className="mt-2 space-y-2">
            {MFA_MANDATES.map((m) => (
              <label key={m} className="flex items-start gap-2 text-sm">
                <input type="radio" value={m} {...register('mfaMandate')} className="mt-0.5 h-4 w-4 border-slate-300" />
                <span className="first-letter:uppercase">{mfaMandateName(m, lang)}</span>
              </label>
            ))}
          </div>
          {errors.mfaMandate ? (
            <p id="mfaMandate-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {errors.mfaMandate.message as string}
            </p>
          ) : null}
        </fieldset>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6" aria-describedby={errors.groups ? 'groups-error' : undefined}>
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('legendGroups')}</legend>
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">{t.rich('noGroups', { link: (chunks) => <a href="/groups/new">{chunks}</a> })}</p>
        ) : (
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {groups.map((g) => (
              <label key={g.name} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={g.name} {...register('groups')} className="h-4 w-4 rounded border-slate-300" />
                <span>
                  {g.name}
                  {g.alwaysRequireMfa ? <span className="ml-1 text-xs font-medium text-red-800">{t('always2fa')}</span> : null}
                  {g.memberCount !== undefined ? (
                    <span className="ml-1 text-xs text-slate-500">{t('members', { count: g.memberCount })}</span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
        )}
        {errors.groups ? (
          <p id="groups-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
            {(errors.groups.message ?? (errors.groups as unknown as { root?: { message?: string } }).root?.message) as string}
          </p>
        ) : null}
      </fieldset>

      <BypassPreview items={bypass} subject="application" t={tb} />
      <fieldset className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('legendContacts')}</legend>
        <Field
          id="onCallContact"
          label={t('onCallContact')}
          hint={t('onCallContactHint', { max: ON_CALL_CONTACT_MAX })}
          error={err('onCallContact')}
        >
          <Input id="onCallContact" invalid={!!errors.onCallContact} maxLength={ON_CALL_CONTACT_MAX} {...register('onCallContact')} />
        </Field>
        <Field id="escalation" label={t('escalation')} hint={t('escalationHint', { max: ESCALATION_MAX })} error={err('escalation')}>
          <Textarea id="escalation" rows={2} invalid={!!errors.escalation} maxLength={ESCALATION_MAX} {...register('escalation')} />
        </Field>
      </fieldset>

      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <Field id="notes" label={t('notes')} hint={t('notesHint')} error={err('notes')}>
          <Textarea id="notes" rows={4} invalid={!!errors.notes} {...register('notes')} />
        </Field>
      </div>

      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? tc('saving') : id ? tc('saveChanges') : t('add')}
        </Button>
        <ButtonLink variant="secondary" href={id ? `/applications/${id}` : '/applications'}>
          {tc('cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
