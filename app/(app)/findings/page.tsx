import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { SeverityBadge } from '@/components/applications/badges';
import { Card, PageHeader } from '@/components/ui/misc';
import type { Finding } from '@/lib/domain/assess';
import { findingFix, findingMessage, findingTitle } from '@/lib/domain/messages';
import { FINDING_CODES, SEVERITIES } from '@/lib/domain/types';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { duoFindingsFor, duoStateNow } from '@/lib/server/duo/findings';
import { requirePagePermission } from '@/lib/server/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('findings') };
}

/** Findings shown per kind; the rest are a link away in the inventory, filtered by the finding's code. */
const PER_KIND = 20;

export default async function FindingsPage() {
  await requirePagePermission('inventory:read');
  const snap = await getInventorySnapshot();
  const [t, tc, lang] = await Promise.all([getTranslations('findings'), getTranslations('common'), getLocale()]);
  const idByName = new Map(snap.apps.map((a) => [a.name, a.id]));
  const byCode = new Map<string, Finding[]>();
  // With a synced Duo connection, Duo's live-state findings too (issue 19; lib/domain/duo.ts).
  const duo = duoFindingsFor(snap, await duoStateNow());
  const add = (f: Finding) => (byCode.get(f.code) ?? byCode.set(f.code, []).get(f.code)!).push(f);
  for (const a of snap.apps) for (const f of snap.assessmentById.get(a.id)!.findings) add(f);
  for (const a of snap.apps) for (const f of duo.byApplication.get(a.name) ?? []) add(f);
  for (const f of duo.integrations) add(f);
  const codes = FINDING_CODES.filter((c) => byCode.has(c)).sort((a, b) => {
    const worst = (c: string) => Math.min(...byCode.get(c)!.map((f) => SEVERITIES.indexOf(f.severity)));
    const sa = worst(a);
    const sb = worst(b);
    return sa - sb || byCode.get(b)!.length - byCode.get(a)!.length;
  });
  const total = [...byCode.values()].reduce((n, l) => n + l.length, 0);
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { total, apps: snap.apps.length })} />
      {codes.length === 0 ? <Card className="p-6 text-sm text-slate-600">{t('none')}</Card> : null}
      <div className="space-y-6">
        {codes.map((code) => {
          const list = byCode.get(code)!;
          return (
            <Card key={code} className="p-6">
              <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold">
                <SeverityBadge severity={SEVERITIES[Math.min(...list.map((f) => SEVERITIES.indexOf(f.severity)))]} />
                {findingTitle(code, lang)}
                <span className="text-sm font-normal text-slate-500">
                  · {list.length} · <code>{code}</code>
                </span>
              </h2>
              <ul className="mt-4 divide-y divide-slate-100">
                {list.slice(0, PER_KIND).map((f, i) => (
                  <li key={i} className="py-3 text-sm">
                    {idByName.has(f.applicationName) ? (
                      <Link href={`/applications/${idByName.get(f.applicationName)}`} className="font-medium">
                        {f.applicationName}
                      </Link>
                    ) : (
                      <Link href="/duo" className="font-medium">
                        {f.applicationName}
                      </Link>
                    )}
                    <p className="mt-1 text-slate-800">{findingMessage(f, lang)}</p>
                    <p className="mt-1 text-slate-600">
                      <span className="font-semibold">{tc('fix')}</span> {findingFix(f, lang)}
                    </p>
                  </li>
                ))}
              </ul>
              {list.length > PER_KIND ? (
                <p className="mt-2 text-sm">
                  <Link href={`/applications?finding=${code}`}>
                    {t('more', { shown: PER_KIND, count: list.length, apps: new Set(list.map((f) => f.applicationName)).size })}
                  </Link>
                </p>
              ) : null}
            </Card>
          );
        })}
      </div>
    </>
  );
}
