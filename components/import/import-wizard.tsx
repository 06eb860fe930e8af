'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Alert, Badge, Card } from '@/components/ui/misc';
import { applyImportAction, previewImportAction, type PreviewData } from '@/lib/actions/import';
import { FilePicker, type PickedFile } from './file-picker';

const FORMATS = [
  ['auto', 'formatAuto'],
  ['authproxy', 'formatAuthproxy'],
  ['duo-unix', 'formatDuoUnix'],
  ['duo-admin-api', 'formatAdminApi'],
  ['inventory', 'formatInventory'],
] as const;

export function ImportWizard() {
  const t = useTranslations('import');
  const router = useRouter();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [format, setFormat] = useState<string>('auto');
  const [preview, setPreview] = useState<PreviewData | null>(null);
  const [apps, setApps] = useState<Set<string>>(new Set());
  const [groups, setGroups] = useState<Set<string>>(new Set());
  const [policy, setPolicy] = useState(true);
  const [error, setError] = useState<{ message: string; issues?: { path: string; message: string }[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function runPreview() {
    setBusy(true);
    setError(null);
    setDone(null);
    const res = await previewImportAction({ files, format });
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

  async function apply() {
    setBusy(true);
    const res = await applyImportAction({ files, format }, { applications: [...apps], groups: [...groups], policy });
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
            <select id="format" value={format} onChange={(e) => setFormat(e.target.value)} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
              {FORMATS.map(([v, l]) => (
                <option key={v} value={v}>
                  {t(l)}
                </option>
              ))}
            </select>
          </div>
          <Button type="button" onClick={runPreview} disabled={busy || files.length === 0}>
            {busy && !preview ? t('reading') : t('preview')}
          </Button>
        </div>
        <p className="text-xs text-slate-600">{t('secrets')}</p>
      </Card>

      {error ? (
        <Alert title={t('nothingImported')}>
          <p>{error.message}</p>
          {error.issues?.length ? (
            <ul className="mt-2 list-disc pl-5">
              {error.issues.slice(0, 20).map((i, k) => (
                <li key={k}>
                  <span className="font-mono text-xs">{i.path}</span>: {i.message}
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
          {preview.warnings.length ? (
            <Alert tone="amber" title={t('warnings', { count: preview.warnings.length })}>
              <ul className="list-disc pl-5">
                {preview.warnings.slice(0, 10).map((w, i) => (
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
            <ul className="mt-2 divide-y divide-slate-100">
              {preview.preview.applications.map((a) => (
                <li key={a.name} className="py-2 text-sm">
                  <label className="flex items-center gap-2">
                    <input type="checkbox" checked={apps.has(a.name)} disabled={a.status === 'unchanged'} onChange={(e) => setApps(toggle(apps, a.name, e.target.checked))} className="h-4 w-4" />
                    <span className="font-medium">{a.name}</span>
                    <Badge tone={tone(a.status)}>{t(`status_${a.status}`)}</Badge>
                  </label>
                  {a.changes.length ? (
                    <ul className="ml-6 mt-1 text-xs text-slate-700">
                      {a.changes.map((c) => (
                        <li key={c.field}>
                          {c.field}: <del className="text-red-800">{c.before}</del> → <ins className="text-emerald-800 no-underline">{c.after}</ins>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </fieldset>
          {preview.preview.groups.length ? (
            <fieldset>
              <legend className="text-sm font-semibold">{t('groups')}</legend>
              <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                {preview.preview.groups.map((g) => (
                  <li key={g.name} className="text-sm">
                    <label className="flex items-center gap-2">
                      <input type="checkbox" checked={groups.has(g.name)} disabled={g.status === 'unchanged'} onChange={(e) => setGroups(toggle(groups, g.name, e.target.checked))} className="h-4 w-4" />
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
          <Button type="button" onClick={apply} disabled={busy || (apps.size === 0 && groups.size === 0 && !(policy && preview.preview.policy.length))}>
            {busy ? t('importing') : t('importButton', { apps: apps.size, groups: groups.size })}
          </Button>
        </Card>
      ) : null}
    </div>
  );
}
