// buildRunbook: the per-application DR runbook of SPEC §2.6 as a typed tree. Pure (no I/O, no clock,
// no framework): the same input always gives the same runbook. Texts come from ./i18n (English and
// German, guide wording) and from the rules engine's messages (names, findings); every string is plain
// text — lib/runbook/render-*.ts escape it.
//
// Guide references (English PDF pages): p.3 matrix, p.4 types of outages, p.6 failmode, p.7–8
// degradation solutions (in the order used here), p.8–10 per-integration behaviour, p.11 messaging,
// p.12–13 Auth Proxy logs.
import type { ApplicationAssessment } from '../assess';
import type { CatalogEntry } from '../catalog';
import { CATALOG } from '../catalog';
import {
  criticalityName,
  explainLevel,
  failmodeName,
  findingFix,
  findingMessage,
  findingTitle,
  integrationName,
  levelDegradationAdvice,
  levelName,
} from '../messages';
import type { EffectScenario, Outcome } from '../effects';
import { actionEffect, baseOutcome, resolveFailmode } from '../effects';
import type { ApplicationInput, Lang, RestrictionLevel } from '../types';
import { DEFAULT_POLICY } from '../types';
import { bypassReach, firewallBlastRadius, primaryOnlyApplies, primaryOnlyNeighbours, unreachableBehaviour } from './analysis';
import type { RunbookStrings } from './i18n';
import { formatTimestamp, nameList, runbookStrings, scenarioMethod } from './i18n';
import type {
  AffectedApplication,
  Block,
  KeyValueRow,
  MessageBlock,
  MessageVariant,
  OptionBlock,
  OptionCell,
  OptionId,
  OptionStatus,
  OutageScenario,
  Runbook,
  RunbookFacts,
  RunbookInput,
  Section,
  Step,
} from './types';
import { OUTAGE_SCENARIOS } from './types';

export const STATUS_PAGE_URL = 'https://status.duo.com/';
export const PRIMARY_ONLY_DEFAULT_MINUTES = 60;
export const PRIMARY_ONLY_MAX_MINUTES = 240;
export const PRIMARY_ONLY_LOG_LINE = 'Primary Only Mode - Secondary authentication bypassed';
/** Duo's Auth Proxy source, duoauthproxy/lib/primary_only_manager.py: logged right before the proxy stops. */
export const PRIMARY_ONLY_EXPIRED_LOG_LINE = 'Primary only mode has expired. Stopping proxy';
export const DUO_SUPPORT_URL = 'https://duo.com/support';

/**
 * Commands printed for the Auth Proxy, each seen in Duo's proxy source (4.0.2, public mirror
 * slayer/duoauthproxy-freebsd): usr/local/bin/authproxy_primary_only (-t/--expiration-time; on
 * Windows `net stop|start duoauthproxy`, elsewhere `authproxyctl stop|start`), install
 * (INSTALL_DIR_DEFAULT /opt/duoauthproxy, bin/ links), duoauthproxy/lib/log.py (log_dir default "log":
 * authproxy.log, authevents.log). Windows paths: the guide's default log directory (p.12).
 */
export const AUTH_PROXY_WINDOWS_DIR = 'C:\\Program Files (x86)\\Duo Security Authentication Proxy';
export const AUTH_PROXY_LINUX_DIR = '/opt/duoauthproxy';
export const AUTH_PROXY_COMMANDS = {
  primaryOnlyWindows: (minutes: number) => `"${AUTH_PROXY_WINDOWS_DIR}\\bin\\authproxy_primary_only" -t ${minutes}`,
  primaryOnlyLinux: (minutes: number) => `${AUTH_PROXY_LINUX_DIR}/bin/authproxy_primary_only -t ${minutes}`,
  startWindows: 'net start duoauthproxy',
  startLinux: `${AUTH_PROXY_LINUX_DIR}/bin/authproxyctl start`,
  logSearchLinux: `grep -E "Failmode (Safe|Secure)|Duo login on (preauth|unexpected) failure" ${AUTH_PROXY_LINUX_DIR}/log/authproxy.log ${AUTH_PROXY_LINUX_DIR}/log/authevents.log`,
  logSearchWindows: `Select-String -Path "${AUTH_PROXY_WINDOWS_DIR}\\log\\auth*.log" -Pattern "Failmode (Safe|Secure)|Duo login on (preauth|unexpected) failure"`,
} as const;
export const DUO_UNIX_LOG_SEARCH = 'grep -E "Fail(safe|secure) Duo login" /var/log/auth.log /var/log/secure';

/** Auth Proxy log lines of the guide (p.12–13) and SPEC §2.5; Duo Unix lines of SPEC §2.5. */
export const FAILMODE_LOG_LINES = {
  proxySafe: 'Failmode Safe - Allowed Duo login on preauth failure',
  proxySecure: 'Failmode Secure - Denied Duo login on preauth failure',
  proxySafeLegacy: 'Allowed Duo login on unexpected failure',
  proxySecureLegacy: 'Denied Duo login on unexpected failure',
  unixSafe: 'Failsafe Duo login',
  unixSecure: 'Failsecure Duo login',
} as const;

// ---------------------------------------------------------------------------------------------------
// Ids

/** FNV-1a, 32 bit, hex: a short stable suffix so that different names never share an anchor. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Stable anchor id for an application's runbook: "rb-" + ASCII slug + hash of the exact name. */
export function runbookId(appName: string): string {
  const slug = appName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return `rb-${slug ? `${slug}-` : ''}${fnv1a(appName)}`;
}

export function messageId(rbId: string, variant: MessageVariant): string {
  return `${rbId}-msg-${variant}`;
}

// ---------------------------------------------------------------------------------------------------
// Context

interface Ctx {
  app: ApplicationInput;
  a: ApplicationAssessment;
  entry: CatalogEntry;
  lang: Lang;
  t: RunbookStrings;
  id: string;
  level: RestrictionLevel;
  levelLabel: string;
  paid: boolean;
  /** Policy: message users at the latest after this many minutes. */
  threshold: number;
  facts: RunbookFacts;
}

function para(text: string, tone: 'normal' | 'info' | 'warning' | 'danger' = 'normal'): Block {
  return { kind: 'paragraph', text, tone };
}

function section(kind: Section['kind'], id: string, title: string, blocks: Block[], subsections: Section[] = []): Section {
  return { kind, id, title, blocks, subsections };
}

function names(list: readonly string[], ctx: Ctx): string {
  return list.length === 0 ? ctx.t.none : nameList(list, ctx.lang);
}

/**
 * Lists of other applications in a runbook name at most this many, then "and N more": in a large
 * inventory the firewall blast radius alone would otherwise list every application in every scenario
 * (a 2,000-application inventory made each runbook ~700 kB). The count stays exact.
 */
export const MAX_LISTED_APPLICATIONS = 40;

