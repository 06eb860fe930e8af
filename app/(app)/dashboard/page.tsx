import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/dashboard/bar-chart';
import { Card, PageHeader } from '@/components/ui/misc';
import { failmodeName, levelName } from '@/lib/domain/messages';
import { simulationScenarioName, type SimulationScenario } from '@/lib/domain/simulator';
import { CONFIGURED_FAILMODES, RESTRICTION_LEVELS } from '@/lib/domain/types';
import { getDashboard, READINESS_DEFINITION } from '@/lib/server/dashboard';
import { requirePageActor } from '@/lib/server/page';

export const metadata: Metadata = { title: 'Dashboard' };

function Stat({ label, value, href, tone = 'text-slate-900' }: { label: string; value: string | number; href?: string; tone?: string }) {
  const body = (
    <>
      <p className="text-xs font-medium uppercase text-slate-500">{label}</p>
      <p className={`mt-1 text-3xl font-semibold tabular-nums ${tone}`}>{value}</p>
    </>
  );
  return <Card className="p-4">{href ? <Link href={href} className="block text-inherit no-underline hover:no-underline">{body}</Link> : body}</Card>;
}

export default async function DashboardPage() {
  const actor = await requirePageActor();
  const d = await getDashboard({ actor });
  const levelColor = { 'most-restrictive': '#b91c1c', restrictive: '#d97706', 'less-restrictive': '#059669' } as const;
  const failColor = { safe: '#7c3aed', secure: '#1d5fd1', none: '#64748b', unknown: '#94a3b8' } as const;
  return (
    <>
      <PageHeader title="Outage readiness" description="Where the plan stands today: reviews, findings, failmodes and drills." />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card className="p-4">
          <p className="text-xs font-medium uppercase text-slate-500">Readiness</p>
          <p className="mt-1 text-3xl font-semibold tabular-nums text-brand-700">{d.readiness}%</p>
          <p className="mt-1 text-xs text-slate-600">
            {d.ready} of {d.total} applications ready. <span className="block">{READINESS_DEFINITION}</span>
          </p>
        </Card>
        <Stat label="Critical findings" value={d.criticalFindings} href="/findings" tone={d.criticalFindings ? 'text-red-700' : 'text-slate-900'} />
        <Stat label="Reviews due" value={d.reviewsDue} href="/reviews" tone={d.reviewsDue ? 'text-amber-700' : 'text-slate-900'} />
        <Stat label="Not drilled in a year" value={d.notDrilled.length} href="/drills" />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card className="p-6">
          <BarChart title="Applications by restriction level" data={RESTRICTION_LEVELS.map((l) => ({ label: levelName(l, 'en'), value: d.byLevel[l], color: levelColor[l] }))} />
        </Card>
        <Card className="p-6">
          <BarChart title="Applications by configured failmode" data={CONFIGURED_FAILMODES.map((f) => ({ label: failmodeName(f, 'en'), value: d.byFailmode[f], color: failColor[f] }))} />
        </Card>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="p-6">
          <h2 className="text-base font-semibold">Critical findings</h2>
          {d.critical.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">None.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {d.critical.map((c, i) => (
                <li key={i}>
                  <Link href={`/applications/${c.id}`}>{c.name}</Link> <code className="text-xs text-slate-500">{c.code}</code>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="p-6">
          <h2 className="text-base font-semibold">Without failmode control</h2>
          <p className="mt-1 text-xs text-slate-600">Their runbooks carry the manual procedure.</p>
          <ul className="mt-2 space-y-1 text-sm">
            {d.noControl.map((a) => (
              <li key={a.id}>
                <Link href={`/applications/${a.id}`}>{a.name}</Link>
              </li>
            ))}
          </ul>
        </Card>
        <Card className="p-6">
          <h2 className="text-base font-semibold">Drills</h2>
          <p className="mt-2 text-sm">
            Last drill:{' '}
            {d.lastDrill ? (
              <span className="font-medium">
                {d.lastDrill.date} ({d.lastDrill.kind}, {simulationScenarioName(d.lastDrill.scenario as SimulationScenario, 'en')})
              </span>
            ) : (
              <span className="font-medium text-amber-800">never</span>
            )}
          </p>
          <p className="mt-1 text-sm">Open follow-ups: {d.openFollowUps}</p>
          <h3 className="mt-3 text-sm font-semibold">Never drilled or over a year ago</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {d.notDrilled.map((a) => (
              <li key={a.id}>
                <Link href={`/applications/${a.id}`}>{a.name}</Link> <span className="text-xs text-slate-500">{a.last ? `last ${a.last}` : 'never'}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
