'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/misc';
import { bulkUpdateApplicationsAction } from '@/lib/actions/applications';
import type { ActionError } from '@/lib/actions/result';
import { criticalityName, failmodeName } from '@/lib/domain/messages';
import { CONFIGURED_FAILMODES, CRITICALITIES } from '@/lib/domain/types';
import { BULK_FIELDS } from '@/lib/validations/api';
import { BULK_FORM_ID } from './bulk-form-id';

// The table's row checkboxes are plain inputs of this form (form="bulk-edit", value "id:version"): the
// table stays server-rendered markup, and this panel reads the selection when it applies.
const ROWS = `input[type="checkbox"][form="${BULK_FORM_ID}"][name="sel"]`;

type BulkField = (typeof BULK_FIELDS)[number];
interface Outcome {
  updated: { id: string; name: string }[];
  unchanged: { id: string; name: string }[];
  conflicts: { id: string; name: string; updatedBy: string | null }[];
  missing: string[];
}

function rows(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(ROWS)];
}

/** "Select all on this page" for the row checkboxes. */
export function SelectAllOnPage({ label }: { label: string }) {
  const [state, setState] = useState<'none' | 'some' | 'all'>('none');
  useEffect(() => {
    const sync = () => {
      const all = rows();
      const n = all.filter((r) => r.checked).length;
      setState(n === 0 ? 'none' : n === all.length ? 'all' : 'some');
    };
    sync();
    document.addEventListener('change', sync);
    return () => document.removeEventListener('change', sync);
  }, []);
  return (
    <input
      type="checkbox"
      aria-label={label}
      className="h-4 w-4"
      checked={state === 'all'}
      ref={(el) => {
        if (el) el.indeterminate = state === 'some';
      }}
      onChange={(e) => {
        for (const r of rows()) r.checked = e.target.checked;
        document.dispatchEvent(new Event('change'));
      }}
    />
  );
}

export function BulkEditPanel() {
  const t = useTranslations('applications');
  const lang = useLocale();
  const router = useRouter();
  const [count, setCount] = useState(0);
  const [field, setField] = useState<BulkField>('owner');
  const [value, setValue] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    const sync = () => setCount(rows().filter((r) => r.checked).length);
    sync();
    document.addEventListener('change', sync);
    return () => document.removeEventListener('change', sync);
  }, []);
  const options =
    field === 'criticality'
      ? CRITICALITIES.map((c) => ({ value: c, label: criticalityName(c, lang) }))
      : field === 'configuredFailmode'
        ? CONFIGURED_FAILMODES.map((f) => ({ value: f, label: failmodeName(f, lang) }))
        : null;
  return (
    <form
      id={BULK_FORM_ID}
      aria-label={t('bulkAria')}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 no-print"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        setOutcome(null);
        const items = rows()
          .filter((r) => r.checked)
          .map((r) => {
            const [id, version] = r.value.split(':');
            return { id, version: Number(version) };
          });
        const v = options ? value || options[0].value : value;
        setPending(true);
        const res = await bulkUpdateApplicationsAction({ items, change: { [field]: v } });
        setPending(false);
        if (!res.ok) {
          setError(res.error);
          return;
        }
        setOutcome(res.data);
        router.refresh();
      }}
    >
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t('bulkLegend')}</legend>
        <p className="w-full text-xs text-slate-600" aria-live="polite">
          {t('bulkSelected', { count })}
        </p>
        <div>
          <label htmlFor="bulk-field" className="block text-xs font-medium text-slate-600">
            {t('bulkField')}
          </label>
          <select
            id="bulk-field"
            value={field}
            onChange={(e) => {
              setField(e.target.value as BulkField);
              setValue('');
            }}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {BULK_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t('bulkFieldName', { field: f })}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-48 flex-1">
          <label htmlFor="bulk-value" className="block text-xs font-medium text-slate-600">
            {t('bulkValue')}
          </label>
          {options ? (
            <select
              id="bulk-value"
              value={value || options[0].value}
              onChange={(e) => setValue(e.target.value)}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="bulk-value"
              value={value}
              maxLength={120}
              onChange={(e) => setValue(e.target.value)}
              aria-describedby="bulk-value-hint"
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
          )}
        </div>
        <Button type="submit" disabled={pending || count === 0}>
          {pending ? t('bulkApplying') : t('bulkApply', { count })}
        </Button>
        <p id="bulk-value-hint" className="w-full text-xs text-slate-600">
          {field === 'owner' ? t('bulkOwnerHint') : field === 'configuredFailmode' ? t('bulkFailmodeHint') : t('bulkHint')}
        </p>
      </fieldset>
      {error ? (
        <div className="mt-3">
          <Alert title={t('bulkNothingSaved')}>{error.issues?.map((i) => i.message).join('; ') || error.message}</Alert>
        </div>
      ) : null}
      {outcome ? (
        <div className="mt-3 space-y-2">
          <Alert
            tone={outcome.conflicts.length || outcome.missing.length ? 'amber' : 'green'}
            title={t('bulkDone', { updated: outcome.updated.length, unchanged: outcome.unchanged.length })}
          >
            {outcome.conflicts.length ? (
              <>
                <p>{t('bulkConflicts', { count: outcome.conflicts.length })}</p>
                <ul className="mt-1 list-disc pl-5">
                  {outcome.conflicts.map((c) => (
                    <li key={c.id}>{c.updatedBy ? t('bulkConflictBy', { name: c.name, who: c.updatedBy }) : c.name}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {outcome.missing.length ? <p>{t('bulkMissing', { count: outcome.missing.length })}</p> : null}
          </Alert>
        </div>
      ) : null}
    </form>
  );
}