function capped(labels: readonly string[], ctx: Pick<Ctx, 'lang'>): string {
  if (labels.length <= MAX_LISTED_APPLICATIONS) return labels.join(', ');
  const rest = labels.length - MAX_LISTED_APPLICATIONS;
  return `${labels.slice(0, MAX_LISTED_APPLICATIONS).join(', ')} ${ctx.lang === 'de' ? `und ${rest} weitere` : `and ${rest} more`}`;
}

function withLevels(apps: readonly { name: string; restrictionLevel: RestrictionLevel }[], ctx: Ctx): string {
  if (apps.length === 0) return ctx.t.none;
  return capped(
    apps.map((x) => ctx.t.appWithLevel(x.name, levelName(x.restrictionLevel, ctx.lang))),
    ctx,
  );
}

// ---------------------------------------------------------------------------------------------------
// Option statuses (scenario-independent)

function policyBypassStatus(level: RestrictionLevel, allowed: readonly string[], paid: boolean): OptionStatus | null {
  if (!paid) return null;
  if (level === 'most-restrictive') return 'not-allowed';
  if (level === 'restrictive') return allowed.length > 0 ? 'caution' : 'not-allowed';
  return 'available';
}

function bypassGroupsStatus(allowed: readonly string[], spans: boolean): OptionStatus {
  if (allowed.length === 0) return 'not-allowed';
  return spans ? 'caution' : 'available';
}

function removalStatus(level: RestrictionLevel): OptionStatus {
  return level === 'most-restrictive' ? 'not-allowed' : level === 'restrictive' ? 'caution' : 'available';
}

function primaryOnlyStatus(app: ApplicationInput, level: RestrictionLevel, neighbours: readonly string[]): OptionStatus | null {
  // Not an Auth Proxy section, or one recorded fail secure: Primary Only Mode does nothing for it.
  if (!CATALOG[app.integration].primaryOnlyMode || app.configuredFailmode === 'secure') return null;
  if (level === 'most-restrictive') return 'not-allowed';
  // Not recorded: absent means safe, but the key may say secure — check authproxy.cfg first.
  return level === 'restrictive' || neighbours.length > 0 || !primaryOnlyApplies(app) ? 'caution' : 'available';
}

function firewallStatus(ctx: Pick<Ctx, 'level'>, facts: Pick<RunbookFacts, 'unreachable' | 'firewall'>): OptionStatus {
  const outcome = facts.unreachable.outcome;
  if (outcome === 'opens' && ctx.level === 'most-restrictive') return 'not-allowed';
  if (outcome !== 'opens' || ctx.level === 'restrictive') return 'caution';
  const opensRestricted = facts.firewall.opens.some((x) => x.restrictionLevel !== 'less-restrictive');
  const ssoCloses = facts.firewall.closes.some((x) => x.integration === 'duo-sso');
  return opensRestricted || ssoCloses ? 'caution' : 'available';
}

function switchFailmodeStatus(app: ApplicationInput, level: RestrictionLevel): OptionStatus | null {
  if (CATALOG[app.integration].failmodeControl !== 'setting') return null;
  // Fail safe is the recommendation only for less-restrictive apps (guide p.3).
  return level === 'less-restrictive' ? 'available' : 'not-allowed';
}

/** The guide's order of the degradation solutions (p.7–8), another method first, the failmode switch next. */
const OPTION_ORDER: readonly OptionId[] = [
  'other-method',
  'switch-failmode',
  'policy-bypass',
  'inform-users',
  'bypass-groups',
  'revert-config',
  'primary-only',
  'firewall-block',
];

const EFFECT_ACTION: Partial<Record<OptionId, 'policy-bypass' | 'bypass-group' | 'primary-only' | 'firewall-block'>> = {
  'policy-bypass': 'policy-bypass',
  'bypass-groups': 'bypass-group',
  'primary-only': 'primary-only',
  'firewall-block': 'firewall-block',
};

/**
 * Does this option apply in this scenario? The effect comes from lib/domain/effects.ts (the
 * simulator's rules); the status from the level and the groups.
 */
function optionCell(
  option: OptionId,
  scenario: OutageScenario,
  status: OptionStatus | null,
  app: ApplicationInput,
  paid: boolean,
  noGroups: boolean,
): OptionCell {
  const degraded = scenario !== 'unreachable';
  switch (option) {
    case 'other-method':
      return scenario === 'push-down' || scenario === 'sms-down' || scenario === 'phone-down'
        ? { applies: true, status: 'available' }
        : { applies: false, reason: 'method-only' };
    case 'inform-users':
      return { applies: true, status: 'available' };
    case 'switch-failmode':
      if (degraded) return { applies: false, reason: 'failmode-not-invoked' };
      if (resolveFailmode(app).mode === 'safe') return { applies: false, reason: 'already-safe' };
      return { applies: true, status: status ?? 'not-allowed' };
    case 'revert-config':
      if (baseOutcome(app, { scenario, firewall: false }) === 'allowed-without-2fa') return { applies: false, reason: 'already-allowed' };
      return { applies: true, status: status ?? 'not-allowed' };
    default: {
      const action = EFFECT_ACTION[option]!;
      if (option === 'policy-bypass' && !paid) return { applies: false, reason: 'not-paid-edition' };
      if (status === 'not-allowed')
        return option === 'bypass-groups' && noGroups ? { applies: false, reason: 'no-groups' } : { applies: true, status };
      const e = actionEffect(action, app, scenario as EffectScenario, paid);
      if (e.effect !== 'opens') return { applies: false, reason: e.reason ?? 'already-allowed' };
      return { applies: true, status: status ?? 'available' };
    }
  }
}

function computeFacts(input: RunbookInput, level: RestrictionLevel): RunbookFacts {
  const { application: app, assessment: a, inventory } = input;
  const unreachable = unreachableBehaviour(app);
  const firewall = firewallBlastRadius(inventory, app.name);
  const reach = bypassReach(a.bypassAllowedGroups, app.name, inventory, a.findings);
  const neighbours = CATALOG[app.integration].primaryOnlyMode ? primaryOnlyNeighbours(inventory, app.name) : [];
  const spans = reach.some((r) => r.spansFinding !== null);
  const options: RunbookFacts['options'] = {
    'policy-bypass': policyBypassStatus(level, a.bypassAllowedGroups, input.policy.paidEdition),
    'bypass-groups': bypassGroupsStatus(a.bypassAllowedGroups, spans),
    'revert-config': removalStatus(level),
    'primary-only': primaryOnlyStatus(app, level, neighbours),
    'firewall-block': firewallStatus({ level }, { unreachable, firewall }),
    'switch-failmode': switchFailmodeStatus(app, level),
  };
  const entry = CATALOG[app.integration];
  const noGroups = app.groups.length === 0;
  const matrix = OPTION_ORDER.filter((o) =>
    o === 'primary-only' ? entry.primaryOnlyMode : o === 'switch-failmode' ? options[o] !== null : true,
  ).map((option) => {
    const status = option === 'other-method' || option === 'inform-users' ? 'available' : options[option];
    const cells = Object.fromEntries(
      OUTAGE_SCENARIOS.map((sc) => [sc, optionCell(option, sc, status, app, input.policy.paidEdition, noGroups)]),
    ) as Record<OutageScenario, OptionCell>;
    return { option, cells };
  });
  return { unreachable, firewall, bypassReach: reach, primaryOnlyNeighbours: neighbours, options, matrix };
}

