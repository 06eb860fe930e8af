// The post-incident report (issue 16): timeline, actions, who was let in without 2FA and for how
// long, messages sent, revert evidence and follow-ups; Markdown and standalone HTML (PDF: the HTML
// printed by Chromium, lib/runbook/pdf.ts). Pure: no framework imports. Texts in English and German;
// every user-typed string is escaped (lib/runbook/escape.ts), in the runbook renderers' style.
import type { ExposureRow } from '../domain/incident';
import { criticalityName, levelName } from '../domain/messages';
import { formatTimestamp } from '../domain/runbook/i18n';
import {
  simulationActionName,
  simulationOutcomeName,
  simulationScenarioName,
  type SimulationOutcome,
  type SimulationScenario,
} from '../domain/simulator';
import type { Criticality, Lang, RestrictionLevel } from '../domain/types';
import { escapeHtml as h, escapeMarkdown as m } from '../runbook/escape';
import { documentHtml } from '../runbook/render-html';

/** What the report reads (the API's incident view is one). */
export interface IncidentReportInput {
  id: string;
  title: string;
  scenario: SimulationScenario;
  state: 'open' | 'closed';
  startedAt: string;
  declaredBy: string;
  closedAt: string | null;
  closedBy: string | null;
  overrideReason: string | null;
  scope: { applications?: string[]; deployment?: string };
  applications: { id: string; name: string; outcome: SimulationOutcome; criticality: string; restrictionLevel: string }[];
  items: {
    id: string;
    kind: 'step' | 'revert';
    applicationId?: string;
    text: string;
    done: boolean;
    doneBy: string | null;
    doneAt: string | null;
    note: string | null;
  }[];
  actions: {
    id: string;
    type: 'firewall-block' | 'primary-only' | 'bypass-group' | 'policy-bypass';
    group?: string;
    application?: string;
    minutes?: number;
    takenBy: string;
    takenAt: string;
    expiresAt: string | null;
    reverted: boolean;
    findings: { code: string; severity: string; message: string }[];
  }[];
  messaging: {
    thresholdMinutes: number;
    dueAt: string;
    sent: { application: string; at: string; actor: string; channel: string | null }[];
  };
  timeline: { at: string; actor: string; kind: string; data: Record<string, unknown> }[];
}

