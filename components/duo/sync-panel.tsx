'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Alert, Badge } from '@/components/ui/misc';
import { applyDuoSyncAction, previewDuoSyncAction } from '@/lib/actions/duo';
import type { DuoSyncPreview } from '@/lib/server/duo/sync';

type Step = 'integrations' | 'groups' | 'users' | 'applying';

/** Dry run and "Sync now" with progress (admins and editors). */
export function DuoSyncPanel() {
  const t = useTranslations('duo');
  const router = useRouter();
  const [preview, setPreview] = useState<DuoSyncPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'sync' | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [msg, setMsg] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  function watch() {
    timer.current = setInterval(async () => {
      const r = await fetch('/api/v1/duo/sync', { headers: { accept: 'application/json' } }).catch(() => null);
      if (r?.ok) setStep(((await r.json()) as { step: Step | null }).step);
    }, 700);
  }
  function stop() {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setStep(null);
    setBusy(null);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={busy !== null}
          onClick={async () => {
            setBusy('preview');
            setMsg(null);
            watch();
            const res = await previewDuoSyncAction();
            stop();
            if (res.ok) setPreview(res.data);
            else {
              setPreview(null);
              setMsg({ tone: 'red', text: res.error.message });
            }
          }}
        >
          {busy === 'preview' ? t('previewing') : t('dryRun')}
        </Button>
        <Button
          type="button"
          disabled={busy !== null}
          onClick={async () => {
            setBusy('sync');
            setMsg(null);
            watch();
            const res = await applyDuoSyncAction();
            stop();
            if (res.ok) {
              setPreview(null);
              setMsg({
                tone: 'green',
                text: t('synced', { created: res.data.created, updated: res.data.updated, unchanged: res.data.unchanged }),
              });
              router.refresh();
            } else setMsg({ tone: 'red', text: res.error.message });
          }}
        >
          {busy === 'sync' ? t('syncing') : t('syncNow')}
        </Button>
        <span role="status" aria-live="polite" className="text-sm text-slate-600">
          {busy ? (step ? t(`step_${step}`) : t('step_start')) : ''}
        </span>
      </div>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      {preview ? (
        <section aria-label={t('previewTitle')} className="space-y-3">
          <h3 className="text-sm font-semibold">{t('previewTitle')}</h3>
          <p className="text-sm text-slate-600">{t('previewNote')}</p>
          <div className="relative overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th className="py-1 pr-3">{t('colKind')}</th>
                  <th className="py-1 pr-3">{t('colName')}</th>
                  <th className="py-1 pr-3">{t('colStatus')}</th>
                  <th className="py-1">{t('colChanges')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.applications.map((a) => (
                  <tr key={`a-${a.name}`} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{t('kindApplication')}</td>
                    <td className="py-1 pr-3">{a.finalName}</td>
                    <td className="py-1 pr-3">
                      <Badge tone={a.status === 'new' ? 'blue' : a.status === 'changed' ? 'amber' : 'neutral'}>
                        {t(`status_${a.status}`)}
                      </Badge>
                    </td>
                    <td className="py-1">{a.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join('; ')}</td>
                  </tr>
                ))}
                {preview.groups.map((g) => (
                  <tr key={`g-${g.name}`} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{t('kindGroup')}</td>
                    <td className="py-1 pr-3">{g.name}</td>
                    <td className="py-1 pr-3">
                      <Badge tone={g.status === 'new' ? 'blue' : g.status === 'changed' ? 'amber' : 'neutral'}>
                        {t(`status_${g.status}`)}
                      </Badge>
                    </td>
                    <td className="py-1">{g.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join('; ')}</td>
                  </tr>
                ))}
                {preview.missing.map((m) => (
                  <tr key={`m-${m.id}`} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{t('kindApplication')}</td>
                    <td className="py-1 pr-3">{m.name}</td>
                    <td className="py-1 pr-3">
                      <Badge tone="red">{t('status_missing')}</Badge>
                    </td>
                    <td className="py-1">{t('missingNote')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