/** Options described in the runbook: those usable in at least one scenario, numbered in the guide's order. */
function describedOptions(facts: RunbookFacts): Map<OptionId, number> {
  const out = new Map<OptionId, number>();
  for (const row of facts.matrix) {
    // Informing users is what the card's message column and the messages section are: no option box.
    if (row.option === 'inform-users') continue;
    if (OUTAGE_SCENARIOS.some((sc) => cellUsable(row.cells[sc]))) out.set(row.option, out.size + 1);
  }
  return out;
}

function cellUsable(c: OptionCell): boolean {
  return c.applies && c.status !== 'not-allowed';
}

// ---------------------------------------------------------------------------------------------------
// Messages

function messageBlock(ctx: Ctx, variant: MessageVariant, id = messageId(ctx.id, variant)): MessageBlock {
  const { t, app } = ctx;
  const body =
    variant === 'fail-safe'
      ? t.msgFailSafe(app.name)
      : variant === 'fail-secure'
        ? t.msgFailSecure(app.name)
        : t.msgMethod(scenarioMethod(variant), app.name);
  return {
    kind: 'message',
    id,
    variant,
    title: t.msgTitle[variant],
    useWhen: t.msgUseWhen[variant],
    subject: t.msgSubject(app.name),
    body,
  };
}

function messageRef(ctx: Ctx, variant: MessageVariant): Block {
  return { kind: 'messageRef', messageId: messageId(ctx.id, variant), label: ctx.t.messageRef(ctx.t.msgTitle[variant]) };
}

/** Subject and body as one plain text, ready for the clipboard. */
export function messagePlainText(m: Pick<MessageBlock, 'subject' | 'body'>, lang: Lang): string {
  return `${lang === 'de' ? 'Betreff' : 'Subject'}: ${m.subject}\n\n${m.body}`;
}

// ---------------------------------------------------------------------------------------------------
// 1. Header

function approvalRows(input: RunbookInput, ctx: Ctx): KeyValueRow[] {
  const { t, lang } = ctx;
  const ap = input.approval;
  const rows: KeyValueRow[] = [
    { key: t.kApproval, value: t.approvalState[ap.state], tone: ap.state === 'approved' ? 'normal' : 'warning' },
  ];
  if (ap.reviewer) rows.push({ key: t.kReviewer, value: ap.reviewer });
  const decided = isoOrNull(ap.decidedAt);
  const expires = isoOrNull(ap.expiresAt);
  if (decided) rows.push({ key: t.kDecidedAt, value: formatTimestamp(decided, lang) });
  if (expires) rows.push({ key: t.kValidUntil, value: formatTimestamp(expires, lang) });
  const reason = ap.reason ?? null;
  if (reason) {
    const text = reason === 'inputs-changed' ? t.reasonInputsChanged : reason === 'interval-passed' ? t.reasonIntervalPassed : reason;
    rows.push({ key: t.kReason, value: text });
  }
  return rows;
}

function isoOrNull(v: string | Date | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  return v;
}

/** Groups of the bypass plan, split: those whose bypass would also open a most-restrictive app stand apart. */
function splitBypass(ctx: Ctx): { clean: string[]; conflicting: { group: string; apps: string[] }[] } {
  const clean: string[] = [];
  const conflicting: { group: string; apps: string[] }[] = [];
  for (const r of ctx.facts.bypassReach) {
    if (r.spansFinding) conflicting.push({ group: r.group, apps: r.spansFinding.relatedApplications });
    else clean.push(r.group);
  }
  return { clean, conflicting };
}

function bypassRows(ctx: Ctx): KeyValueRow[] {
  const { t } = ctx;
  const { clean, conflicting } = splitBypass(ctx);
  const rows: KeyValueRow[] = [{ key: t.kBypassAllowed, value: names(clean, ctx) }];
  if (conflicting.length > 0) {
    rows.push({
      key: t.kBypassConflict,
      value: conflicting.map((c) => t.bypassConflict(nameList([c.group], ctx.lang), nameList(c.apps, ctx.lang))).join('; '),
      tone: 'danger',
    });
  }
  return rows;
}

function headerSection(input: RunbookInput, ctx: Ctx): Section {
  const { t, lang, app, a } = ctx;
  const configured = failmodeName(a.configuredFailmode, lang);
  const recommended = failmodeName(a.recommendedFailmode, lang);
  // The title names the application and the first-response card states what users see now: the
  // overview keeps only what the card does not (issue 12: the runbook stays within 5 A4 pages).
  const rows: KeyValueRow[] = [
    { key: t.kOwner, value: app.owner?.trim() ? app.owner : t.notRecorded },
    // Who to call and how to escalate (issue 18): one line each, so the header keeps its page budget.
    {
      key: t.kOnCall,
      value: app.onCallContact?.trim() ? app.onCallContact : t.notRecorded,
      tone: app.onCallContact?.trim() ? 'normal' : 'warning',
    },
    { key: t.kEscalation, value: app.escalation?.trim() ? app.escalation : t.notRecorded },
    { key: t.kIntegration, value: `${integrationName(app.integration, lang)} (${app.integration})` },
    {
      key: t.kLevel,
      value: `${ctx.levelLabel} · ${criticalityName(app.criticality, lang)}`,
      tone: ctx.level === 'most-restrictive' ? 'danger' : 'normal',
    },
    {
      key: t.kFailmode,
      value: t.failmodeVs(configured, recommended, a.configuredFailmode === a.recommendedFailmode),
      tone: a.configuredFailmode === a.recommendedFailmode ? 'normal' : 'warning',
    },
    ...approvalRows(input, ctx),
    { key: t.kGenerated, value: `${formatTimestamp(input.generatedAt, lang)} · ${t.kFingerprint} ${input.fingerprint}` },
    ...bypassRows(ctx),
    { key: t.kBypassForbidden, value: names(a.bypassForbiddenGroups, ctx) },
  ];
  const blocks: Block[] = [{ kind: 'keyValue', rows }];
  if (input.approval.state !== 'approved') blocks.push(para(t.approvalWarning(t.approvalState[input.approval.state]), 'warning'));
  blocks.push({ kind: 'list', title: t.whyTitle, items: explainLevel(a.why, lang) });
  for (const f of a.findings) {
    // The bypass conflict is stated where it stands: the "bypass only after removing access" row.
    if (f.code === 'BYPASS_GROUP_SPANS_APPS') continue;
    blocks.push({
      kind: 'finding',
      code: f.code,
      severity: f.severity,
      title: findingTitle(f.code, lang),
      message: findingMessage(f, lang),
      // The setting's full description is in the integration notes: not twice on one page.
      fix: findingFix(f, lang).replace(ctx.entry.howToSet[lang], t.seeIntegrationNotes),
    });
  }
  return section('header', `${ctx.id}-header`, t.header, blocks);
}