const L = {
  en: {
    title: (t: string) => `Post-incident report: ${t}`,
    summary: 'Summary',
    scenario: 'Scenario',
    started: 'Started',
    closed: 'Closed',
    stillOpen: 'still open',
    duration: 'Duration',
    minutes: (n: number) => `${n} min`,
    declaredBy: 'Declared by',
    closedBy: 'Closed by',
    scope: 'Scope',
    wholeInventory: 'whole inventory',
    deployment: 'Duo deployment',
    override: 'Closed by admin override',
    overrideNote: 'Revert items were still open when an admin closed the incident. Reason given:',
    affected: 'Affected applications',
    hApp: 'Application',
    hCrit: 'Criticality',
    hLevel: 'Restriction level',
    hOutcome: 'Users during the outage',
    exposure: 'Let in without 2FA',
    exposureNone:
      'Nobody was let in without two-factor authentication (by the simulator\u2019s reading of the inventory and the actions recorded).',
    hGroup: 'Group',
    hMembers: 'Members',
    hCause: 'Because of',
    hFrom: 'From',
    hTo: 'Until',
    hMinutes: 'Minutes',
    causeScenario: 'failmode (fail safe)',
    ongoing: 'not reverted',
    noGroup: '(no group listed)',
    actions: 'Emergency actions',
    actionsNone: 'No emergency action was recorded.',
    hTime: 'Time',
    hWho: 'Who',
    hAction: 'Action',
    hFindings: 'What it opened elsewhere',
    hReverted: 'Reverted',
    yes: 'yes',
    no: 'NO',
    primaryStops: (at: string) => `proxy stops at ${at}`,
    messages: 'Messages to users',
    messagingDue: (min: number, at: string) => `Policy: message users within ${min} minutes (by ${at}).`,
    firstMessage: (at: string, inTime: boolean) => `First message sent ${at}${inTime ? ' (in time)' : ' (LATE)'}.`,
    noMessage: 'No message was recorded as sent.',
    hChannel: 'Channel',
    checklist: 'First-response checklist',
    checklistCount: (done: number, all: number) => `${done} of ${all} steps ticked.`,
    hStep: 'Step',
    hDone: 'Done',
    hNote: 'Note',
    revert: 'Revert evidence',
    revertNone: 'No temporary change needed reverting.',
    followUps: 'Follow-ups',
    followUpsNone: 'None.',
    timeline: 'Timeline',
    hEvent: 'Event',
    events: {
      declared: 'Incident declared',
      'item.done': 'Item ticked',
      'item.reopened': 'Item un-ticked',
      'action.taken': 'Emergency action',
      'message.sent': 'Message sent',
      'close.refused': 'Close refused (revert incomplete)',
      closed: 'Incident closed',
      'drill.created': 'Drill record created',
    } as Record<string, string>,
    fuFinding: (msg: string) => `Review: ${msg}`,
    fuNotReverted: (text: string) => `Not reverted at close: ${text}`,
    fuSteps: (app: string, n: number) => `${app}: ${n} first-response step(s) not ticked — check the runbook`,
    fuMandatory: (app: string) => `${app} let users in without 2FA although its restriction level is most restrictive: review its failmode`,
  },
  de: {
    title: (t: string) => `Bericht nach dem Vorfall: ${t}`,
    summary: 'Zusammenfassung',
    scenario: 'Szenario',
    started: 'Beginn',
    closed: 'Abgeschlossen',
    stillOpen: 'noch offen',
    duration: 'Dauer',
    minutes: (n: number) => `${n} Min.`,
    declaredBy: 'Ausgerufen von',
    closedBy: 'Abgeschlossen von',
    scope: 'Umfang',
    wholeInventory: 'gesamtes Inventar',
    deployment: 'Duo-Bereitstellung',
    override: 'Abschluss durch Admin-Übersteuerung',
    overrideNote: 'Beim Abschluss durch einen Admin waren noch Rückbau-Punkte offen. Angegebener Grund:',
    affected: 'Betroffene Anwendungen',
    hApp: 'Anwendung',
    hCrit: 'Kritikalität',
    hLevel: 'Einschränkungsstufe',
    hOutcome: 'BenutzerInnen während des Ausfalls',
    exposure: 'Ohne 2FA hineingelassen',
    exposureNone:
      'Niemand wurde ohne Zwei-Faktor-Authentifizierung hineingelassen (nach der Simulation des Inventars und der erfassten Maßnahmen).',
    hGroup: 'Gruppe',
    hMembers: 'Mitglieder',
    hCause: 'Ursache',
    hFrom: 'Von',
    hTo: 'Bis',
    hMinutes: 'Minuten',
    causeScenario: 'Failmode (Fail safe)',
    ongoing: 'nicht zurückgebaut',
    noGroup: '(keine Gruppe erfasst)',
    actions: 'Notfallmaßnahmen',
    actionsNone: 'Es wurde keine Notfallmaßnahme erfasst.',
    hTime: 'Zeit',
    hWho: 'Wer',
    hAction: 'Maßnahme',
    hFindings: 'Was sie anderswo öffnete',
    hReverted: 'Zurückgebaut',
    yes: 'ja',
    no: 'NEIN',
    primaryStops: (at: string) => `Proxy hält an um ${at}`,
    messages: 'Nachrichten an BenutzerInnen',
    messagingDue: (min: number, at: string) => `Richtlinie: BenutzerInnen innerhalb von ${min} Minuten benachrichtigen (bis ${at}).`,
    firstMessage: (at: string, inTime: boolean) => `Erste Nachricht gesendet ${at}${inTime ? ' (rechtzeitig)' : ' (ZU SPÄT)'}.`,
    noMessage: 'Es wurde keine gesendete Nachricht erfasst.',
    hChannel: 'Kanal',
    checklist: 'Checkliste der Erstmaßnahmen',
    checklistCount: (done: number, all: number) => `${done} von ${all} Schritten abgehakt.`,
    hStep: 'Schritt',
    hDone: 'Erledigt',
    hNote: 'Notiz',
    revert: 'Nachweis des Rückbaus',
    revertNone: 'Keine vorübergehende Änderung musste zurückgebaut werden.',
    followUps: 'Folgeaufgaben',
    followUpsNone: 'Keine.',
    timeline: 'Zeitleiste',
    hEvent: 'Ereignis',
    events: {
      declared: 'Vorfall ausgerufen',
      'item.done': 'Punkt abgehakt',
      'item.reopened': 'Haken entfernt',
      'action.taken': 'Notfallmaßnahme',
      'message.sent': 'Nachricht gesendet',
      'close.refused': 'Abschluss verweigert (Rückbau unvollständig)',
      closed: 'Vorfall abgeschlossen',
      'drill.created': 'Übungsnachweis erstellt',
    } as Record<string, string>,
    fuFinding: (msg: string) => `Prüfen: ${msg}`,
    fuNotReverted: (text: string) => `Beim Abschluss nicht zurückgebaut: ${text}`,
    fuSteps: (app: string, n: number) => `${app}: ${n} Erstmaßnahme(n) nicht abgehakt — Runbook prüfen`,
    fuMandatory: (app: string) =>
      `${app} ließ BenutzerInnen ohne 2FA hinein, obwohl die Einschränkungsstufe am restriktivsten ist: Failmode prüfen`,
  },
} as const;

