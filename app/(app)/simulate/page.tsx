import type { Metadata } from 'next';
import { runbookId } from '@/lib/domain/runbook';
import Link from '@/components/ui/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { SeverityBadge } from '@/components/applications/badges';
import { Button } from '@/components/ui/button';
import { Alert, Card, PageHeader } from '@/components/ui/misc';
import { cn } from '@/components/ui/cn';
import {
  NO_GROUP,
  PEOPLE_CATEGORIES,
  peopleSummary,
  PRIMARY_ONLY_INTEGRATIONS,
  SIMULATION_OUTCOMES,
  SIMULATION_SCENARIOS,
  simulationFindingMessage,
  simulationOutcomeName,
  simulationActionName,
  simulationReasonText,
  simulationScenarioName,
  type SimulationAction,
  type SimulationOutcome,
  type SimulationResult,
} from '@/lib/domain/simulator';
import type { IntegrationSlug } from '@/lib/domain/types';
import { isAppError } from '@/lib/server/errors';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import { requirePageActor } from '@/lib/server/page';
import { runSimulation } from '@/lib/server/simulations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('whatIf') };
}

type SP = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);

const OUTCOME_STYLE: Record<SimulationOutcome, string> = {
  'allowed-without-2fa': 'bg-red-50 text-red-900 ring-red-300',
  denied: 'bg-slate-800 text-white ring-slate-800',
  '2fa-with-other-method': 'bg-amber-50 text-amber-950 ring-amber-300',
  unaffected: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
};
const OUTCOME_ICON: Record<SimulationOutcome, string> = {
  'allowed-without-2fa': '⚠',
  denied: '✕',
  '2fa-with-other-method': '↻',
  unaffected: '✓',
};