// ---------------------------------------------------------------------------------------------------
// 2. Duo unreachable (failmode invoked)

function experienceBlocks(ctx: Ctx): Block[] {
  const { t, app, entry, lang } = ctx;
  const integ = entry.displayName[lang];
  const u = ctx.facts.unreachable;
  let text: string;
  let tone: 'warning' | 'danger' | 'info' = 'info';
  if (app.integration === 'duo-sso') {
    text = t.expSso(app.name);
    tone = 'danger';
  } else if (u.outcome === 'opens') {
    tone = 'warning';
    text =
      u.basis === 'default'
        ? t.expOpensDefault(app.name, integ)
        : entry.failmodeControl === 'app-code'
          ? t.expOpensAppCode(app.name)
          : t.expOpens(app.name);
  } else if (u.outcome === 'closes') {
    text =
      u.basis === 'fixed'
        ? entry.defaultAssumed
          ? t.expClosesAssumed(app.name, integ)
          : t.expClosesFixed(app.name, integ)
        : u.basis === 'default'
          ? t.expClosesDefault(app.name, integ)
          : t.expCloses(app.name);
  } else {
    tone = 'warning';
    text = u.basis === 'fixed' ? t.expUnknownFixed(app.name, integ) : t.expUnknownDefault(app.name, integ);
  }
  const blocks: Block[] = [para(text, tone)];
  // Said by the overview's finding when there is one (FAILMODE_OPEN_ON_RESTRICTED): not twice.
  const findingSaysIt = ctx.a.findings.some((f) => f.code === 'FAILMODE_OPEN_ON_RESTRICTED');
  if (u.outcome === 'opens' && ctx.a.recommendedFailmode === 'secure' && !findingSaysIt)
    blocks.push(para(t.expOpenOnRestricted(ctx.levelLabel), 'danger'));
  return blocks;
}

/** null = nothing recorded (show both readings without expectation). */
function expectSafe(ctx: Ctx): boolean | null {
  const c = ctx.app.configuredFailmode;
  return c === 'safe' ? true : c === 'secure' ? false : null;
}

function recogniseBlocks(ctx: Ctx): Block[] {
  const { t, entry, app } = ctx;
  const blocks: Block[] = [];
  if (entry.primaryOnlyMode) {
    const L = FAILMODE_LOG_LINES;
    // One block: the 2.11.0+ lines, then the 2.10.1-and-earlier ones; authevents.log carries the same text.
    const lines = [
      [L.proxySafe, L.proxySecure],
      [L.proxySafeLegacy, L.proxySecureLegacy],
    ].flatMap(([safe, secure]) => (expectSafe(ctx) === null ? [safe, secure] : [expectSafe(ctx) ? safe : secure]));
    blocks.push({ kind: 'code', role: 'log', caption: t.logCaption, lines }, para(t.logExpected(expectSafe(ctx))));
  } else if (app.integration === 'duo-unix') {
    blocks.push(
      { kind: 'code', role: 'log', caption: t.unixLogCaption, lines: [FAILMODE_LOG_LINES.unixSafe, FAILMODE_LOG_LINES.unixSecure] },
      para(t.unixExpected(expectSafe(ctx))),
    );
  } else if (entry.failmodeControl === 'app-code') {
    blocks.push(para(t.recogniseAppCode));
  } else {
    blocks.push(para(t.recogniseOther));
  }
  return blocks;
}

function unreachableActionSteps(ctx: Ctx): Step[] {
  const { t, entry, a, lang } = ctx;
  const u = ctx.facts.unreachable;
  const steps: Step[] = [{ text: entry.primaryOnlyMode || ctx.app.integration === 'duo-unix' ? t.actConfirmLogs : t.actConfirmTest }];
  if (u.outcome === 'opens') {
    steps.push({ text: t.actOpensMonitor });
    if (a.recommendedFailmode === 'secure') steps.push({ text: t.actOpensRestricted });
  } else {
    if (u.outcome === 'unknown') steps.push({ text: t.actUnknown(entry.howToSet[lang]) });
    if (ctx.level === 'most-restrictive') steps.push({ text: t.actClosesMost });
    else if (ctx.level === 'restrictive' && a.bypassAllowedGroups.length === 0) steps.push({ text: t.actClosesRestrictiveNone });
  }
  const usable = optionList(ctx, 'unreachable');
  if (usable) steps.push({ text: t.actOptions(usable) });
  steps.push({ text: t.actMessage });
  steps.push({ text: t.actWhenBack });
  return steps;
}

/** "2. Policy bypass, 5. Take Duo out" — the usable options of a scenario, by number; '' when none. */
function optionList(ctx: Ctx, scenario: OutageScenario): string {
  const numbers = describedOptions(ctx.facts);
  return ctx.facts.matrix
    .filter((row) => row.option !== 'inform-users' && cellUsable(row.cells[scenario]))
    .map((row) => {
      const c = row.cells[scenario];
      const careful = c.applies && c.status === 'caution' ? ' ⚠' : '';
      return `${numbers.get(row.option)} ${ctx.t.optShort[row.option]}${careful}`;
    })
    .join(' · ');
}

function unreachableSection(ctx: Ctx): Section {
  const { t } = ctx;
  const u = ctx.facts.unreachable;
  const refs: Block[] =
    u.outcome === 'opens'
      ? [messageRef(ctx, 'fail-safe')]
      : u.outcome === 'closes'
        ? [messageRef(ctx, 'fail-secure')]
        : [messageRef(ctx, 'fail-secure'), messageRef(ctx, 'fail-safe')];
  const base = `${ctx.id}-unreachable`;
  return section(
    'unreachable',
    base,
    t.unreachable,
    [],
    [
      section('part', `${base}-experience`, t.partExperience, experienceBlocks(ctx)),
      ...(recogniseBlocks(ctx).length > 0 ? [section('part', `${base}-recognise`, t.partRecognise, recogniseBlocks(ctx))] : []),
      section('part', `${base}-actions`, t.partActions, [{ kind: 'steps', items: unreachableActionSteps(ctx) }, ...refs]),
    ],
  );
}

// ---------------------------------------------------------------------------------------------------
// 3. Duo degraded (failmode not invoked): the options, in the guide's order (p.7–8)

