'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { ListFilter, useListFilter } from '@/components/ui/list-filter';
import { Alert } from '@/components/ui/misc';
import { recordDrillAction, updateDrillAction } from '@/lib/actions/drills';
import { SIMULATION_SCENARIOS, simulationScenarioName } from '@/lib/domain/simulator';
import { defaultFollowUpDue, drillFormSchema, drillUpdateSchema, FOLLOW_UP_DEFAULT_DAYS } from '@/lib/validations/drill';

// Editing keeps each follow-up's id (and so its done state).
const formSchema = drillFormSchema.extend({ followUps: drillUpdateSchema.shape.followUps });
type In = z.input<typeof formSchema>;
type Out = z.output<typeof formSchema>;

/** Outcome rows rendered at once; the filter reaches the others. */
const SHOWN = 50;

/** A recorded drill as the edit form loads it. */
export interface DrillInitial {
  id: string;
  version: number;
  date: string;
  kind: string;
  scenario: string;
  participants: string;
  notes: string | null;
  outcomes: { application: string; result: string; notes: string | null }[];
  followUps: { id: string; title: string; owner: string; dueDate: string; done: boolean }[];
}

function initialValues(applications: string[], drill: DrillInitial): In {
  const byName = new Map(drill.outcomes.map((o) => [o.application, o]));
  return {
    date: drill.date,
    kind: drill.kind as In['kind'],
    scenario: drill.scenario as In['scenario'],
    participants: drill.participants,
    notes: drill.notes ?? '',
    outcomes: applications.map((application) => {
      const o = byName.get(application);
      return { application, result: (o?.result ?? '') as In['outcomes'][number]['result'], notes: o?.notes ?? '' };
    }),
    followUps: drill.followUps.map((f) => ({ id: f.id, title: f.title, owner: f.owner, dueDate: f.dueDate })),
  };
}