export default async function SimulatePage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const snap = await getInventorySnapshot();
  const [t, tc, lang, format] = await Promise.all([getTranslations('simulate'), getTranslations('common'), getLocale(), getFormatter()]);
  const scenario = (all(sp.scenario)[0] ?? 'unreachable') as string;
  const firewall = all(sp.fw).includes('1');
  const minutes = all(sp.minutes)[0] ?? '60';
  const primaryOnly = all(sp.po);
  const bypassGroups = all(sp.bg);
  const policyBypass = all(sp.pb);
  const ran = sp.scenario !== undefined;
  const actions: SimulationAction[] = [
    ...(firewall ? [{ type: 'firewall-block' as const }] : []),
    ...primaryOnly.map((application) => ({ type: 'primary-only' as const, application, minutes: Number(minutes) })),
    ...bypassGroups.map((group) => ({ type: 'bypass-group' as const, group })),
    ...policyBypass.map((application) => ({ type: 'policy-bypass' as const, application })),
  ];
  let result: SimulationResult | null = null;
  let error: string | null = null;
  if (ran) {
    try {
      result = await runSimulation({ actor, input: { scenario, actions } });
    } catch (e) {
      if (!isAppError(e)) throw e;
      error = e.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') || e.message;
    }
  }
  const proxyApps = snap.apps.filter((a) => (PRIMARY_ONLY_INTEGRATIONS as readonly IntegrationSlug[]).includes(a.integration));
  const groupNames = snap.groups.map((g) => g.name);
  const hasNoGroupRows = result?.results.some((r) => r.group === NO_GROUP);
  const cols = [...groupNames, ...(hasNoGroupRows ? [NO_GROUP] : [])];
  const byApp = new Map<string, Map<string, SimulationResult['results'][number]>>();
  for (const r of result?.results ?? [])
    (byApp.get(r.application) ?? byApp.set(r.application, new Map()).get(r.application)!).set(r.group, r);
  const users = result ? peopleSummary(result, snap.groups) : null;
  const idByName = new Map(snap.apps.map((a) => [a.name, a.id]));

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <form method="get" className="mb-6 grid gap-6 rounded-lg border border-slate-200 bg-white p-6 lg:grid-cols-3 no-print">
        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">{t('scenario')}</legend>
          <div className="mt-2 space-y-2">
            {SIMULATION_SCENARIOS.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="radio" name="scenario" value={s} defaultChecked={s === scenario} className="h-4 w-4" />
                {simulationScenarioName(s, lang)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-sm font-semibold text-slate-900">{t('emergencyActions')}</legend>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="fw" value="1" defaultChecked={firewall} className="mt-0.5 h-4 w-4" />
            <span>{t('firewall')}</span>
          </label>
          <div>
            <p className="text-sm font-medium text-slate-800">{t('primaryOnly')}</p>
            {proxyApps.length === 0 ? <p className="text-sm text-slate-500">{t('noProxyApps')}</p> : null}
            {proxyApps.map((a) => (
              <label key={a.id} className="mt-1 flex items-center gap-2 text-sm">
                <input type="checkbox" name="po" value={a.name} defaultChecked={primaryOnly.includes(a.name)} className="h-4 w-4" />
                {a.name}
              </label>
            ))}
            <label htmlFor="minutes" className="mt-2 block text-xs font-medium text-slate-600">
              {t('minutes')}
            </label>
            <input
              id="minutes"
              name="minutes"
              type="number"
              min={1}
              defaultValue={minutes}
              className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
          </div>
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-sm font-semibold text-slate-900">{t('bypass')}</legend>
          <div>
            <p className="text-sm font-medium text-slate-800">{t('bypassGroups')}</p>
            <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
              {snap.groups.map((g) => (
                <label key={g.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="bg" value={g.name} defaultChecked={bypassGroups.includes(g.name)} className="h-4 w-4" />
                  {g.name}
                </label>
              ))}
            </div>
          </div>
          <div>
            <label htmlFor="pb" className="text-sm font-medium text-slate-800">
              {t('policyBypass')}
            </label>
            <select
              id="pb"
              name="pb"
              multiple
              defaultValue={policyBypass}
              className="mt-1 block h-28 w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            >
              {snap.apps.map((a) => (
                <option key={a.id} value={a.name}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit">{t('run')}</Button>
        </fieldset>
      </form>

      {error ? <Alert title={t('couldNotRun')}>{error}</Alert> : null}
      {result && users ? (
        <div className="space-y-6">
          <section aria-labelledby="people-title">
            <h2 id="people-title" className="sr-only">
              {t('peopleTitle')}
            </h2>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              {PEOPLE_CATEGORIES.filter(
                (c) => users.byCategory[c].groups.length || c === 'allowed-without-2fa-somewhere' || c === 'denied-everywhere',
              ).map((c) => (
                <Card key={c} className="p-4">
                  <h3 className="text-xs font-medium uppercase text-slate-500">{t(`people.${c}`)}</h3>
                  <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`people-${c}`}>
                    {format.number(users.byCategory[c].users)}
                  </p>
                  <p className="text-xs text-slate-600">{t('usersInGroups', { count: users.byCategory[c].groups.length })}</p>
                </Card>
              ))}
            </div>
            <p className="mt-2 max-w-4xl text-xs text-slate-600" data-testid="people-how">
              {t('peopleHow', { total: users.total.users, groups: users.total.groups.length })}
              {users.total.groupsWithoutCount.length
                ? ` ${t('peopleWithoutCount', { count: users.total.groupsWithoutCount.length, groups: users.total.groupsWithoutCount.join(', ') })}`
                : ''}
            </p>
          </section>

          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('runbookSteps')}</h2>
            <p className="mt-1 text-xs text-slate-600">{t('runbookStepsIntro')}</p>
            <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
              {[...byApp.keys()].map((app) => {
                const section = result.scenario === 'unreachable' || firewall ? 'unreachable' : `degraded-${result.scenario}`;
                return (
                  <li key={app}>
                    <Link href={`/applications/${idByName.get(app)}/runbook?lang=${lang}#${runbookId(app)}-${section}`}>{app}</Link>
                  </li>
                );
              })}
            </ul>
          </Card>

          <Card className="p-6">
            <h2 className="text-base font-semibold">{t('findingsTitle')}</h2>
            {result.findings.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{tc('noneDot')}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {result.findings.map((f, i) => (
                  <li key={i} className="text-sm">
                    <SeverityBadge severity={f.severity} /> <code className="text-xs text-slate-500">{f.code}</code>
                    <p className="mt-1 text-slate-800">{simulationFindingMessage(f, lang)}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm">
              <caption className="p-4 text-left text-base font-semibold text-slate-900">
                {t('matrixCaption', { scenario: simulationScenarioName(result.scenario, lang) })}
              </caption>
              <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('colApplication')}
                  </th>
                  {cols.map((c) => (
                    <th key={c || 'none'} scope="col" className="px-3 py-2">
                      {c || t('noGroupListed')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {[...byApp.entries()].map(([app, row]) => (
                  <tr key={app}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      <Link href={`/applications/${idByName.get(app)}`}>{app}</Link>
                    </th>
                    {cols.map((c) => {
                      const r = row.get(c);
                      return (
                        <td key={c || 'none'} className="px-3 py-2">
                          {r ? (
                            <span
                              title={simulationReasonText(r.reason, lang)}
                              className={cn(
                                'inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset',
                                OUTCOME_STYLE[r.outcome],
                              )}
                            >
                              <span aria-hidden="true">{OUTCOME_ICON[r.outcome]}</span>
                              {simulationOutcomeName(r.outcome, lang)}
                              {r.changedBy?.length ? (
                                <span className="sr-only">
                                  {' '}
                                  {t('changedBy', { actions: r.changedBy.map((a) => simulationActionName(a, lang)).join(', ') })}
                                </span>
                              ) : null}
                            </span>
                          ) : (
                            <span className="text-slate-400" aria-label={t('noAccess')}>
                              —
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {/* Focusable: at phone width it scrolls sideways, and the keyboard must reach that (axe scrollable-region-focusable). */}
          <div
            className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
            role="region"
            aria-label={t('perAppCaption')}
            tabIndex={0}
          >
            <table className="min-w-full text-sm">
              <caption className="p-4 text-left text-base font-semibold text-slate-900">
                {t('perAppCaption')}
                <span className="mt-1 block text-xs font-normal text-slate-600">{t('perAppHow')}</span>
              </caption>
              <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('colApplication')}
                  </th>
                  {SIMULATION_OUTCOMES.map((o) => (
                    <th key={o} scope="col" className="px-3 py-2 text-right">
                      {simulationOutcomeName(o, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.perApplication.map((a) => (
                  <tr key={a.application}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {a.application}
                      {a.noGroups ? <span className="block text-xs font-normal text-slate-500">{t('noGroupListed')}</span> : null}
                      {a.groupsWithoutCount ? (
                        <span className="block text-xs font-normal text-slate-500">
                          {t('groupsWithoutCount', { count: a.groupsWithoutCount })}
                        </span>
                      ) : null}
                    </th>
                    {SIMULATION_OUTCOMES.map((o) => (
                      <td key={o} className="px-3 py-2 text-right tabular-nums">
                        {a.byOutcome[o] ? format.number(a.byOutcome[o]) : <span className="text-slate-400">0</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </>
  );
}