type OptionDraft = Omit<OptionBlock, 'ordinal' | 'kind'>;

function draft(
  option: OptionId,
  status: OptionStatus,
  title: string,
  fields: Partial<Pick<OptionBlock, 'statusNote' | 'how' | 'whatItDoes' | 'revert' | 'warnings' | 'blocks'>>,
): OptionDraft {
  // A not-allowed option keeps its title and the reason, never the instructions.
  if (status === 'not-allowed') {
    return {
      option,
      status,
      title,
      statusNote: fields.statusNote,
      how: '',
      whatItDoes: fields.whatItDoes ?? '',
      revert: '',
      warnings: [],
      blocks: fields.blocks ?? [],
    };
  }
  return {
    option,
    status,
    title,
    statusNote: fields.statusNote,
    how: fields.how ?? '',
    whatItDoes: fields.whatItDoes ?? '',
    revert: fields.revert ?? '',
    warnings: fields.warnings ?? [],
    blocks: fields.blocks ?? [],
  };
}

// Undoing an option is said once, in the revert checklist; only Primary Only Mode (the proxy stops at
// expiry) and the firewall block (when to lift it) keep a revert line where they are described.

function otherMethodOption(ctx: Ctx): OptionDraft {
  const { t } = ctx;
  return draft('other-method', 'available', t.optOtherMethodAny, {
    how: t.otherMethodHowAny,
    whatItDoes: t.otherMethodWhatAny,
  });
}

function switchFailmodeOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, entry, lang } = ctx;
  return draft('switch-failmode', status, t.optSwitchFailmode, {
    how: t.switchHow(entry.howToSet[lang]),
    whatItDoes: t.switchWhat,
  });
}

function policyBypassOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, a, app } = ctx;
  const restrictive = ctx.level === 'restrictive';
  return draft('policy-bypass', status, t.optPolicy, {
    statusNote:
      ctx.level === 'most-restrictive' ? t.policyNotAllowedMost : status === 'not-allowed' ? t.policyNotAllowedNoGroups : undefined,
    how: restrictive
      ? t.policyHowGroups(app.name, names(a.bypassAllowedGroups, ctx), names(a.bypassForbiddenGroups, ctx))
      : t.policyHow(app.name),
    whatItDoes: t.policyWhat,
    warnings: restrictive && a.bypassForbiddenGroups.length > 0 ? [t.policyRestrictiveWarning(names(a.bypassForbiddenGroups, ctx))] : [],
  });
}

function informUsersOption(ctx: Ctx): OptionDraft {
  const { t } = ctx;
  return draft('inform-users', 'available', t.optInform, {
    how: t.informHow,
    whatItDoes: t.informWhat,
    blocks: [messageRef(ctx, 'fail-secure'), messageRef(ctx, 'fail-safe'), { kind: 'link', label: 'status.duo.com', url: STATUS_PAGE_URL }],
  });
}

function bypassGroupsOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, a, lang } = ctx;
  const forbidden: Block[] =
    a.bypassForbiddenGroups.length > 0 ? [para(t.bypassForbiddenList(names(a.bypassForbiddenGroups, ctx)), 'danger')] : [];
  if (status === 'not-allowed') {
    const noGroups = a.bypassAllowedGroups.length === 0 && a.bypassForbiddenGroups.length === 0;
    return draft('bypass-groups', status, t.optBypass, {
      statusNote: noGroups
        ? t.bypassNoGroups
        : ctx.level === 'most-restrictive'
          ? t.bypassNotAllowedMost(levelDegradationAdvice('most-restrictive', lang))
          : t.bypassNotAllowedNone,
      blocks: forbidden,
    });
  }
  const reachRows: KeyValueRow[] = ctx.facts.bypassReach.map((r) => ({
    key: r.group,
    value: r.otherApplications.length === 0 ? t.bypassReachNone : withLevels(r.otherApplications, ctx),
    tone: r.spansFinding ? 'danger' : 'normal',
  }));
  // The full BYPASS_GROUP_SPANS_APPS finding stands in the overview; here the short form.
  const warnings = splitBypass(ctx).conflicting.map((c) => t.bypassConflictWarning(nameList([c.group], lang), nameList(c.apps, lang)));
  const { clean } = splitBypass(ctx);
  return draft('bypass-groups', status, t.optBypass, {
    how: t.bypassHow(names(clean.length > 0 ? clean : a.bypassAllowedGroups, ctx)),
    whatItDoes: t.bypassWhat,
    warnings,
    blocks: [{ kind: 'keyValue', title: t.bypassReachTitle, rows: reachRows }, ...forbidden],
  });
}

function revertConfigOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, entry, lang, a } = ctx;
  const warnings: string[] = [];
  if (ctx.level === 'restrictive')
    warnings.push(t.removesForEveryone(a.bypassForbiddenGroups.length > 0 ? names(a.bypassForbiddenGroups, ctx) : ''));
  if (ctx.app.integration === 'duo-sso') warnings.push(t.ssoLastResort);
  return draft('revert-config', status, t.optRevertConfig, {
    statusNote: status === 'not-allowed' ? t.revertConfigNotAllowed : undefined,
    how: t.revertConfigHow(entry.drRemoval[lang]),
    whatItDoes: t.revertConfigWhat,
    warnings,
    blocks: status === 'not-allowed' ? [] : [{ kind: 'link', label: entry.docUrl.replace(/^https:\/\//, ''), url: entry.docUrl }],
  });
}

function primaryOnlyOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, a } = ctx;
  const warnings: string[] = [];
  if (ctx.facts.primaryOnlyNeighbours.length > 0) warnings.push(t.primaryNeighbours(names(ctx.facts.primaryOnlyNeighbours, ctx)));
  if (ctx.level === 'restrictive')
    warnings.push(t.removesForEveryone(a.bypassForbiddenGroups.length > 0 ? names(a.bypassForbiddenGroups, ctx) : ''));
  if (!primaryOnlyApplies(ctx.app)) warnings.push(t.primaryUnrecorded);
  const m = PRIMARY_ONLY_DEFAULT_MINUTES;
  const C = AUTH_PROXY_COMMANDS;
  return draft('primary-only', status, t.optPrimaryOnly, {
    statusNote: status === 'not-allowed' ? t.primaryNotAllowed : undefined,
    how: t.primaryHow(m, PRIMARY_ONLY_MAX_MINUTES),
    whatItDoes: t.primaryWhat,
    revert: t.primaryRevert,
    warnings,
    blocks:
      status === 'not-allowed'
        ? []
        : [
            {
              kind: 'code',
              role: 'command',
              caption: `${t.primaryWinCaption}; ${t.primaryLinuxCaption}`,
              lines: [C.primaryOnlyWindows(m), C.primaryOnlyLinux(m)],
            },
            para(t.primaryExpiry(m), 'warning'),
            { kind: 'code', role: 'log', caption: t.primaryLogsCaption, lines: [PRIMARY_ONLY_LOG_LINE, PRIMARY_ONLY_EXPIRED_LOG_LINE] },
            { kind: 'code', role: 'command', caption: t.primaryRestartCaption, lines: [C.startWindows, C.startLinux] },
          ],
  });
}

