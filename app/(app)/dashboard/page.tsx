import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/dashboard/bar-chart';
import { Card, PageHeader } from '@/components/ui/misc';
import { failmodeName, findingTitle, levelName } from '@/lib/domain/messages';
import { simulationScenarioName, type SimulationScenario } from '@/lib/domain/simulator';
import { CONFIGURED_FAILMODES, RESTRICTION_LEVELS, type FindingCode } from '@/lib/domain/types';
import { getDashboard } from '@/lib/server/dashboard';
import { requirePageActor } from '@/lib/server/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('dashboard') };
}

function Stat({ label, value, href, tone = 'text-slate-900' }: { label: string; value: string | number; href?: string; tone?: string }) {
  const body = (
    <>
      <p className="text-xs font-medium uppercase text-slate-500">{label}</p>
      <p className={`mt-1 text-3xl font-semibold tabular-nums ${tone}`}>{value}</p>
    </>
  );
  return (
    <Card className="p-4">
      {href ? (
        <Link href={href} className="block text-inherit no-underline hover:no-underline">
          {body}
        </Link>
      ) : (
        body
      )}
    </Card>
  );
}

/** Below a capped list: how many more there are, and where to see them all. */
function More({ shown, total, href, label }: { shown: number; total: number; href?: string; label: string }) {
  if (total <= shown) return null;
  return <p className="mt-2 text-sm">{href ? <Link href={href}>{label}</Link> : <span className="text-slate-600">{label}</span>}</p>;
}

export default async function DashboardPage() {
  const actor = await requirePageActor();
  const d = await getDashboard({ actor });
  const [t, tc, lang, format] = await Promise.all([getTranslations('dashboard'), getTranslations('common'), getLocale(), getFormatter()]);
  // The dashboard gives days as YYYY-MM-DD (UTC).
  const day = (ymd: string) => format.dateTime(new Date(`${ymd}T00:00:00Z`), { dateStyle: 'medium' });
  const levelColor = { 'most-restrictive': '#b91c1c', restrictive: '#d97706', 'less-restrictive': '#059669' } as const;
  const failColor = { safe: '#7c3aed', secure: '#1d5fd1', none: '#64748b', unknown: '#94a3b8' } as const;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card className="p-4">
          <p className="text-xs font-medium uppercase text-slate-500">{t('readiness')}</p>
          <p className="mt-1 text-3xl font-semibold tabular-nums text-brand-700">{d.readiness}%</p>
          <p className="mt-1 text-xs text-slate-600">
            {t('readyOf', { ready: d.ready, total: d.total })} <span className="block">{t('readinessDefinition')}</span>
          </p>
          {d.byReview.stale || d.byReview.expired ? (
            <p className="mt-2 text-xs text-amber-800" data-testid="readiness-lost">
              {d.byReview.stale ? <span className="block">{t('readinessStale', { count: d.byReview.stale })}</span> : null}
              {d.byReview.expired ? (
                <span className="block">{t('readinessExpired', { count: d.byReview.expired, days: d.reviewIntervalDays })}</span>
              ) : null}
              <Link href="/reviews" className="mt-1 inline-block">
                {t('readinessReviewAgain')}
              </Link>
            </p>
          ) : null}
        </Card>
        <Stat
          label={t('criticalFindings')}
          value={d.criticalFindings}
          href="/findings"
          tone={d.criticalFindings ? 'text-red-700' : 'text-slate-900'}
        />
        <Stat label={t('reviewsDue')} value={d.reviewsDue} href="/reviews" tone={d.reviewsDue ? 'text-amber-700' : 'text-slate-900'} />
        <Stat label={t('notDrilled')} value={d.notDrilled.total} href="/drills" />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card className="p-6">
          <BarChart
            title={t('byLevel')}
            data={RESTRICTION_LEVELS.map((l) => ({ label: levelName(l, lang), value: d.byLevel[l], color: levelColor[l] }))}
          />
        </Card>
        <Card className="p-6">
          <BarChart
            title={t('byFailmode')}
            data={CONFIGURED_FAILMODES.map((f) => ({ label: failmodeName(f, lang), value: d.byFailmode[f], color: failColor[f] }))}
          />
          <p className="mt-3 text-xs text-slate-600" data-testid="failmode-definition">
            {t('byFailmodeDefinition', { none: failmodeName('none', lang), unknown: failmodeName('unknown', lang) })}
          </p>
        </Card>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="p-6">
          <h2 className="text-base font-semibold">{t('criticalFindings')}</h2>
          {d.critical.total === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{tc('noneDot')}</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {d.critical.items.map((c, i) => (
                <li key={i}>
                  <Link href={`/applications/${c.id}`} className="underline">
                    {c.name}
                  </Link>{' '}
                  <span className="text-xs text-slate-600">{findingTitle(c.code as FindingCode, lang)}</span>
                </li>
              ))}
            </ul>
          )}
          <More
            shown={d.critical.items.length}
            total={d.critical.total}
            href="/applications?severity=critical"
            label={t('showAllCritical', { count: d.critical.total })}
          />
        </Card>
        <Card className="p-6">
          <h2 className="text-base font-semibold">
            {t('noControlCount', { label: failmodeName('none', lang), count: d.noControl.total })}
          </h2>
          <p className="mt-1 text-xs text-slate-600">{t('noControlDefinition')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {d.noControl.items.map((a) => (
              <li key={a.id}>
                <Link href={`/applications/${a.id}`}>{a.name}</Link>
              </li>
            ))}
          </ul>
          <More
            shown={d.noControl.items.length}
            total={d.noControl.total}
            href={`/applications?integration=${d.noControlIntegrations.join(',')}`}
            label={t('showAllApps', { count: d.noControl.total })}
          />
        </Card>
        <Card className="p-6">
          <h2 className="text-base font-semibold">{t('drills')}</h2>
          <p className="mt-2 text-sm">
            {t('lastDrill')}{' '}
            {d.lastDrill ? (
              <span className="font-medium">
                {t('lastDrillValue', {
                  date: day(d.lastDrill.date),
                  kind: d.lastDrill.kind,
                  scenario: simulationScenarioName(d.lastDrill.scenario as SimulationScenario, lang),
                })}
              </span>
            ) : (
              <span className="font-medium text-amber-800">{t('never')}</span>
            )}
          </p>
          <p className="mt-1 text-sm">{t('openFollowUps', { count: d.openFollowUps })}</p>
          <h3 className="mt-3 text-sm font-semibold">{t('notDrilledTitle')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {d.notDrilled.items.map((a) => (
              <li key={a.id}>
                <Link href={`/applications/${a.id}`} className="underline">
                  {a.name}
                </Link>{' '}
                <span className="text-xs text-slate-500">{a.last ? t('lastOn', { date: day(a.last) }) : t('never')}</span>
              </li>
            ))}
          </ul>
          <More
            shown={d.notDrilled.items.length}
            total={d.notDrilled.total}
            label={t('andMore', { count: d.notDrilled.total - d.notDrilled.items.length })}
          />
        </Card>
      </div>
    </>
  );
}