const SEVERITY_NAMES: Record<Lang, Record<string, string>> = {
  en: { critical: 'critical', warning: 'warning', info: 'info' },
  de: { critical: 'kritisch', warning: 'Warnung', info: 'Hinweis' },
};

export function incidentEventName(kind: string, lang: Lang): string {
  return L[lang].events[kind] ?? kind;
}

const minutesBetween = (a: string, b: string) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 60_000));

function actionDetail(a: IncidentReportInput['actions'][number], lang: Lang): string {
  const t = L[lang];
  if (a.type === 'bypass-group') return a.group ?? '';
  if (a.type === 'policy-bypass') return a.application ?? '';
  if (a.type === 'primary-only')
    return `${a.application ?? ''} · ${t.minutes(a.minutes ?? 0)}${a.expiresAt ? ` · ${t.primaryStops(formatTimestamp(a.expiresAt, lang))}` : ''}`;
  return '*.duo.com, *.duosecurity.com TCP 443';
}

/** Follow-ups the report proposes (and the drill record takes over). */
export function incidentFollowUps(r: IncidentReportInput, lang: Lang, exposure: readonly ExposureRow[] = []): string[] {
  const t = L[lang];
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string) => {
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  for (const a of r.actions) for (const f of a.findings) if (f.severity !== 'info') add(t.fuFinding(f.message));
  for (const i of r.items) if (i.kind === 'revert' && !i.done) add(t.fuNotReverted(i.text));
  for (const app of r.applications) {
    const open = r.items.filter((i) => i.kind === 'step' && i.applicationId === app.id && !i.done).length;
    if (open > 0) add(t.fuSteps(app.name, open));
  }
  const exposed = new Set(exposure.map((e) => e.application));
  for (const app of r.applications)
    if (app.restrictionLevel === 'most-restrictive' && (app.outcome === 'allowed-without-2fa' || exposed.has(app.name)))
      add(t.fuMandatory(app.name));
  return out;
}

interface Table {
  head: string[];
  rows: string[][];
}

interface ReportSection {
  title: string;
  paragraphs: { text: string; tone?: 'warning' | 'danger' }[];
  kv?: [string, string][];
  table?: Table;
  list?: string[];
}