function affectedLabel(x: AffectedApplication, ctx: Ctx): string {
  const base = ctx.t.appWithLevel(x.name, levelName(x.restrictionLevel, ctx.lang));
  return x.behaviour.basis === 'default' ? base + ctx.t.defaultNote : base;
}

function firewallOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, app } = ctx;
  const fw = ctx.facts.firewall;
  const list = (xs: AffectedApplication[]) =>
    xs.length === 0
      ? t.none
      : capped(
          xs.map((x) => affectedLabel(x, ctx)),
          ctx,
        );
  const warnings: string[] = [];
  const opensRestricted = fw.opens.filter((x) => x.restrictionLevel !== 'less-restrictive').map((x) => x.name);
  if (opensRestricted.length > 0) warnings.push(t.firewallOpensRestricted(names(opensRestricted, ctx)));
  const sso = fw.cloud.filter((x) => x.integration === 'duo-sso').map((x) => x.name);
  if (sso.length > 0) warnings.push(t.firewallSso(names(sso, ctx)));
  warnings.push(t.firewallDisproportionate);
  const thisApp = t.firewallThisApp[ctx.facts.unreachable.outcome](app.name);
  return draft('firewall-block', status, t.optFirewall, {
    statusNote: status === 'not-allowed' ? t.firewallNotAllowed : undefined,
    how: t.firewallHow,
    whatItDoes: `${t.firewallWhat} ${thisApp}`,
    revert: t.firewallRevert,
    warnings,
    blocks: [
      {
        kind: 'keyValue',
        title: t.blastTitle,
        rows: [
          {
            key: t.blastOpens,
            value: list(fw.opens),
            tone: opensRestricted.length > 0 ? 'danger' : fw.opens.length > 0 ? 'warning' : 'normal',
          },
          { key: t.blastCloses, value: list(fw.closes) },
          { key: t.blastUnknown, value: list(fw.unknown), tone: fw.unknown.length > 0 ? 'warning' : 'normal' },
          ...(fw.cloud.length > 0 ? [{ key: t.blastCloud, value: list(fw.cloud) }] : []),
        ],
      },
      para(t.blastEgress),
      { kind: 'link', label: 'status.duo.com', url: STATUS_PAGE_URL },
    ],
  });
}

const METHOD_DOWN: readonly OutageScenario[] = ['push-down', 'sms-down', 'phone-down'];

/**
 * The scenarios shown as columns/rows: push, SMS and phone down are one "one method down" column when
 * every option behaves the same in the three (it always does today: the effects do not depend on
 * which method fails), so the runbook does not print the same thing three times.
 */
function shownScenarios(facts: RunbookFacts): OutageScenario[] {
  const same = facts.matrix.every((row) =>
    METHOD_DOWN.every((sc) => JSON.stringify(row.cells[sc]) === JSON.stringify(row.cells['push-down'])),
  );
  return same ? ['unreachable', 'auth-not-completing', 'push-down'] : [...OUTAGE_SCENARIOS];
}

function scenarioLabel(ctx: Ctx, sc: OutageScenario, merged: boolean): string {
  return merged && sc === 'push-down' ? ctx.t.methodDownShort : ctx.t.scenarioShort[sc];
}

function cellText(ctx: Ctx, c: OptionCell): string {
  if (!c.applies) return ctx.t.noEffect[c.reason] ?? c.reason;
  return ctx.t.cell[c.status];
}

/** Rows = options relevant to this integration, columns = the five outage scenarios. */
function matrixBlock(ctx: Ctx): Block {
  const { t } = ctx;
  const numbers = describedOptions(ctx.facts);
  const shown = shownScenarios(ctx.facts);
  const merged = shown.length === 3;
  return {
    kind: 'table',
    title: t.matrixTitle,
    head: [t.matrixOption, ...shown.map((sc) => scenarioLabel(ctx, sc, merged))],
    // Informing users is always right (the card's message column): no row of its own.
    rows: ctx.facts.matrix
      .filter((row) => row.option !== 'inform-users')
      .map((row) => {
        const n = numbers.get(row.option);
        return {
          cells: [`${n ? `${n}. ` : ''}${t.optShort[row.option]}`, ...shown.map((sc) => cellText(ctx, row.cells[sc]))],
          tone: n ? 'normal' : 'info',
        };
      }),
  };
}

function optionDraft(ctx: Ctx, option: OptionId, status: OptionStatus): OptionDraft {
  switch (option) {
    case 'other-method':
      return otherMethodOption(ctx);
    case 'switch-failmode':
      return switchFailmodeOption(ctx, status);
    case 'policy-bypass':
      return policyBypassOption(ctx, status);
    case 'inform-users':
      return informUsersOption(ctx);
    case 'bypass-groups':
      return bypassGroupsOption(ctx, status);
    case 'revert-config':
      return revertConfigOption(ctx, status);
    case 'primary-only':
      return primaryOnlyOption(ctx, status);
    case 'firewall-block':
      return firewallOption(ctx, status);
  }
}

/** Each usable option once, numbered as in the matrix and on the first-response card. */
function optionsSection(ctx: Ctx): Section {
  const numbers = describedOptions(ctx.facts);
  const blocks: Block[] = [];
  for (const row of ctx.facts.matrix) {
    const n = numbers.get(row.option);
    if (!n) continue;
    // The strictest status of the scenarios where it is usable (caution wins over available).
    const statuses = OUTAGE_SCENARIOS.map((sc) => row.cells[sc]).filter(cellUsable);
    const status: OptionStatus = statuses.some((c) => c.applies && c.status === 'caution') ? 'caution' : 'available';
    blocks.push({ kind: 'option', ordinal: n, ...optionDraft(ctx, row.option, status) });
  }
  return section('options', `${ctx.id}-options`, ctx.t.optionsTitle, blocks);
}

function degradedSection(ctx: Ctx): Section {
  const { t, lang } = ctx;
  const blocks: Block[] = [para(t.degradedIntro), para(t.degradedSolutions)];
  // The guide's bypass rule for the level is stated group by group in the overview; here only for
  // less-restrictive applications, where it says everyone may be bypassed.
  if (ctx.level === 'less-restrictive') blocks.push(para(t.levelAdvice(ctx.levelLabel, levelDegradationAdvice(ctx.level, lang)), 'info'));
  if (ctx.entry.primaryOnlyMode) blocks.push(para(t.degradedProxyTimeout, 'info'));
  blocks.push(matrixBlock(ctx));
  return section('degraded', `${ctx.id}-degraded`, t.degraded, blocks);
}

