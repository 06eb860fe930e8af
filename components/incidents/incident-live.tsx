'use client';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { copyText } from '@/components/ui/copy';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { Alert, Badge, Card } from '@/components/ui/misc';
import { formatCountdown, secondsUntil } from '@/lib/domain/incident';
import { formatTimestamp } from '@/lib/domain/runbook/i18n';
import {
  simulationActionName,
  simulationOutcomeName,
  simulationScenarioName,
  SIMULATION_ACTION_TYPES,
  type SimulationActionType,
} from '@/lib/domain/simulator';
import type { IncidentItemView, IncidentView } from '@/lib/server/incidents/shared';

type Lang = 'en' | 'de';
/** Responders see each other's changes within this interval (issue 16: within 5 s). */
export const POLL_MS = 2_500;

interface Props {
  initial: IncidentView;
  canWrite: boolean;
  isAdmin: boolean;
  lang: Lang;
  groups: string[];
  applications: string[];
  primaryOnlyApplications: string[];
}

async function call(url: string, method: string, lang: Lang, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: { 'accept-language': lang, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => null);
  return { ok: res.ok, status: res.status, json };
}

const outcomeTone = (o: string) => (o === 'allowed-without-2fa' ? 'amber' : o === 'denied' ? 'red' : 'blue') as 'amber' | 'red' | 'blue';