function sections(r: IncidentReportInput, exposure: readonly ExposureRow[], lang: Lang, now: string): ReportSection[] {
  const t = L[lang];
  const ts = (s: string | null) => (s ? formatTimestamp(s, lang) : '');
  const appName = new Map(r.applications.map((a) => [a.id, a.name]));
  const end = r.closedAt ?? now;
  const summary: ReportSection = {
    title: t.summary,
    paragraphs: [],
    kv: [
      [t.scenario, simulationScenarioName(r.scenario, lang)],
      [t.started, ts(r.startedAt)],
      [t.closed, r.closedAt ? ts(r.closedAt) : t.stillOpen],
      [t.duration, t.minutes(minutesBetween(r.startedAt, end))],
      [t.declaredBy, r.declaredBy],
      ...(r.closedBy ? ([[t.closedBy, r.closedBy]] as [string, string][]) : []),
      [t.scope, r.scope.applications?.length ? r.scope.applications.join(', ') : t.wholeInventory],
      ...(r.scope.deployment ? ([[t.deployment, r.scope.deployment]] as [string, string][]) : []),
    ],
  };
  if (r.overrideReason) summary.paragraphs.push({ text: `${t.override}. ${t.overrideNote} ${r.overrideReason}`, tone: 'danger' });
  const affected: ReportSection = {
    title: t.affected,
    paragraphs: [],
    table: {
      head: [t.hApp, t.hCrit, t.hLevel, t.hOutcome],
      rows: r.applications.map((a) => [
        a.name,
        criticalityName(a.criticality as Criticality, lang),
        levelName(a.restrictionLevel as RestrictionLevel, lang),
        simulationOutcomeName(a.outcome, lang),
      ]),
    },
  };
  const exp: ReportSection = exposure.length
    ? {
        title: t.exposure,
        paragraphs: [],
        table: {
          head: [t.hApp, t.hGroup, t.hMembers, t.hCause, t.hFrom, t.hTo, t.hMinutes],
          rows: exposure.map((e) => [
            e.application,
            e.group || t.noGroup,
            e.memberCount === undefined ? '' : String(e.memberCount),
            e.cause === 'scenario' ? t.causeScenario : simulationActionName(e.cause, lang),
            ts(e.from.toISOString()),
            `${ts(e.to.toISOString())}${e.ongoing ? ` (${t.ongoing})` : ''}`,
            String(e.minutes),
          ]),
        },
      }
    : { title: t.exposure, paragraphs: [{ text: t.exposureNone }] };
  const actions: ReportSection = r.actions.length
    ? {
        title: t.actions,
        paragraphs: [],
        table: {
          head: [t.hTime, t.hWho, t.hAction, t.hFindings, t.hReverted],
          rows: r.actions.map((a) => [
            ts(a.takenAt),
            a.takenBy,
            `${simulationActionName(a.type, lang)}: ${actionDetail(a, lang)}`,
            a.findings.map((f) => `[${SEVERITY_NAMES[lang][f.severity] ?? f.severity}] ${f.message}`).join(' · '),
            a.reverted ? t.yes : t.no,
          ]),
        },
      }
    : { title: t.actions, paragraphs: [{ text: t.actionsNone }] };
  const first = r.messaging.sent[0];
  const messages: ReportSection = {
    title: t.messages,
    paragraphs: [
      { text: t.messagingDue(r.messaging.thresholdMinutes, ts(r.messaging.dueAt)) },
      first
        ? {
            text: t.firstMessage(ts(first.at), Date.parse(first.at) <= Date.parse(r.messaging.dueAt)),
            tone: Date.parse(first.at) <= Date.parse(r.messaging.dueAt) ? undefined : 'warning',
          }
        : { text: t.noMessage, tone: 'warning' },
    ],
    ...(r.messaging.sent.length
      ? {
          table: {
            head: [t.hTime, t.hApp, t.hWho, t.hChannel],
            rows: r.messaging.sent.map((s) => [ts(s.at), s.application, s.actor, s.channel ?? '']),
          },
        }
      : {}),
  };
  const steps = r.items.filter((i) => i.kind === 'step');
  const checklist: ReportSection = {
    title: t.checklist,
    paragraphs: [{ text: t.checklistCount(steps.filter((s) => s.done).length, steps.length) }],
    table: {
      head: [t.hApp, t.hStep, t.hDone, t.hNote],
      rows: steps.map((s) => [
        appName.get(s.applicationId ?? '') ?? '',
        s.text,
        s.done ? `✓ ${s.doneBy ?? ''} ${ts(s.doneAt)}` : '☐',
        s.note ?? '',
      ]),
    },
  };
  const reverts = r.items.filter((i) => i.kind === 'revert');
  const revert: ReportSection = reverts.length
    ? {
        title: t.revert,
        paragraphs: [],
        table: {
          head: [t.hStep, t.hDone, t.hNote],
          rows: reverts.map((s) => [s.text, s.done ? `✓ ${s.doneBy ?? ''} ${ts(s.doneAt)}` : `☐ ${t.no}`, s.note ?? '']),
        },
      }
    : { title: t.revert, paragraphs: [{ text: t.revertNone }] };
  const fu = incidentFollowUps(r, lang, exposure);
  const followUps: ReportSection = fu.length
    ? { title: t.followUps, paragraphs: [], list: fu }
    : { title: t.followUps, paragraphs: [{ text: t.followUpsNone }] };
  const byItem = new Map(r.items.map((i) => [i.id, i.text]));
  const itemText = (id: unknown) => (typeof id === 'string' ? byItem.get(id) : undefined);
  const timeline: ReportSection = {
    title: t.timeline,
    paragraphs: [],
    table: {
      head: [t.hTime, t.hWho, t.hEvent],
      rows: r.timeline.map((e) => [ts(e.at), e.actor, eventText(e, lang, itemText)]),
    },
  };
  return [summary, affected, exp, actions, messages, checklist, revert, followUps, timeline];
}

