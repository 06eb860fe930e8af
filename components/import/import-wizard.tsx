'use client';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { getCatalogEntry } from '@/lib/domain/catalog';
import { criticalityName, dataClassName, failmodeName, mfaMandateName } from '@/lib/domain/messages';
import { localizeLocation } from '@/lib/i18n/error-messages';
import {
  CRITICALITIES,
  DATA_CLASSES,
  MFA_MANDATES,
  type Criticality,
  type DataClass,
  type Lang,
  type MfaMandate,
} from '@/lib/domain/types';
import { Button } from '@/components/ui/button';
import { Alert, Badge, Card } from '@/components/ui/misc';
import { applyImportAction, previewImportAction, type PreviewData } from '@/lib/actions/import';
import type { ActionError } from '@/lib/actions/result';
import { FilePicker, type PickedFile } from './file-picker';

const FORMATS = [
  ['auto', 'formatAuto'],
  ['authproxy', 'formatAuthproxy'],
  ['duo-unix', 'formatDuoUnix'],
  ['duo-admin-api', 'formatAdminApi'],
  ['inventory', 'formatInventory'],
] as const;

type Override = { name?: string; mfaMandate?: MfaMandate; criticality?: Criticality; dataClasses?: DataClass[] };

export function ImportWizard() {
  const t = useTranslations('import');
  const lang = useLocale() as Lang;
  const router = useRouter();
  const [overrides, setOverrides] = useState<Record<string, Override>>({});
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [format, setFormat] = useState<string>('auto');
  const [preview, setPreview] = useState<PreviewData | null>(null);
  const [apps, setApps] = useState<Set<string>>(new Set());
  const [groups, setGroups] = useState<Set<string>>(new Set());
  const [policy, setPolicy] = useState(true);
  const [error, setError] = useState<ActionError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function runPreview(keep = false) {
    setBusy(true);
    setError(null);
    setDone(null);
    const current = keep ? cleanOverrides() : {};
    if (!keep) setOverrides({});
    const res = await previewImportAction({ files, format }, current);
    setBusy(false);
    if (!res.ok) {
      setPreview(null);
      setError(res.error);
      return;
    }
    setPreview(res.data);
    setApps(new Set(res.data.preview.applications.filter((a) => a.status !== 'unchanged').map((a) => a.name)));
    setGroups(new Set(res.data.preview.groups.filter((g) => g.status !== 'unchanged').map((g) => g.name)));
  }

  /** Only what the admin actually set (an empty name means: keep the proposed one). */
  function cleanOverrides(): Record<string, Override> {
    const out: Record<string, Override> = {};
    for (const [k, o] of Object.entries(overrides)) {
      const c: Override = {};
      if (o.name && o.name.trim() !== '' && o.name.trim() !== k) c.name = o.name.trim();
      if (o.mfaMandate) c.mfaMandate = o.mfaMandate;
      if (o.criticality) c.criticality = o.criticality;
      if (o.dataClasses) c.dataClasses = o.dataClasses;
      if (Object.keys(c).length) out[k] = c;
    }
    return out;
  }
  const setOverride = (name: string, patch: Override) => setOverrides((prev) => ({ ...prev, [name]: { ...prev[name], ...patch } }));

  async function apply() {
    setBusy(true);
    const res = await applyImportAction(
      { files, format },
      { applications: [...apps], groups: [...groups], policy, overrides: cleanOverrides() },
    );
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setDone(t('imported', { ...res.data }));
    setPreview(null);
    router.refresh();
  }

  const toggle = (set: Set<string>, name: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(name);
    else next.delete(name);
    return next;
  };
  const tone = (s: string) => (s === 'new' ? 'green' : s === 'changed' ? 'amber' : 'neutral');

  return (
    <div className="space-y-6">
      <Card className="space-y-4 p-6">
        <FilePicker onChange={setFiles} labels={{ files: t('files'), paste: t('paste'), pasteName: t('pasteName') }} />
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="format" className="block text-xs font-medium text-slate-600">
              {t('format')}
            </label>
            <select
              id="format"
              value={format}
              onChange={(e) => setFormat(e.target.value)}
              className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              {FORMATS.map(([v, l]) => (
                <option key={v} value={v}>
                  {t(l)}
                </option>
              ))}
            </select>
          </div>
          <Button type="button" onClick={() => runPreview(false)} disabled={busy || files.length === 0}>
            {busy && !preview ? t('reading') : t('preview')}
          </Button>
        </div>
        <p className="text-xs text-slate-600">{t('secrets')}</p>
      </Card>

      {error ? (
        <Alert title={t('nothingImported')}>
          <p>
            {error.code === 'IMPORT_FORMAT_UNKNOWN'
              ? t('errorFormatUnknown', { files: error.message })
              : error.code === 'VALIDATION_FAILED'
                ? t('errorInvalid')
                : error.code === 'CONFLICT'
                  ? t('errorNameTaken')
                  : t('errorOther', { message: error.message })}
          </p>
          {error.issues?.length && error.code !== 'IMPORT_FORMAT_UNKNOWN' ? (
            <ul className="mt-2 list-disc pl-5">
              {error.issues.slice(0, 20).map((i, k) => (
                <li key={k}>
                  <span className="font-mono text-xs">{localizeLocation(i.path, lang)}</span>: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {done ? <Alert tone="green">{done}</Alert> : null}

      {preview ? (
        <Card className="space-y-6 p-6">
          <h2 className="text-base font-semibold">{t('previewTitle')}</h2>
          {preview.warnings.some((w) => w.critical) ? (
            <Alert title={t('critical')}>
              <ul className="list-disc pl-5">
                {preview.warnings
                  .filter((w) => w.critical)
                  .map((w, i) => (
                    <li key={i}>
                      {w.file}
                      {w.line ? `:${w.line}` : ''} — {w.message}
                    </li>
                  ))}
              </ul>
            </Alert>
          ) : null}
          {preview.warnings.some((w) => !w.critical) ? (
            <Alert tone="amber" title={t('warnings', { count: preview.warnings.filter((w) => !w.critical).length })}>
              <ul className="list-disc pl-5">
                {preview.warnings
                  .filter((w) => !w.critical)
                  .slice(0, 10)
                  .map((w, i) => (
                    <li key={i}>
                      {w.file}
                      {w.line ? `:${w.line}` : ''} — {w.message}
                    </li>
                  ))}
              </ul>
            </Alert>
          ) : null}
          <fieldset>
            <legend className="text-sm font-semibold">{t('applications')}</legend>
            <div className="relative mt-2 overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead className="text-left text-xs font-medium uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="px-2 py-2">
                      {t('colName')}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t('colIntegration')}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t('colFailmode')}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t('colSecrets')}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t('colMatch')}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t('colLevel')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {preview.preview.applications.map((a, i) => {
                    const o = overrides[a.name] ?? {};
                    const id = `imp-${i}`;
                    return (
                      <tr key={a.name} className="align-top" data-testid="import-row">
                        <td className="px-2 py-2">
                          <div className="flex items-center gap-2">
                            <input
                              type="checkbox"
                              aria-label={a.name}
                              checked={apps.has(a.name)}
                              disabled={a.status === 'unchanged'}
                              onChange={(e) => setApps(toggle(apps, a.name, e.target.checked))}
                              className="h-4 w-4"
                            />
                            <span className="font-medium">{a.name}</span>
                            <Badge tone={tone(a.status)}>{t(`status_${a.status}`)}</Badge>
                          </div>
                          <input
                            id={`${id}-name`}
                            aria-label={t('renameLabel', { name: a.name })}
                            value={o.name ?? a.finalName}
                            onChange={(e) => setOverride(a.name, { name: e.target.value })}
                            className="mt-1 w-56 rounded-md border border-slate-300 px-2 py-1 text-sm"
                          />
                          <div className="mt-1 text-xs text-slate-500">
                            {a.file}
                            {a.line ? `:${a.line}` : ''}
                          </div>
                          {a.changes.length ? (
                            <ul className="mt-1 text-xs text-slate-700">
                              {a.changes.map((c) => (
                                <li key={c.field}>
                                  {c.field}: <del className="text-red-800">{c.before}</del> →{' '}
                                  <ins className="text-emerald-800 no-underline">{c.after}</ins>
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </td>
                        <td className="px-2 py-2">{getCatalogEntry(a.integration).displayName[lang]}</td>
                        <td className="px-2 py-2">
                          {a.failmodeSource === 'configured' && a.failmodeLine
                            ? t('failmodeAt', { mode: failmodeName(a.configuredFailmode, lang), line: a.failmodeLine })
                            : a.failmodeSource === 'default'
                              ? t('failmodeDefault', { mode: failmodeName(a.configuredFailmode, lang) })
                              : a.configuredFailmode === 'unknown'
                                ? t('failmodeNotReported')
                                : failmodeName(a.configuredFailmode, lang)}
                        </td>
                        <td className="px-2 py-2">{t('secretsDropped', { count: a.secretsDropped })}</td>
                        <td className="px-2 py-2">
                          {a.match ? t(`match_${a.match.by}`, { name: a.match.name }) : t('matchNone')}
                          {a.triage ? (
                            <div className="mt-1">
                              <Badge tone="amber">{t('triage')}</Badge>
                            </div>
                          ) : null}
                        </td>
                        <td className="space-y-1 px-2 py-2">
                          <label className="block text-xs text-slate-600">
                            {t('mandateLabel')}
                            <select
                              value={o.mfaMandate ?? ''}
                              onChange={(e) => setOverride(a.name, { mfaMandate: (e.target.value || undefined) as MfaMandate | undefined })}
                              className="mt-0.5 block w-full max-w-[15rem] rounded-md border border-slate-300 bg-white px-1 py-1 text-sm"
                            >
                              <option value="">{a.triage ? t('mandateUnset') : t('keep')}</option>
                              {MFA_MANDATES.map((m) => (
                                <option key={m} value={m}>
                                  {mfaMandateName(m, lang)}
                                </option>
                              ))}
                            </select>
                          </label>
                          <label className="block text-xs text-slate-600">
                            {t('criticalityLabel')}
                            <select
                              value={o.criticality ?? ''}
                              onChange={(e) =>
                                setOverride(a.name, { criticality: (e.target.value || undefined) as Criticality | undefined })
                              }
                              className="mt-0.5 block rounded-md border border-slate-300 bg-white px-1 py-1 text-sm"
                            >
                              <option value="">{t('keep')}</option>
                              {CRITICALITIES.map((c) => (
                                <option key={c} value={c}>
                                  {criticalityName(c, lang)}
                                </option>
                              ))}
                            </select>
                          </label>
                          <fieldset className="text-xs text-slate-600">
                            <legend>{t('dataLabel')}</legend>
                            <div className="flex flex-wrap gap-x-2">
                              {DATA_CLASSES.map((d) => (
                                <label key={d} className="inline-flex items-center gap-1">
                                  <input
                                    type="checkbox"
                                    checked={(o.dataClasses ?? []).includes(d)}
                                    onChange={(e) => {
                                      const cur = new Set(o.dataClasses ?? []);
                                      if (e.target.checked) cur.add(d);
                                      else cur.delete(d);
                                      setOverride(a.name, { dataClasses: [...cur] });
                                    }}
                                    className="h-3.5 w-3.5"
                                  />
                                  {dataClassName(d, lang)}
                                </label>
                              ))}
                            </div>
                          </fieldset>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Button type="button" variant="secondary" className="mt-3" onClick={() => runPreview(true)} disabled={busy}>
              {t('refresh')}
            </Button>
          </fieldset>
          {preview.preview.groups.length ? (
            <fieldset>
              <legend className="text-sm font-semibold">{t('groups')}</legend>
              <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                {preview.preview.groups.map((g) => (
                  <li key={g.name} className="text-sm">
                    <label className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        checked={groups.has(g.name)}
                        disabled={g.status === 'unchanged'}
                        onChange={(e) => setGroups(toggle(groups, g.name, e.target.checked))}
                        className="h-4 w-4"
                      />
                      {g.name} <Badge tone={tone(g.status)}>{t(`status_${g.status}`)}</Badge>
                    </label>
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-xs text-slate-600">{t('groupsNeeded')}</p>
            </fieldset>
          ) : null}
          {preview.preview.policy.length ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={policy} onChange={(e) => setPolicy(e.target.checked)} className="h-4 w-4" />
              {t('applyPolicy', { changes: preview.preview.policy.map((c) => `${c.field}: ${c.before} → ${c.after}`).join('; ') })}
            </label>
          ) : null}
          <Button
            type="button"
            onClick={apply}
            disabled={busy || (apps.size === 0 && groups.size === 0 && !(policy && preview.preview.policy.length))}
          >
            {busy ? t('importing') : t('importButton', { apps: apps.size, groups: groups.size })}
          </Button>
        </Card>
      ) : null}
    </div>
  );
}