// ---------------------------------------------------------------------------------------------------
// 0. First-response card (page 1)

function usersNow(ctx: Ctx, scenario: OutageScenario): string {
  const outcome: Outcome = baseOutcome(ctx.app, { scenario, firewall: false });
  const f = resolveFailmode(ctx.app);
  const assumed = scenario === 'unreachable' && (f.assumed !== null || ctx.entry.defaultAssumed);
  return ctx.t.usersNow[outcome] + (assumed ? ctx.t.usersNowAssumed : '');
}

function scenarioMessage(ctx: Ctx, scenario: OutageScenario): MessageVariant {
  if (scenario === 'unreachable') return ctx.facts.unreachable.outcome === 'opens' ? 'fail-safe' : 'fail-secure';
  if (scenario === 'auth-not-completing') return 'fail-secure';
  return scenario;
}

function nothingToDo(ctx: Ctx, outcome: Outcome): string {
  if (outcome !== 'allowed-without-2fa') return ctx.t.frNothing;
  return ctx.a.recommendedFailmode === 'secure' ? ctx.t.frOpenRestricted : ctx.t.frOpen;
}

function firstResponseSection(ctx: Ctx): Section {
  const { t, app } = ctx;
  // The on-call contact, where one is recorded, is who to call first; otherwise the owner.
  const onCall = app.onCallContact?.trim() ? app.onCallContact : null;
  const owner = onCall ?? (app.owner?.trim() ? app.owner : t.notRecorded);
  const timers =
    t.timers(ctx.threshold) + (ctx.entry.primaryOnlyMode ? t.timersPrimary(PRIMARY_ONLY_DEFAULT_MINUTES, PRIMARY_ONLY_MAX_MINUTES) : '');
  const blocks: Block[] = [
    {
      kind: 'keyValue',
      rows: [
        { key: onCall ? t.kCallOnCall : t.kCall, value: owner, tone: onCall || app.owner?.trim() ? 'normal' : 'warning' },
        {
          key: t.kLevel,
          value: `${ctx.levelLabel} · ${criticalityName(app.criticality, ctx.lang)}`,
          tone: ctx.level === 'most-restrictive' ? 'danger' : 'normal',
        },
        { key: t.kMessageAt, value: app.criticality === 'critical' ? t.messageAtCritical(ctx.threshold) : t.messageAt(ctx.threshold) },
        { key: t.kTimers, value: timers },
      ],
    },
    { kind: 'steps', title: t.identifyTitle, items: t.identifySteps.map((text) => ({ text })) },
  ];
  if (ctx.entry.primaryOnlyMode) {
    blocks.push({
      kind: 'code',
      role: 'command',
      caption: `${t.identifyLogs} ${t.logSearchLinux}`,
      lines: [AUTH_PROXY_COMMANDS.logSearchLinux],
    });
    blocks.push({ kind: 'code', role: 'command', caption: t.logSearchWindows, lines: [AUTH_PROXY_COMMANDS.logSearchWindows] });
  } else if (app.integration === 'duo-unix') {
    blocks.push({ kind: 'code', role: 'command', caption: t.identifyLogs, lines: [DUO_UNIX_LOG_SEARCH] });
  }
  const shown = shownScenarios(ctx.facts);
  const merged = shown.length === 3;
  blocks.push({
    kind: 'table',
    title: t.frTableTitle,
    head: [...t.frHead],
    rows: shown.map((sc) => {
      const outcome = baseOutcome(app, { scenario: sc, firewall: false });
      const message =
        merged && sc === 'push-down'
          ? METHOD_DOWN.map((m) => t.msgTitle[scenarioMessage(ctx, m)]).join(' / ')
          : t.msgTitle[scenarioMessage(ctx, sc)];
      return {
        cells: [scenarioLabel(ctx, sc, merged), usersNow(ctx, sc), optionList(ctx, sc) || nothingToDo(ctx, outcome), message],
        tone: outcome === 'allowed-without-2fa' ? 'warning' : outcome === 'denied' ? 'danger' : 'normal',
      };
    }),
  });
  blocks.push({ kind: 'link', label: 'status.duo.com', url: STATUS_PAGE_URL }, { kind: 'link', label: t.duoSupport, url: DUO_SUPPORT_URL });
  return section('first-response', `${ctx.id}-first`, t.firstResponse, blocks);
}

// ---------------------------------------------------------------------------------------------------
// 4. Integration notes

function integrationSection(ctx: Ctx): Section {
  const { t, entry, lang, app } = ctx;
  const blocks: Block[] = [
    {
      kind: 'keyValue',
      rows: [
        { key: t.kControl, value: t.control[entry.failmodeControl] },
        { key: t.kHowToSet, value: entry.howToSet[lang] },
        { key: t.kDefault, value: t.defaultText[entry.defaultWhenUnreachable] },
        // The removal procedure is option "Take Duo out" when the runbook describes it.
        ...(ctx.facts.matrix.some((r) => r.option === 'revert-config' && OUTAGE_SCENARIOS.some((sc) => cellUsable(r.cells[sc])))
          ? []
          : [{ key: t.kDrRemoval, value: entry.drRemoval[lang] }]),
      ],
    },
  ];
  // The Auth Proxy notes (preauth caveat, log lines, Primary Only Mode) stand in this runbook's own
  // sections already: printing them again would repeat them word for word.
  if (entry.notes.length > 0 && !entry.primaryOnlyMode)
    blocks.push({ kind: 'list', title: t.catalogNotes, items: entry.notes.map((n) => n[lang]) });
  const testsFailOpen = entry.customFailOpen === 'always' || (entry.customFailOpen === 'when-safe' && app.configuredFailmode === 'safe');
  if (entry.failmodeControl === 'app-code' || testsFailOpen) {
    const items: Step[] = [
      { text: t.testPing, code: ['GET https://API-HOSTNAME/auth/v2/ping'] },
      { text: t.testCheck, code: ['GET https://API-HOSTNAME/auth/v2/check'] },
    ];
    if (app.integration === 'websdk-v4') items.push({ text: t.testHealthCheck });
    items.push({ text: t.testSimulate });
    blocks.push({ kind: 'steps', title: t.testFailOpenTitle, items });
  }
  if (app.notes?.trim()) blocks.push({ kind: 'list', title: t.appNotes, items: [app.notes] });
  blocks.push({ kind: 'link', label: `${t.kDocs}: ${entry.docUrl.replace(/^https:\/\//, '')}`, url: entry.docUrl });
  return section('integration', `${ctx.id}-integration`, t.integration(entry.displayName[lang]), blocks);
}

// ---------------------------------------------------------------------------------------------------
// 5. End-user messages, 6. When to message, 7. Revert checklist