function eventText(e: IncidentReportInput['timeline'][number], lang: Lang, itemText: (id: unknown) => string | undefined): string {
  const name = incidentEventName(e.kind, lang);
  const d = e.data;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (e.kind === 'item.done' || e.kind === 'item.reopened')
    return `${name}: ${itemText(d.itemId) ?? str(d.text)}${str(d.note) ? ` — ${str(d.note)}` : ''}`;
  if (e.kind === 'action.taken') {
    const a = (d.action ?? {}) as { type?: string; group?: string; application?: string; minutes?: number };
    const type = a.type as IncidentReportInput['actions'][number]['type'] | undefined;
    return `${name}: ${type ? simulationActionName(type, lang) : ''}${a.group ? ` ${a.group}` : ''}${a.application ? ` ${a.application}` : ''}${a.minutes ? ` (${L[lang].minutes(a.minutes)})` : ''}`;
  }
  if (e.kind === 'message.sent') return `${name}: ${str(d.application)}${str(d.channel) ? ` (${str(d.channel)})` : ''}`;
  if (e.kind === 'closed' && d.overridden) return `${name}: ${L[lang].override} — ${str(d.reason)}`;
  return name;
}

export function incidentReportTitle(r: Pick<IncidentReportInput, 'title'>, lang: Lang): string {
  return L[lang].title(r.title);
}

/** The report as Markdown (every name escaped). */
export function renderIncidentMarkdown(r: IncidentReportInput, exposure: readonly ExposureRow[], lang: Lang, now: string): string {
  const out: string[] = [`# ${m(incidentReportTitle(r, lang), { lineStart: false })}`, ''];
  const cell = (s: string) => m(s, { lineStart: false });
  for (const s of sections(r, exposure, lang, now)) {
    out.push(`## ${m(s.title, { lineStart: false })}`, '');
    for (const p of s.paragraphs) out.push(`${p.tone ? '**' : ''}${m(p.text)}${p.tone ? '**' : ''}`, '');
    if (s.kv) {
      for (const [k, v] of s.kv) out.push(`- **${cell(k)}:** ${cell(v)}`);
      out.push('');
    }
    if (s.table && s.table.rows.length) {
      out.push(`| ${s.table.head.map(cell).join(' | ')} |`, `| ${s.table.head.map(() => '---').join(' | ')} |`);
      for (const row of s.table.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
      out.push('');
    }
    if (s.list) {
      for (const i of s.list) out.push(`- [ ] ${cell(i)}`);
      out.push('');
    }
  }
  out.push(`_${m(`${formatTimestamp(now, lang)} · ${r.id}`, { lineStart: false })}_`, '');
  return out.join('\n');
}

/** The report as a standalone, script-free HTML document (runbook stylesheet). */
export function renderIncidentHtml(r: IncidentReportInput, exposure: readonly ExposureRow[], lang: Lang, now: string): string {
  const parts: string[] = [`<article class="runbook rb-incident-report"><h1>${h(incidentReportTitle(r, lang))}</h1>`];
  for (const s of sections(r, exposure, lang, now)) {
    parts.push(`<section><h2>${h(s.title)}</h2>`);
    for (const p of s.paragraphs) parts.push(`<p${p.tone ? ` class="rb-tone rb-tone-${p.tone}"` : ''}>${h(p.text)}</p>`);
    if (s.kv)
      parts.push(
        `<table class="rb-kv"><tbody>${s.kv.map(([k, v]) => `<tr><th scope="row">${h(k)}</th><td>${h(v)}</td></tr>`).join('')}</tbody></table>`,
      );
    if (s.table && s.table.rows.length) {
      parts.push(
        `<table class="rb-table"><thead><tr>${s.table.head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>` +
          s.table.rows.map((row) => `<tr>${row.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table>',
      );
    }
    if (s.list) parts.push(`<ul>${s.list.map((i) => `<li>☐ ${h(i)}</li>`).join('')}</ul>`);
    parts.push('</section>');
  }
  parts.push(`<p class="rb-muted">${h(`${formatTimestamp(now, lang)} · ${r.id}`)}</p></article>`);
  return documentHtml(lang, incidentReportTitle(r, lang), parts.join(''));
}