export function DrillForm({ applications, drill }: { applications: string[]; drill?: DrillInitial }) {
  const router = useRouter();
  const t = useTranslations('drillForm');
  const tc = useTranslations('common');
  const lang = useLocale();
  const [error, setError] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const {
    register,
    control,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<In, unknown, Out>({
    resolver: useZodResolver(formSchema),
    defaultValues: drill
      ? initialValues(applications, drill)
      : {
          date: today,
          kind: 'tabletop',
          scenario: 'unreachable',
          participants: '',
          notes: '',
          outcomes: applications.map((application) => ({ application, result: '' as const, notes: '' })),
          followUps: [],
        },
  });
  const followUps = useFieldArray({ control, name: 'followUps', keyName: 'key' });
  // At most SHOWN matching rows are rendered (plus any with an outcome): 2,000 selects took seconds
  // to render. Rows that are not rendered keep their values (react-hook-form keeps unmounted fields).
  const outcomes = watch('outcomes') ?? [];
  const list = useListFilter(applications, {
    name: (a) => a,
    chosen: (_, i) => !!outcomes[i]?.result,
    limit: SHOWN,
    noMatch: t('noMatch'),
    showingFirst: (matched) => t('showingFirst', { shown: SHOWN, matched }),
  });
  return (
    <form
      noValidate
      aria-label={drill ? t('ariaEdit') : t('aria')}
      className="space-y-8"
      onSubmit={handleSubmit(async (v) => {
        setError(null);
        const outcomes = v.outcomes
          .filter((o) => o.result !== '')
          .map((o) => ({ application: o.application, result: o.result, ...(o.notes ? { notes: o.notes } : {}) }));
        const payload = { ...v, notes: v.notes || undefined, outcomes };
        const res = drill ? await updateDrillAction(drill.id, { ...payload, version: drill.version }) : await recordDrillAction(payload);
        if (res.ok) {
          router.push('/drills');
          router.refresh();
        } else setError(res.error.issues?.map((i) => i.message).join('; ') || res.error.message);
      })}
    >
      {error ? (
        <Alert title={tc('nothingSaved')}>
          {error}
          {drill ? (
            <p className="mt-2">
              <a href={`/drills/${drill.id}/edit`}>{t('reload')}</a>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <fieldset className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-3">
        <legend className="px-1 text-sm font-semibold">{t('legendDrill')}</legend>
        <Field id="date" label={t('date')} required error={errors.date?.message}>
          <Input id="date" type="date" invalid={!!errors.date} {...register('date')} />
        </Field>
        <Field id="kind" label={t('kind')} required>
          <Select id="kind" {...register('kind')}>
            <option value="tabletop">{t('tabletop')}</option>
            <option value="live">{t('live')}</option>
          </Select>
        </Field>
        <Field id="scenario" label={t('scenario')} required>
          <Select id="scenario" {...register('scenario')}>
            {SIMULATION_SCENARIOS.map((s) => (
              <option key={s} value={s}>
                {simulationScenarioName(s, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-3">
          <Field id="participants" label={t('participants')} required error={errors.participants?.message}>
            <Input id="participants" invalid={!!errors.participants} {...register('participants')} />
          </Field>
        </div>
        <div className="sm:col-span-3">
          <Field id="notes" label={t('notes')}>
            <Textarea id="notes" rows={2} {...register('notes')} />
          </Field>
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6">
        <legend className="px-1 text-sm font-semibold">{t('legendOutcomes')}</legend>
        <p className="mb-3 text-xs text-slate-600">{t('outcomesHint')}</p>
        <ListFilter
          id="drill-app-filter"
          label={t('filter')}
          value={list.filter}
          onChange={list.setFilter}
          status={list.status(t('inDrill', { count: outcomes.filter((o) => o?.result).length, total: applications.length }))}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          {list.shown.map(({ item: a, index: i }) => (
            <div key={a} className="flex items-center justify-between gap-3">
              <label htmlFor={`outcome-${i}`} className="text-sm">
                {a}
              </label>
              <select
                id={`outcome-${i}`}
                {...register(`outcomes.${i}.result` as const)}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              >
                <option value="">{t('notInDrill')}</option>
                <option value="passed">{t('passed')}</option>
                <option value="partial">{t('partial')}</option>
                <option value="failed">{t('failed')}</option>
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6">
        <legend className="px-1 text-sm font-semibold">{t('legendFollowUps')}</legend>
        <div className="space-y-3">
          {followUps.fields.map((f, i) => (
            <div key={f.key} className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
              <Field id={`fu-title-${i}`} label={t('what')} error={errors.followUps?.[i]?.title?.message}>
                <Input id={`fu-title-${i}`} {...register(`followUps.${i}.title` as const)} />
              </Field>
              <Field id={`fu-owner-${i}`} label={t('owner')} error={errors.followUps?.[i]?.owner?.message}>
                <Input id={`fu-owner-${i}`} {...register(`followUps.${i}.owner` as const)} />
              </Field>
              <Field
                id={`fu-due-${i}`}
                label={t('due')}
                hint={t('dueHint', { days: FOLLOW_UP_DEFAULT_DAYS })}
                error={errors.followUps?.[i]?.dueDate?.message}
              >
                <Input id={`fu-due-${i}`} type="date" {...register(`followUps.${i}.dueDate` as const)} />
              </Field>
              <Button type="button" variant="ghost" onClick={() => followUps.remove(i)}>
                {t('remove')}
                <span className="sr-only"> {t('removeSr', { number: i + 1 })}</span>
              </Button>
            </div>
          ))}
        </div>
        <Button
          type="button"
          variant="secondary"
          className="mt-3"
          onClick={() => followUps.append({ title: '', owner: '', dueDate: defaultFollowUpDue(watch('date') ?? today, today) })}
        >
          {t('addFollowUp')}
        </Button>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? tc('saving') : drill ? tc('saveChanges') : t('record')}
        </Button>
        <ButtonLink variant="secondary" href="/drills">
          {tc('cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