function messagesSection(ctx: Ctx): Section {
  const variants: MessageVariant[] = ['fail-safe', 'fail-secure', 'push-down', 'sms-down', 'phone-down'];
  return section('messages', `${ctx.id}-messages`, ctx.t.messages, [
    para(ctx.t.messagesIntro),
    ...variants.map((v) => messageBlock(ctx, v)),
  ]);
}

function whenSection(ctx: Ctx): Section {
  const { t, app, lang } = ctx;
  const crit = app.criticality;
  return section('when-to-message', `${ctx.id}-when`, t.whenToMessage, [
    // Critical: the guide's criticality rule below says it (and the first-response card: now).
    ...(crit === 'critical'
      ? []
      : [
          para(
            t.whenTailoredOther(app.name, criticalityName(crit, lang).toLowerCase(), ctx.threshold),
            crit === 'high' ? 'warning' : 'info',
          ),
        ]),
    para(t.whenConsider(ctx.threshold)),
    { kind: 'list', title: t.whenRulesTitle, items: [...t.whenRules] },
  ]);
}

function usable(s: OptionStatus | null): boolean {
  return s === 'available' || s === 'caution';
}

function revertSection(ctx: Ctx): Section {
  const { t, app, a } = ctx;
  const o = ctx.facts.options;
  const items: Step[] = [];
  const described = describedOptions(ctx.facts);
  if (described.has('switch-failmode')) items.push({ text: t.switchRevert });
  if (usable(o['policy-bypass'])) items.push({ text: t.revPolicy(app.name) });
  if (usable(o['bypass-groups'])) items.push({ text: t.revBypass(names(a.bypassAllowedGroups, ctx)) });
  // The start commands are printed once, in the Primary Only Mode option.
  if (described.has('primary-only')) items.push({ text: t.revPrimary(described.get('primary-only')!) });
  if (described.has('firewall-block')) items.push({ text: t.revFirewall });
  if (usable(o['revert-config'])) items.push({ text: t.revConfig(app.name) });
  items.push({ text: t.revTestLogin(app.name) }, { text: t.revTellUsers }, { text: t.revRecord });
  return section('revert', `${ctx.id}-revert`, t.revert, [para(t.revertIntro), { kind: 'steps', items }]);
}

// ---------------------------------------------------------------------------------------------------

function contextOf(input: RunbookInput): Ctx {
  const { application: app, assessment: a, lang } = input;
  const level = a.restrictionLevel;
  const t = runbookStrings(lang);
  const id = runbookId(app.name);
  return {
    app,
    a,
    entry: CATALOG[app.integration],
    lang,
    t,
    id,
    level,
    levelLabel: levelName(level, lang),
    paid: input.policy.paidEdition,
    threshold: input.policy.messagingThresholdMinutes ?? DEFAULT_POLICY.messagingThresholdMinutes,
    facts: computeFacts(input, level),
  };
}

/**
 * The first-response card of one application for one outage scenario, as a checklist (issue 16,
 * incident mode): how to confirm the outage, what users experience now, the options in the card's
 * order, and the message to send (the same message block as the runbook's "End-user messages").
 */
export function firstResponseChecklist(input: RunbookInput, scenario: OutageScenario): { steps: string[]; message: MessageBlock } {
  const ctx = contextOf(input);
  const { t, app } = ctx;
  const confirm =
    scenario === 'unreachable' ? t.identifySteps[1] : scenario === 'auth-not-completing' ? t.identifySteps[2] : t.identifySteps[3];
  const outcome: Outcome = baseOutcome(app, { scenario, firewall: false });
  const variant = scenarioMessage(ctx, scenario);
  return {
    steps: [
      confirm,
      `${t.frHead[1]}: ${usersNow(ctx, scenario)}`,
      `${t.frHead[2]}: ${optionList(ctx, scenario) || nothingToDo(ctx, outcome)}`,
      `${t.frHead[3]}: ${t.msgTitle[variant]}`,
    ],
    message: messageBlock(ctx, variant),
  };
}

/** The DR runbook of one application (SPEC §2.6). */
export function buildRunbook(input: RunbookInput): Runbook {
  const ctx = contextOf(input);
  const { application: app, lang } = input;
  const { t, id, level, a } = ctx;
  return {
    schemaVersion: 1,
    id,
    lang,
    title: t.runbookTitle(app.name),
    application: {
      name: app.name,
      owner: app.owner?.trim() ? app.owner : null,
      integration: app.integration,
      integrationName: integrationName(app.integration, lang),
      restrictionLevel: level,
      criticality: app.criticality,
      configuredFailmode: a.configuredFailmode,
      recommendedFailmode: a.recommendedFailmode,
    },
    approval: {
      state: input.approval.state,
      reviewer: input.approval.reviewer,
      decidedAt: isoOrNull(input.approval.decidedAt),
      expiresAt: isoOrNull(input.approval.expiresAt),
      reason: input.approval.reason ?? null,
    },
    generatedAt: input.generatedAt,
    fingerprint: input.fingerprint,
    facts: ctx.facts,
    sections: [
      firstResponseSection(ctx),
      headerSection(input, ctx),
      unreachableSection(ctx),
      degradedSection(ctx),
      optionsSection(ctx),
      integrationSection(ctx),
      messagesSection(ctx),
      whenSection(ctx),
      revertSection(ctx),
    ],
  };
}

export interface InventoryRunbooksInput {
  applications: readonly (ApplicationInput & { owner?: string })[];
  /** assessInventory(...).applications for the same applications (matched by name). */
  assessments: readonly ApplicationAssessment[];
  policy: RunbookInput['policy'];
  /** Review state per application name (unreviewed when absent). */
  approvalOf: (appName: string) => RunbookInput['approval'] | undefined;
  /** Fingerprint shown in the header, per application (e.g. its review fingerprint). */
  fingerprintOf: (appName: string) => string;
  generatedAt: string;
  lang: Lang;
}

const UNREVIEWED: RunbookInput['approval'] = { state: 'unreviewed', reviewer: null, decidedAt: null, expiresAt: null };

/** Runbooks of every application of an inventory, in inventory order (for the binder). */
export function buildRunbooks(input: InventoryRunbooksInput): Runbook[] {
  const byName = new Map(input.assessments.map((a) => [a.name, a]));
  const inventory = { applications: input.applications, assessments: input.assessments };
  const out: Runbook[] = [];
  for (const application of input.applications) {
    const assessment = byName.get(application.name);
    if (!assessment) continue;
    out.push(
      buildRunbook({
        application,
        assessment,
        inventory,
        policy: input.policy,
        approval: input.approvalOf(application.name) ?? UNREVIEWED,
        generatedAt: input.generatedAt,
        fingerprint: input.fingerprintOf(application.name),
        lang: input.lang,
      }),
    );
  }
  return out;
}
