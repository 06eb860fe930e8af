'use client';
import Link from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Alert, Card } from '@/components/ui/misc';
import { analyzeLogsAction, type LogReport } from '@/lib/actions/import';
import { FilePicker, type PickedFile } from './file-picker';

const KIND: Record<string, { label: 'kindSafe' | 'kindSecure' | 'kindPrimary'; cls: string }> = {
  'failmode-safe-allowed': { label: 'kindSafe', cls: 'bg-red-50 text-red-900 ring-red-300' },
  'failmode-secure-denied': { label: 'kindSecure', cls: 'bg-slate-800 text-white ring-slate-800' },
  'primary-only-bypassed': { label: 'kindPrimary', cls: 'bg-amber-50 text-amber-950 ring-amber-300' },
};

export function LogAnalyzer({
  proxyApps,
  fileLabels,
}: {
  proxyApps: { id: string; name: string; notes: string }[];
  fileLabels: { files: string; paste: string; pasteName: string };
}) {
  const t = useTranslations('logs');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [report, setReport] = useState<LogReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const appFor = (section: string | null) => {
    if (!section) return null;
    const s = section.toLowerCase();
    return (
      proxyApps.find(
        (a) => a.name.toLowerCase().endsWith(s) || a.notes.toLowerCase().includes(`[${s}]`) || a.notes.toLowerCase().includes(s),
      ) ?? null
    );
  };
  const bySection = new Map<string, { section: string; user: string; n: number; kinds: Set<string> }>();
  for (const e of report?.events ?? []) {
    const k = `${e.section ?? '—'}\u0000${e.username ?? '—'}`;
    const cur = bySection.get(k) ?? { section: e.section ?? '—', user: e.username ?? '—', n: 0, kinds: new Set<string>() };
    cur.n++;
    cur.kinds.add(e.kind);
    bySection.set(k, cur);
  }
  return (
    <div className="space-y-6">
      <Card className="space-y-4 p-6">
        <FilePicker onChange={setFiles} accept=".log,.txt,.json" labels={{ ...fileLabels, paste: t('paste') }} />
        <Button
          type="button"
          disabled={busy || files.length === 0}
          onClick={async () => {
            setBusy(true);
            setError(null);
            const res = await analyzeLogsAction({ files, format: 'auto' });
            setBusy(false);
            if (res.ok) setReport(res.data);
            else setError(res.error.message);
          }}
        >
          {busy ? t('reading') : t('analyze')}
        </Button>
      </Card>
      {error ? <Alert>{error}</Alert> : null}
      {report ? (
        <>
          <div className="grid gap-4 sm:grid-cols-4">
            {[
              [t('safeAllowed'), report.summary.failmodeSafeAllowed],
              [t('secureDenied'), report.summary.failmodeSecureDenied],
              [t('primaryOnly'), report.summary.primaryOnlyBypassed],
              [t('unparsed'), report.summary.unparsedLines],
            ].map(([l, v]) => (
              <Card key={l as string} className="p-4">
                <p className="text-xs font-medium uppercase text-slate-500">{l}</p>
                <p className="mt-1 text-2xl font-semibold tabular-nums">{v}</p>
              </Card>
            ))}
          </div>
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('bySection')}</h2>
            <div className="relative overflow-x-auto">
              <table className="mt-3 min-w-full text-sm">
                <caption className="sr-only">{t('bySectionCaption')}</caption>
                <thead className="text-left text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      {t('section')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('application')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('user')}
                    </th>
                    <th scope="col" className="py-2">
                      {t('events')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {[...bySection.values()].map((r) => {
                    const app = appFor(r.section === '—' ? null : r.section);
                    return (
                      <tr key={`${r.section}-${r.user}`}>
                        <td className="py-2 pr-4 font-mono text-xs">{r.section}</td>
                        <td className="py-2 pr-4">
                          {app ? <Link href={`/applications/${app.id}`}>{app.name}</Link> : <span className="text-slate-500">—</span>}
                        </td>
                        <td className="py-2 pr-4">{r.user}</td>
                        <td className="py-2 tabular-nums">{r.n}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </Card>
          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('timeline')}</h2>
            {report.truncated ? <p className="text-xs text-slate-600">{t('truncated')}</p> : null}
            <ol className="mt-3 space-y-1 text-sm">
              {report.events.map((e, i) => (
                <li key={i} className="flex flex-wrap items-center gap-2">
                  <span className="w-48 font-mono text-xs tabular-nums text-slate-600">{e.timestamp ?? t('noTimestamp')}</span>
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${KIND[e.kind]?.cls ?? ''}`}>
                    {KIND[e.kind] ? t(KIND[e.kind].label) : e.kind}
                  </span>
                  <span>{e.username ?? '—'}</span>
                  <span className="font-mono text-xs text-slate-500">{e.section ?? ''}</span>
                  <span className="text-xs text-slate-500">
                    {e.file}:{e.line}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
        </>
      ) : null}
    </div>
  );
}
