'use client';
import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import type { BypassPreviewItem } from '@/lib/domain/bypass-preview';
import { Badge } from '@/components/ui/misc';

type Fetch = (lang: string) => Promise<ActionResult<{ items: BypassPreviewItem[] }>>;

/**
 * Runs the bypass rule on the unsaved form (a server action over the same rule that produces the
 * BYPASS_GROUP_SPANS_APPS finding) whenever `draftKey` changes, 300 ms after the last change.
 */
export function useBypassPreview(draftKey: string, lang: string, fetchPreview: Fetch): BypassPreviewItem[] | null {
  const [items, setItems] = useState<BypassPreviewItem[] | null>(null);
  const fetchRef = useRef(fetchPreview);
  useEffect(() => {
    fetchRef.current = fetchPreview;
  });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const res = await fetchRef.current(lang).catch(() => null);
      if (live && res?.ok) setItems(res.data.items);
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draftKey, lang]);
  return items;
}

type T = (
  key: 'title' | 'introGroup' | 'introApplication' | 'checking' | 'none' | 'atRisk' | 'new',
  values?: Record<string, string | number>,
) => string;

/**
 * The live bypass warning on the group and application forms. `t` is the form's
 * useTranslations('bypassPreview') (the form's page wraps it in <ClientMessages> with that namespace).
 */
export function BypassPreview({ items, subject, t }: { items: BypassPreviewItem[] | null; subject: 'group' | 'application'; t: T }) {
  const atRisk = new Set(items?.flatMap((i) => i.reaches) ?? []);
  return (
    <section
      aria-labelledby="bypass-preview-title"
      className="rounded-lg border border-slate-200 bg-white p-6"
      data-testid="bypass-preview"
    >
      <h2 id="bypass-preview-title" className="text-sm font-semibold text-slate-900">
        {t('title')}
      </h2>
      <p className="mt-1 text-xs text-slate-600">{t(subject === 'group' ? 'introGroup' : 'introApplication')}</p>
      <div role="status" aria-live="polite" className="mt-3">
        {items === null ? (
          <p className="text-sm text-slate-500">{t('checking')}</p>
        ) : items.length === 0 ? (
          <p className="text-sm text-emerald-800">{t('none')}</p>
        ) : (
          <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <p className="font-semibold">{t('atRisk', { count: atRisk.size, apps: [...atRisk].join(', ') })}</p>
            <ul className="mt-2 list-disc space-y-2 pl-5">
              {items.map((i) => (
                <li key={`${i.application}\n${i.group}`}>
                  {i.isNew ? (
                    <>
                      <Badge tone="amber">{t('new')}</Badge>{' '}
                    </>
                  ) : null}
                  {i.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
