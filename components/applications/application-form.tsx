'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { createApplicationAction, updateApplicationAction } from '@/lib/actions/applications';
import type { ActionError } from '@/lib/actions/result';
import { CATALOG_ENTRIES, getCatalogEntry, type IntegrationFamily } from '@/lib/domain/catalog';
import { CONFIGURED_FAILMODES, CRITICALITIES, DATA_CLASSES, MFA_MANDATES, type IntegrationSlug } from '@/lib/domain/types';
import { criticalityName, dataClassName, failmodeName, mfaMandateName } from '@/lib/domain/messages';
import { applicationSchema } from '@/lib/validations/inventory';

// The same schema the server action, the API and the CLI use; edits add the version they loaded.
const formSchema = applicationSchema;
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

const FAMILY_LABELS: Record<IntegrationFamily, string> = {
  'duo-configurable': 'Duo-developed, failmode configurable',
  'duo-no-control': 'Duo-developed, no failmode control',
  websdk: 'Duo Web SDK',
  'third-party': 'Third party and custom',
};

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
  const [formError, setFormError] = useState<ActionError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: initial ?? {
      name: '',
      integration: undefined,
      dataClasses: [],
      mfaMandate: 'none',
      criticality: 'medium',
      configuredFailmode: 'unknown',
      groups: [],
      owner: '',
      notes: '',
    },
    mode: 'onTouched',
  });
  const integration = watch('integration') as IntegrationSlug | undefined;
  const entry = integration ? CATALOG_ENTRIES.find((c) => c.slug === integration) : undefined;

  async function onSubmit(values: FormOut) {
    setFormError(null);
    const payload = { ...values, owner: values.owner || undefined, notes: values.notes || undefined, ...(id ? { version } : {}) };
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
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-8" aria-label={id ? 'Edit application' : 'New application'}>
      {formError ? (
        formError.code === 'CONFLICT' ? (
          <Alert title="Someone else saved this application while you were editing">
            <p>{formError.message}</p>
            <p className="mt-2">
              Your edits are still in this form. <a href={`/applications/${id}/edit`} target="_blank" rel="noopener">Open the current version in a new tab</a>,
              compare, then <a href={`/applications/${id}/edit`}>reload this form</a> and apply your changes again.
            </p>
          </Alert>
        ) : (
          <Alert title="Nothing was saved">{formError.message}</Alert>
        )
      ) : null}

      <fieldset className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">Application</legend>
        <Field id="name" label="Name" required error={err('name')}>
          <Input id="name" invalid={!!errors.name} {...register('name')} />
        </Field>
        <Field id="owner" label="Owner" hint="Team or person responsible" error={err('owner')}>
          <Input id="owner" invalid={!!errors.owner} {...register('owner')} />
        </Field>
        <div className="sm:col-span-2">
          <Field
            id="integration"
            label="Integration"
            required
            error={err('integration')}
            hint={
              entry
                ? entry.failmodeConfigurable
                  ? `Failmode is configurable. ${entry.howToSet.en}`
                  : `No failmode control: ${entry.drRemoval.en}`
                : 'How Duo protects this application'
            }
          >
            <Select id="integration" invalid={!!errors.integration} {...register('integration')} defaultValue={initial?.integration ?? ''}>
              <option value="" disabled>
                Choose an integration…
              </option>
              {families.map((f) => (
                <optgroup key={f} label={FAMILY_LABELS[f]}>
                  {CATALOG_ENTRIES.filter((c) => c.family === f).map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {c.displayName.en}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </Field>
        </div>
        <Field id="configuredFailmode" label="Configured failmode" required error={err('configuredFailmode')}
          hint={entry && !entry.failmodeConfigurable ? `${getCatalogEntry(entry.slug).displayName.en} has no failmode setting.` : 'What is configured today'}>
          <Select id="configuredFailmode" invalid={!!errors.configuredFailmode} {...register('configuredFailmode')}>
            {CONFIGURED_FAILMODES.map((f) => (
              <option key={f} value={f}>
                {failmodeName(f, 'en')}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="criticality" label="Criticality" required error={err('criticality')} hint="Drives how urgently users are told during an incident">
          <Select id="criticality" invalid={!!errors.criticality} {...register('criticality')}>
            {CRITICALITIES.map((c) => (
              <option key={c} value={c}>
                {criticalityName(c, 'en')}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <fieldset className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">Data and mandate</legend>
        <div>
          <fieldset aria-describedby={errors.dataClasses ? 'dataClasses-error' : undefined}>
            <legend className="text-sm font-medium text-slate-800">Data held by the application</legend>
            <div className="mt-2 space-y-2">
              {DATA_CLASSES.map((d) => (
                <label key={d} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={d} {...register('dataClasses')} className="h-4 w-4 rounded border-slate-300" />
                  <span className="first-letter:uppercase">{dataClassName(d, 'en')}</span>
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
          <legend className="text-sm font-medium text-slate-800">Does contract, law, policy or data sensitivity require 2FA?</legend>
          <div className="mt-2 space-y-2">
            {MFA_MANDATES.map((m) => (
              <label key={m} className="flex items-start gap-2 text-sm">
                <input type="radio" value={m} {...register('mfaMandate')} className="mt-0.5 h-4 w-4 border-slate-300" />
                <span className="first-letter:uppercase">{mfaMandateName(m, 'en')}</span>
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
        <legend className="px-1 text-sm font-semibold text-slate-900">User groups with access</legend>
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">
            No groups yet. <a href="/groups/new">Create a group</a> first, or save without groups.
          </p>
        ) : (
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {groups.map((g) => (
              <label key={g.name} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={g.name} {...register('groups')} className="h-4 w-4 rounded border-slate-300" />
                <span>
                  {g.name}
                  {g.alwaysRequireMfa ? <span className="ml-1 text-xs font-medium text-red-800">(always 2FA)</span> : null}
                  {g.memberCount !== undefined ? <span className="ml-1 text-xs text-slate-500">· {g.memberCount} members</span> : null}
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

      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <Field id="notes" label="Notes" hint="Anything the on-call admin should know (plain text)" error={err('notes')}>
          <Textarea id="notes" rows={4} invalid={!!errors.notes} {...register('notes')} />
        </Field>
      </div>

      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : id ? 'Save changes' : 'Add application'}
        </Button>
        <ButtonLink variant="secondary" href={id ? `/applications/${id}` : '/applications'}>
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
