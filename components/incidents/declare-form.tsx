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
import { INCIDENT_SCENARIOS } from '@/lib/domain/incident';
import { simulationScenarioName } from '@/lib/domain/simulator';
import { incidentDeclareFormSchema } from '@/lib/validations/incident';

const formSchema = incidentDeclareFormSchema;
type In = z.input<typeof formSchema>;
type Out = z.output<typeof formSchema>;

const localNow = () => {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Declares an incident through POST /api/v1/incidents and opens its live page. */
export function DeclareIncidentForm({ applications }: { applications: string[] }) {
  const t = useTranslations('incidents');
  const lang = useLocale() as 'en' | 'de';
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<In, unknown, Out>({
    resolver: useZodResolver(formSchema),
    defaultValues: { scenario: 'unreachable', startedLocal: localNow(), title: '', applications: [], deployment: '' },
  });
  const onSubmit = handleSubmit(async (v) => {
    setError(null);
    const started = v.startedLocal ? new Date(v.startedLocal) : new Date();
    const body = {
      scenario: v.scenario,
      startedAt: Number.isNaN(started.getTime()) ? undefined : started.toISOString(),
      ...(v.title ? { title: v.title } : {}),
      ...(v.applications?.length ? { applications: v.applications } : {}),
      ...(v.deployment ? { deployment: v.deployment } : {}),
    };
    const res = await fetch('/api/v1/incidents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok) {
      setError(json?.error?.message ?? String(res.status));
      return;
    }
    router.push(`/incidents/${json.id}`);
  });
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-5" aria-label={t('newTitle')}>
      {error ? <Alert title={t('error', { message: '' })}>{error}</Alert> : null}
      <Field id="scenario" label={t('scenario')} required error={errors.scenario?.message}>
        <Select id="scenario" {...register('scenario')} invalid={!!errors.scenario}>
          {INCIDENT_SCENARIOS.map((s) => (
            <option key={s} value={s}>
              {simulationScenarioName(s, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="startedLocal" label={t('startedAt')} hint={t('startedAtHint')}>
        <Input id="startedLocal" type="datetime-local" {...register('startedLocal')} />
      </Field>
      <Field id="title" label={t('incidentTitle')} error={errors.title?.message}>
        <Input id="title" {...register('title')} invalid={!!errors.title} />
      </Field>
      <Field id="applications" label={t('scopeApps')} hint={t('scopeAppsHint')}>
        <Select id="applications" multiple size={Math.min(8, Math.max(3, applications.length))} {...register('applications')}>
          {applications.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="deployment" label={t('deployment')} hint={t('deploymentHint')} error={errors.deployment?.message}>
        <Input id="deployment" {...register('deployment')} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