/** The live page of an incident: polls the API and writes through it (viewers read only). */
export function IncidentLive({ initial, canWrite, isAdmin, lang, groups, applications, primaryOnlyApplications }: Props) {
  const t = useTranslations('incidents');
  const [view, setView] = useState(initial);
  const [now, setNow] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ message: string; items: { id: string; text: string }[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const versionRef = useRef(initial.version);
  // Bumped by every local write: a poll that started before a write (or while one is open) brings
  // the state from before it and would undo what the user just ticked, so its answer is dropped.
  const writeSeq = useRef(0);
  const writesOpen = useRef(0);
  const ts = (iso: string | null) => (iso ? formatTimestamp(iso, lang) : '');
  const writable = canWrite && view.state === 'open';

  const refresh = useCallback(async () => {
    const seq = writeSeq.current;
    const r = await call(`/api/v1/incidents/${initial.id}?lang=${lang}`, 'GET', lang);
    if (r.ok && seq === writeSeq.current && writesOpen.current === 0) {
      versionRef.current = r.json.version;
      setView(r.json);
    }
  }, [initial.id, lang]);

  useEffect(() => {
    // The clock starts after hydration (the server render has no "now"), so the first tick is set here on purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const poll = setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh();
    }, POLL_MS);
    return () => {
      clearInterval(tick);
      clearInterval(poll);
    };
  }, [refresh]);

  async function run(fn: () => Promise<{ ok: boolean; status: number; json: { error?: { message?: string } } | null }>) {
    setBusy(true);
    setError(null);
    writeSeq.current += 1;
    writesOpen.current += 1;
    try {
      let r: Awaited<ReturnType<typeof fn>>;
      try {
        r = await fn();
      } finally {
        writesOpen.current -= 1;
      }
      if (!r.ok) setError(r.status === 409 && r.json?.error ? (r.json.error.message ?? '') : (r.json?.error?.message ?? String(r.status)));
      await refresh();
      return r;
    } finally {
      setBusy(false);
    }
  }

  async function tick(item: IncidentItemView, done: boolean, note?: string) {
    // Shown at once; the answer (or the next poll) brings the stored state, a 409 included.
    setView((v) => ({ ...v, items: v.items.map((i) => (i.id === item.id ? { ...i, done, ...(note !== undefined ? { note } : {}) } : i)) }));
    const r = await run(() =>
      call(`/api/v1/incidents/${view.id}/items/${item.id}`, 'PATCH', lang, {
        done,
        version: item.version,
        ...(note !== undefined ? { note } : {}),
      }),
    );
    if (r.status === 409) setError(t('conflict'));
  }

  async function close(override?: string) {
    setRefused(null);
    const r = await run(() => call(`/api/v1/incidents/${view.id}/close`, 'POST', lang, override ? { override } : {}));
    const body = r.json as { error?: { code?: string; message?: string; items?: { id: string; text: string }[] } } | null;
    if (body?.error?.code === 'REVERT_INCOMPLETE') {
      setError(null);
      setRefused({ message: body.error.message ?? '', items: body.error.items ?? [] });
    }
  }

  const steps = view.items.filter((i) => i.kind === 'step');
  const reverts = view.items.filter((i) => i.kind === 'revert');
  const dueIn = now === null ? null : secondsUntil(new Date(view.messaging.dueAt), new Date(now));
  const warnings = view.actions
    .filter((a) => !a.reverted)
    .flatMap((a) => a.findings.filter((f) => f.severity !== 'info').map((f) => ({ ...f, action: a })));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone={view.state === 'open' ? 'red' : 'green'}>{t('state', { state: view.state })}</Badge>
        <span>{simulationScenarioName(view.scenario, lang)}</span>
        <span>· {t('started', { time: ts(view.startedAt) })}</span>
        {view.closedAt ? <span>· {t('closedAt', { time: ts(view.closedAt), by: view.closedBy ?? '' })}</span> : null}
        {view.state === 'open' ? <span className="text-slate-500">· {t('live')}</span> : null}
      </div>
      {view.overrideReason ? <Alert tone="amber">{t('overrideShown', { reason: view.overrideReason })}</Alert> : null}
      {!canWrite ? <Alert tone="blue">{t('readOnly')}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
      {warnings.map((w, i) => (
        <Alert
          key={`${w.action.id}-${w.code}-${i}`}
          tone={w.severity === 'critical' ? 'red' : 'amber'}
          title={`${simulationActionName(w.action.type, lang)}${w.action.group ? `: ${w.action.group}` : w.action.application ? `: ${w.action.application}` : ''}`}
        >
          {w.message}
        </Alert>
      ))}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-4 sm:p-6">
            <section aria-labelledby="inc-checklist">
              <h2 id="inc-checklist" className="text-lg font-semibold">
                {t('checklist')}{' '}
                <span className="text-sm font-normal text-slate-600">
                  ({t('stepsDone', { done: steps.filter((s) => s.done).length, all: steps.length })})
                </span>
              </h2>
              <div className="mt-3 space-y-5">
                {view.applications.map((app) => (
                  <div key={app.id}>
                    <h3 className="flex flex-wrap items-center gap-2 font-medium">
                      {app.name} <Badge tone={outcomeTone(app.outcome)}>{simulationOutcomeName(app.outcome, lang)}</Badge>
                    </h3>
                    <ul className="mt-2 space-y-2">
                      {steps
                        .filter((s) => s.applicationId === app.id)
                        .map((s) => (
                          <ItemRow key={s.id} item={s} appName={app.name} writable={writable} busy={busy} onTick={tick} ts={ts} />
                        ))}
                    </ul>
                  </div>
                ))}
              </div>
            </section>
          </Card>

          <Card className="p-4 sm:p-6">
            <section aria-labelledby="inc-actions">
              <h2 id="inc-actions" className="text-lg font-semibold">
                {t('actions')}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{t('actionsHint')}</p>
              {writable ? (
                <ActionForm
                  lang={lang}
                  groups={groups}
                  applications={applications}
                  primaryOnlyApplications={primaryOnlyApplications}
                  busy={busy}
                  onSubmit={(body) => run(() => call(`/api/v1/incidents/${view.id}/actions`, 'POST', lang, body))}
                />
              ) : null}
              <ul className="mt-4 space-y-3">
                {view.actions.map((a) => {
                  const left = a.expiresAt && now !== null ? secondsUntil(new Date(a.expiresAt), new Date(now)) : null;
                  return (
                    <li key={a.id} className="rounded-md border border-slate-200 p-3 text-sm">
                      <p className="font-medium">
                        {simulationActionName(a.type, lang)}
                        {a.group ? `: ${a.group}` : ''}
                        {a.application ? `: ${a.application}` : ''}
                        {a.minutes ? ` · ${a.minutes} min` : ''}{' '}
                        <Badge tone={a.reverted ? 'green' : 'amber'}>{a.reverted ? t('reverted') : t('notReverted')}</Badge>
                      </p>
                      <p className="text-slate-600">{t('tickedBy', { by: a.takenBy, time: ts(a.takenAt) })}</p>
                      {a.expiresAt && !a.reverted ? (
                        <p className="mt-1 font-medium text-amber-900" role="timer" aria-label={t('proxyStops')}>
                          {left !== null && left <= 0
                            ? t('proxyStopped')
                            : `${t('proxyStops')} ${left === null ? '—' : formatCountdown(left)}`}
                        </p>
                      ) : null}
                      <p className="mt-2 font-medium">{t('opened')}</p>
                      {a.opened.length ? (
                        <p>
                          {t('openedRows', { count: a.opened.length })}:{' '}
                          {a.opened.map((o) => `${o.application}${o.group ? ` × ${o.group}` : ''}`).join(', ')}
                        </p>
                      ) : null}
                      {a.findings.length ? (
                        <ul className="list-disc pl-5">
                          {a.findings.map((f, i) => (
                            <li key={i}>
                              <Badge tone={f.severity === 'critical' ? 'red' : f.severity === 'warning' ? 'amber' : 'neutral'}>
                                {f.severity}
                              </Badge>{' '}
                              {f.message}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="text-slate-600">{t('noFindings')}</p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          </Card>

          <Card className="p-4 sm:p-6">
            <section aria-labelledby="inc-revert">
              <h2 id="inc-revert" className="text-lg font-semibold">
                {t('revert')}
              </h2>
              {reverts.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t('revertNone')}</p> : null}
              <ul className="mt-2 space-y-2">
                {reverts.map((s) => (
                  <ItemRow key={s.id} item={s} writable={writable} busy={busy} onTick={tick} ts={ts} />
                ))}
              </ul>
            </section>
          </Card>
        </div>

        <div className="space-y-6">
          <Card className="p-4 sm:p-6">
            <section aria-labelledby="inc-messaging">
              <h2 id="inc-messaging" className="text-lg font-semibold">
                {t('messaging')}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{t('messageDue', { minutes: view.messaging.thresholdMinutes })}</p>
              {view.state === 'open' ? (
                <p
                  role="timer"
                  aria-label={t('messageIn')}
                  className={`mt-2 text-2xl font-semibold tabular-nums ${dueIn !== null && dueIn < 0 ? 'text-red-700' : 'text-slate-900'}`}
                >
                  {dueIn === null
                    ? '—'
                    : dueIn < 0
                      ? `${t('messageOverdue')} ${formatCountdown(-dueIn)}`
                      : `${t('messageIn')} ${formatCountdown(dueIn)}`}
                </p>
              ) : null}
              <p className="mt-1 text-sm">{t('messagesSent', { count: view.messaging.sent.length })}</p>
              <ul className="mt-3 space-y-4">
                {view.messages.map((m) => {
                  const sent = view.messaging.sent.filter((s) => s.applicationId === m.applicationId);
                  return (
                    <li key={m.applicationId} className="rounded-md border border-slate-200 p-3 text-sm">
                      <p className="font-medium">
                        {m.application} — {m.title}
                      </p>
                      <p className="mt-1 font-medium">{m.subject}</p>
                      <p className="mt-1 whitespace-pre-wrap text-slate-700">{m.body}</p>
                      <div className="mt-2 flex flex-wrap gap-2">
                        <CopyButton
                          text={`${m.subject}\n\n${m.body}`}
                          label={`${t('copy')}: ${m.application}`}
                          short={t('copy')}
                          done={t('copied')}
                        />
                        {writable ? (
                          <Button
                            type="button"
                            variant="secondary"
                            disabled={busy}
                            aria-label={`${t('markSent')}: ${m.application}`}
                            onClick={() =>
                              run(() => call(`/api/v1/incidents/${view.id}/messages`, 'POST', lang, { applicationId: m.applicationId }))
                            }
                          >
                            {t('markSent')}
                          </Button>
                        ) : null}
                      </div>
                      {sent.map((s, i) => (
                        <p key={i} className="mt-1 text-emerald-800">
                          {t('sentAt', { time: ts(s.at), by: s.actor })}
                        </p>
                      ))}
                    </li>
                  );
                })}
              </ul>
            </section>
          </Card>

          {writable ? (
            <Card className="p-4 sm:p-6">
              <CloseBox isAdmin={isAdmin} busy={busy} refused={refused} onClose={close} />
            </Card>
          ) : null}

          <Card className="p-4 sm:p-6">
            <section aria-labelledby="inc-report">
              <h2 id="inc-report" className="text-lg font-semibold">
                {t('report')}
              </h2>
              <div className="mt-2 flex flex-wrap gap-2 text-sm">
                {(['md', 'html', 'pdf'] as const).map((f) => (
                  <a
                    key={f}
                    className="rounded-md border border-slate-300 px-3 py-1.5"
                    href={`/api/v1/incidents/${view.id}/report?format=${f}&lang=${lang}&download=1`}
                    download
                  >
                    {t('report')} ({t(f === 'md' ? 'reportMd' : f === 'html' ? 'reportHtml' : 'reportPdf')})
                  </a>
                ))}
              </div>
              {view.state === 'closed' && canWrite && !view.drillId ? (
                <Button
                  type="button"
                  className="mt-3"
                  disabled={busy}
                  onClick={() => run(() => call(`/api/v1/incidents/${view.id}/drill`, 'POST', lang))}
                >
                  {t('toDrill')}
                </Button>
              ) : null}
              {view.drillId ? (
                <p className="mt-3 text-sm text-emerald-800">
                  {t('drillDone')} <a href="/drills">{t('viewDrills')}</a>
                </p>
              ) : null}
            </section>
          </Card>

          <Card className="p-4 sm:p-6">
            <section aria-labelledby="inc-timeline">
              <h2 id="inc-timeline" className="text-lg font-semibold">
                {t('timeline')}
              </h2>
              <ol className="mt-2 space-y-1 text-sm">
                {view.timeline.map((e) => (
                  <li key={e.id}>
                    <span className="tabular-nums text-slate-600">{ts(e.at)}</span> · {t('event', { kind: e.kind.replace('.', '_') })}
                    {typeof e.data.text === 'string' ? `: ${view.items.find((i) => i.id === e.data.itemId)?.text ?? e.data.text}` : ''}{' '}
                    <span className="text-slate-500">({e.actor})</span>
                  </li>
                ))}
              </ol>
            </section>
          </Card>
        </div>
      </div>
    </div>
  );
}

function ItemRow({
  item,
  appName,
  writable,
  busy,
  onTick,
  ts,
}: {
  item: IncidentItemView;
  appName?: string;
  writable: boolean;
  busy: boolean;
  onTick: (i: IncidentItemView, done: boolean, note?: string) => void;
  ts: (s: string | null) => string;
}) {
  const t = useTranslations('incidents');
  const [note, setNote] = useState(item.note ?? '');
  const id = `item-${item.id}`;
  return (
    <li className="rounded-md border border-slate-200 p-2 text-sm">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 h-5 w-5 flex-none"
          checked={item.done}
          disabled={!writable || busy}
          onChange={(e) => onTick(item, e.target.checked)}
          aria-describedby={item.done ? `${id}-by` : undefined}
        />
        <label htmlFor={id} className={`min-w-0 break-words ${item.done ? 'text-slate-500 line-through' : ''}`}>
          {appName ? <span className="sr-only">{appName}: </span> : null}
          {item.text}
        </label>
      </div>
      {item.done ? (
        <p id={`${id}-by`} className="ml-7 text-xs text-emerald-800">
          ✓ {t('tickedBy', { by: item.doneBy ?? '', time: ts(item.doneAt) })}
        </p>
      ) : null}
      {item.note && !writable ? (
        <p className="ml-7 text-xs text-slate-700">
          {t('note')}: {item.note}
        </p>
      ) : null}
      {writable ? (
        <div className="ml-7 mt-1 flex gap-2">
          <input
            aria-label={`${t('note')}: ${item.text.slice(0, 60)}`}
            className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-xs"
            placeholder={t('notePlaceholder')}
            value={note}
            maxLength={1000}
            onChange={(e) => setNote(e.target.value)}
          />
          {note !== (item.note ?? '') ? (
            <button
              type="button"
              className="rounded border border-slate-300 px-2 text-xs"
              disabled={busy}
              onClick={() => onTick(item, item.done, note)}
            >
              {t('saveNote')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function ActionForm({
  groups,
  applications,
  primaryOnlyApplications,
  busy,
  onSubmit,
  lang,
}: {
  lang: Lang;
  groups: string[];
  applications: string[];
  primaryOnlyApplications: string[];
  busy: boolean;
  onSubmit: (body: unknown) => Promise<unknown>;
}) {
  const t = useTranslations('incidents');
  const [type, setType] = useState<SimulationActionType>('bypass-group');
  const [group, setGroup] = useState(groups[0] ?? '');
  const [app, setApp] = useState(applications[0] ?? '');
  const [proxy, setProxy] = useState(primaryOnlyApplications[0] ?? '');
  const [minutes, setMinutes] = useState('60');
  const body =
    type === 'bypass-group'
      ? { type, group }
      : type === 'policy-bypass'
        ? { type, application: app }
        : type === 'primary-only'
          ? { type, application: proxy, minutes: Number(minutes) }
          : { type };
  return (
    <form
      className="mt-3 grid gap-3 sm:grid-cols-2"
      aria-label={t('actions')}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(body);
      }}
    >
      <Field id="action-type" label={t('actionType')}>
        <Select id="action-type" value={type} onChange={(e) => setType(e.target.value as SimulationActionType)}>
          {SIMULATION_ACTION_TYPES.map((a) => (
            <option key={a} value={a}>
              {simulationActionName(a, lang)}
            </option>
          ))}
        </Select>
      </Field>
      {type === 'bypass-group' ? (
        <Field id="action-group" label={t('group')}>
          <Select id="action-group" value={group} onChange={(e) => setGroup(e.target.value)}>
            {groups.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      {type === 'policy-bypass' ? (
        <Field id="action-app" label={t('policyApplication')}>
          <Select id="action-app" value={app} onChange={(e) => setApp(e.target.value)}>
            {applications.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      {type === 'primary-only' ? (
        <>
          <Field id="action-proxy" label={t('application')}>
            <Select id="action-proxy" value={proxy} onChange={(e) => setProxy(e.target.value)}>
              {primaryOnlyApplications.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </Select>
          </Field>
          <Field id="action-minutes" label={t('minutes')}>
            <Input id="action-minutes" type="number" min={1} max={240} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </Field>
        </>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={busy}>
          {t('record')}
        </Button>
      </div>
    </form>
  );
}

function CopyButton({ text, label, short, done }: { text: string; label: string; short: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      aria-label={label}
      onClick={async () => {
        await copyText(text);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? done : short}
    </Button>
  );
}

function CloseBox({
  isAdmin,
  busy,
  refused,
  onClose,
}: {
  isAdmin: boolean;
  busy: boolean;
  refused: { message: string; items: { id: string; text: string }[] } | null;
  onClose: (override?: string) => void;
}) {
  const t = useTranslations('incidents');
  const [reason, setReason] = useState('');
  return (
    <section aria-labelledby="inc-close" className="space-y-3">
      <h2 id="inc-close" className="text-lg font-semibold">
        {t('close')}
      </h2>
      <p className="text-sm text-slate-600">{t('closeHint')}</p>
      {refused ? (
        <Alert title={t('refused')}>
          <p>{refused.message}</p>
          <ul className="mt-1 list-disc pl-5">
            {refused.items.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Button type="button" variant="danger" disabled={busy} onClick={() => onClose()}>
        {t('close')}
      </Button>
      {isAdmin && refused ? (
        <div className="space-y-2">
          <Field id="override" label={t('override')} hint={t('overrideHint')}>
            <Textarea id="override" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <Button type="button" variant="secondary" disabled={busy || reason.trim().length < 10} onClick={() => onClose(reason)}>
            {t('closeOverride')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
