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
import type { ApplicationInput, Lang, RestrictionLevel } from '../types';
import {
  bypassReach,
  firewallBlastRadius,
  primaryOnlyApplies,
  primaryOnlyNeighbours,
  unreachableBehaviour,
} from './analysis';
import type { RunbookStrings } from './i18n';
import { alternativeMethods, formatTimestamp, nameList, runbookStrings, scenarioMethod } from './i18n';
import type {
  AffectedApplication,
  Block,
  KeyValueRow,
  MessageBlock,
  MessageVariant,
  OptionBlock,
  OptionId,
  OptionStatus,
  Runbook,
  RunbookFacts,
  RunbookInput,
  Scenario,
  Section,
  Step,
} from './types';
import { SCENARIOS } from './types';

export const STATUS_PAGE_URL = 'https://status.duo.com/';
export const DUO_DOCS_URL = 'https://duo.com/docs';
export const PRIMARY_ONLY_DEFAULT_MINUTES = 60;
export const PRIMARY_ONLY_MAX_MINUTES = 240;
export const PRIMARY_ONLY_LOG_LINE = 'Primary Only Mode - Secondary authentication bypassed';

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
  facts: RunbookFacts;
}

const nonNull = <T>(x: T | null | undefined | false): x is T => x !== null && x !== undefined && x !== false;

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
  return capped(apps.map((x) => ctx.t.appWithLevel(x.name, levelName(x.restrictionLevel, ctx.lang))), ctx);
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
  if (!primaryOnlyApplies(app)) return null;
  if (level === 'most-restrictive') return 'not-allowed';
  return level === 'restrictive' || neighbours.length > 0 ? 'caution' : 'available';
}

function firewallStatus(ctx: Pick<Ctx, 'level'>, facts: Pick<RunbookFacts, 'unreachable' | 'firewall'>): OptionStatus {
  const outcome = facts.unreachable.outcome;
  if (outcome === 'opens' && ctx.level === 'most-restrictive') return 'not-allowed';
  if (outcome !== 'opens' || ctx.level === 'restrictive') return 'caution';
  const opensRestricted = facts.firewall.opens.some((x) => x.restrictionLevel !== 'less-restrictive');
  const ssoCloses = facts.firewall.closes.some((x) => x.integration === 'duo-sso');
  return opensRestricted || ssoCloses ? 'caution' : 'available';
}

function computeFacts(input: RunbookInput, level: RestrictionLevel): RunbookFacts {
  const { application: app, assessment: a, inventory } = input;
  const unreachable = unreachableBehaviour(app);
  const firewall = firewallBlastRadius(inventory, app.name);
  const reach = bypassReach(a.bypassAllowedGroups, app.name, inventory, a.findings);
  const neighbours = CATALOG[app.integration].primaryOnlyMode ? primaryOnlyNeighbours(inventory, app.name) : [];
  const spans = reach.some((r) => r.spansFinding !== null);
  return {
    unreachable,
    firewall,
    bypassReach: reach,
    primaryOnlyNeighbours: neighbours,
    options: {
      'policy-bypass': policyBypassStatus(level, a.bypassAllowedGroups, input.policy.paidEdition),
      'bypass-groups': bypassGroupsStatus(a.bypassAllowedGroups, spans),
      'revert-config': removalStatus(level),
      'primary-only': primaryOnlyStatus(app, level, neighbours),
      'firewall-block': firewallStatus({ level }, { unreachable, firewall }),
    },
  };
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

function outcomeText(ctx: Ctx): string {
  const { t } = ctx;
  const u = ctx.facts.unreachable;
  const what = u.outcome === 'opens' ? t.outcomeOpens : u.outcome === 'closes' ? t.outcomeCloses : t.outcomeUnknown;
  const basis = u.basis === 'default' ? t.basisDefault : u.basis === 'fixed' ? t.basisFixed : '';
  return what + basis;
}

function headerSection(input: RunbookInput, ctx: Ctx): Section {
  const { t, lang, app, a } = ctx;
  const configured = failmodeName(a.configuredFailmode, lang);
  const recommended = failmodeName(a.recommendedFailmode, lang);
  const rows: KeyValueRow[] = [
    { key: t.kApplication, value: app.name },
    { key: t.kOwner, value: app.owner?.trim() ? app.owner : t.notRecorded },
    { key: t.kIntegration, value: `${integrationName(app.integration, lang)} (${app.integration})` },
    { key: t.kLevel, value: ctx.levelLabel, tone: ctx.level === 'most-restrictive' ? 'danger' : 'normal' },
    { key: t.kCriticality, value: criticalityName(app.criticality, lang) },
    {
      key: t.kFailmode,
      value: t.failmodeVs(configured, recommended, a.configuredFailmode === a.recommendedFailmode),
      tone: a.configuredFailmode === a.recommendedFailmode ? 'normal' : 'warning',
    },
    { key: t.kUnreachableOutcome, value: outcomeText(ctx), tone: ctx.facts.unreachable.outcome === 'unknown' ? 'warning' : 'normal' },
    ...approvalRows(input, ctx),
    { key: t.kGenerated, value: formatTimestamp(input.generatedAt, lang) },
    { key: t.kFingerprint, value: input.fingerprint },
    { key: t.kBypassAllowed, value: names(a.bypassAllowedGroups, ctx) },
    { key: t.kBypassForbidden, value: names(a.bypassForbiddenGroups, ctx) },
  ];
  const blocks: Block[] = [{ kind: 'keyValue', rows }];
  if (input.approval.state !== 'approved') blocks.push(para(t.approvalWarning(t.approvalState[input.approval.state]), 'warning'));
  blocks.push({ kind: 'list', title: t.whyTitle, items: explainLevel(a.why, lang) });
  for (const f of a.findings) {
    blocks.push({
      kind: 'finding',
      code: f.code,
      severity: f.severity,
      title: findingTitle(f.code, lang),
      message: findingMessage(f, lang),
      fix: findingFix(f, lang),
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
    text = u.basis === 'fixed' ? t.expClosesFixed(app.name, integ) : u.basis === 'default' ? t.expClosesDefault(app.name, integ) : t.expCloses(app.name);
  } else {
    tone = 'warning';
    text = u.basis === 'fixed' ? t.expUnknownFixed(app.name, integ) : t.expUnknownDefault(app.name, integ);
  }
  const blocks: Block[] = [para(text, tone)];
  if (u.outcome === 'opens' && ctx.a.recommendedFailmode === 'secure') blocks.push(para(t.expOpenOnRestricted(ctx.levelLabel), 'danger'));
  return blocks;
}

/** null = nothing recorded (show both readings without expectation). */
function expectSafe(ctx: Ctx): boolean | null {
  const c = ctx.app.configuredFailmode;
  return c === 'safe' ? true : c === 'secure' ? false : null;
}

function recogniseBlocks(ctx: Ctx): Block[] {
  const { t, entry, app } = ctx;
  const blocks: Block[] = [
    para(t.recogniseStatus),
    { kind: 'link', label: 'status.duo.com', url: STATUS_PAGE_URL },
    para(t.recogniseLocal),
  ];
  if (entry.primaryOnlyMode) {
    const sectionName = app.integration === 'auth-proxy-ldap' ? 'ldap_server_auto' : 'radius_server_auto';
    const L = FAILMODE_LOG_LINES;
    blocks.push(
      { kind: 'code', role: 'log', caption: t.logNewCaption, lines: [L.proxySafe, L.proxySecure] },
      { kind: 'code', role: 'log', caption: t.logOldCaption, lines: [L.proxySafeLegacy, L.proxySecureLegacy] },
      {
        kind: 'code',
        role: 'json',
        caption: t.logJsonCaption,
        lines: [
          `{"status": "Allow", "server_section": "${sectionName}", "auth_stage": "Secondary authentication", "msg": "${L.proxySafe}"}`,
          `{"status": "Reject", "server_section": "${sectionName}", "auth_stage": "Secondary authentication", "msg": "${L.proxySecure}"}`,
        ],
      },
      para(t.logExpected(expectSafe(ctx))),
      {
        kind: 'code',
        role: 'command',
        caption: t.logGrepCaption,
        lines: ['grep -E "Failmode (Safe|Secure)|Duo login on (preauth|unexpected) failure" authproxy.log authevents.log'],
      },
      para(t.logDirs),
    );
  } else if (app.integration === 'duo-unix') {
    blocks.push(
      { kind: 'code', role: 'log', caption: t.unixLogCaption, lines: [FAILMODE_LOG_LINES.unixSafe, FAILMODE_LOG_LINES.unixSecure] },
      para(t.unixExpected(expectSafe(ctx))),
      { kind: 'code', role: 'command', lines: ['grep -E "Fail(safe|secure) Duo login" /var/log/auth.log /var/log/secure'] },
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
  const steps: Step[] = [{ text: t.actCheckStatus }];
  steps.push({ text: entry.primaryOnlyMode || ctx.app.integration === 'duo-unix' ? t.actConfirmLogs : t.actConfirmTest });
  if (u.outcome === 'opens') {
    steps.push({ text: t.actOpensMonitor });
    if (a.recommendedFailmode === 'secure') steps.push({ text: t.actOpensRestricted });
  } else {
    if (u.outcome === 'unknown') steps.push({ text: t.actUnknown(entry.howToSet[lang]) });
    if (ctx.level === 'most-restrictive') steps.push({ text: t.actClosesMost });
    else {
      if (ctx.level === 'restrictive') {
        // Only the Authentication Policy can be scoped to the groups that may skip 2FA (guide p.7).
        if (a.bypassAllowedGroups.length === 0) steps.push({ text: t.actClosesRestrictiveNone });
        else if (ctx.paid) {
          steps.push({ text: t.actClosesRestrictive(names(a.bypassAllowedGroups, ctx), names(a.bypassForbiddenGroups, ctx)) });
        }
      } else {
        if (ctx.paid) steps.push({ text: t.actClosesLess });
        steps.push({ text: t.actManual(entry.drRemoval[lang]) });
      }
    }
  }
  steps.push({ text: t.actMessage });
  steps.push({ text: t.actWhenBack });
  return steps;
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
    [para(t.unreachableIntro), { kind: 'list', items: [...t.unreachableCauses] }],
    [
      section('part', `${base}-experience`, t.partExperience, experienceBlocks(ctx)),
      section('part', `${base}-recognise`, t.partRecognise, recogniseBlocks(ctx)),
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
    return { option, status, title, statusNote: fields.statusNote, how: '', whatItDoes: fields.whatItDoes ?? '', revert: '', warnings: [], blocks: fields.blocks ?? [] };
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

function otherMethodOption(ctx: Ctx, scenario: Exclude<Scenario, 'auth-not-completing'>): OptionDraft {
  const { t, lang } = ctx;
  const method = scenarioMethod(scenario);
  const alts = alternativeMethods(method).map((m) => t.methodName[m]);
  const altText = alts.join(lang === 'de' ? ' oder ' : ' or ');
  return draft('other-method', 'available', t.optOtherMethod(altText), {
    how: t.otherMethodHow(t.methodName[method], altText),
    whatItDoes: t.otherMethodWhat(t.methodName[method]),
    revert: t.otherMethodRevert,
    blocks: [messageBlock(ctx, scenario, `${ctx.id}-degraded-${scenario}-msg`), { kind: 'link', label: 'status.duo.com', url: STATUS_PAGE_URL }],
  });
}

function policyBypassOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, a, app } = ctx;
  const restrictive = ctx.level === 'restrictive';
  return draft('policy-bypass', status, t.optPolicy, {
    statusNote: ctx.level === 'most-restrictive' ? t.policyNotAllowedMost : status === 'not-allowed' ? t.policyNotAllowedNoGroups : undefined,
    how: restrictive
      ? t.policyHowGroups(app.name, names(a.bypassAllowedGroups, ctx), names(a.bypassForbiddenGroups, ctx))
      : t.policyHow(app.name),
    whatItDoes: t.policyWhat,
    revert: t.policyRevert(app.name),
    warnings: restrictive && a.bypassForbiddenGroups.length > 0 ? [t.policyRestrictiveWarning(names(a.bypassForbiddenGroups, ctx))] : [],
  });
}

function informUsersOption(ctx: Ctx): OptionDraft {
  const { t } = ctx;
  return draft('inform-users', 'available', t.optInform, {
    how: t.informHow,
    whatItDoes: t.informWhat,
    revert: t.informRevert,
    blocks: [
      messageRef(ctx, 'fail-secure'),
      messageRef(ctx, 'fail-safe'),
      { kind: 'link', label: 'status.duo.com', url: STATUS_PAGE_URL },
    ],
  });
}

function bypassGroupsOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, a, lang } = ctx;
  const forbidden: Block[] = a.bypassForbiddenGroups.length > 0 ? [para(t.bypassForbiddenList(names(a.bypassForbiddenGroups, ctx)), 'danger')] : [];
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
  const warnings = ctx.facts.bypassReach
    .map((r) => r.spansFinding)
    .filter(nonNull)
    .map((f) => findingMessage(f, lang));
  return draft('bypass-groups', status, t.optBypass, {
    how: t.bypassHow(names(a.bypassAllowedGroups, ctx)),
    whatItDoes: t.bypassWhat,
    revert: t.bypassRevert,
    warnings,
    blocks: [{ kind: 'keyValue', title: t.bypassReachTitle, rows: reachRows }, ...forbidden],
  });
}

function revertConfigOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, entry, lang, a } = ctx;
  const warnings: string[] = [];
  if (ctx.level === 'restrictive') warnings.push(t.removesForEveryone(a.bypassForbiddenGroups.length > 0 ? names(a.bypassForbiddenGroups, ctx) : ''));
  if (ctx.app.integration === 'duo-sso') warnings.push(t.ssoLastResort);
  return draft('revert-config', status, t.optRevertConfig, {
    statusNote: status === 'not-allowed' ? t.revertConfigNotAllowed : undefined,
    how: t.revertConfigHow(entry.drRemoval[lang]),
    whatItDoes: t.revertConfigWhat,
    revert: t.revertConfigRevert,
    warnings,
    blocks: status === 'not-allowed' ? [] : [{ kind: 'link', label: entry.docUrl.replace(/^https:\/\//, ''), url: entry.docUrl }],
  });
}

function primaryOnlyOption(ctx: Ctx, status: OptionStatus): OptionDraft {
  const { t, a } = ctx;
  const warnings: string[] = [];
  if (ctx.facts.primaryOnlyNeighbours.length > 0) warnings.push(t.primaryNeighbours(names(ctx.facts.primaryOnlyNeighbours, ctx)));
  if (ctx.level === 'restrictive') warnings.push(t.removesForEveryone(a.bypassForbiddenGroups.length > 0 ? names(a.bypassForbiddenGroups, ctx) : ''));
  const comment = ctx.lang === 'de' ? `# MINUTEN: 1–${PRIMARY_ONLY_MAX_MINUTES}, Standard ${PRIMARY_ONLY_DEFAULT_MINUTES}` : `# MINUTES: 1–${PRIMARY_ONLY_MAX_MINUTES}, default ${PRIMARY_ONLY_DEFAULT_MINUTES}`;
  return draft('primary-only', status, t.optPrimaryOnly, {
    statusNote: status === 'not-allowed' ? t.primaryNotAllowed : undefined,
    how: t.primaryHow,
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
              lines: [
                `authproxy_primary_only -t ${PRIMARY_ONLY_DEFAULT_MINUTES}`,
                `authproxy --primary-only ${PRIMARY_ONLY_DEFAULT_MINUTES}`,
                comment,
              ],
            },
            { kind: 'code', role: 'log', caption: t.primaryLogCaption, lines: [PRIMARY_ONLY_LOG_LINE] },
          ],
  });
}

function affectedLabel(x: AffectedApplication, ctx: Ctx): string {
  const base = ctx.t.appWithLevel(x.name, levelName(x.restrictionLevel, ctx.lang));
  return x.behaviour.basis === 'default' ? base + ctx.t.defaultNote : base;
}

function firewallOption(ctx: Ctx, status: OptionStatus, scenario: Scenario): OptionDraft {
  const { t, app } = ctx;
  const fw = ctx.facts.firewall;
  const list = (xs: AffectedApplication[]) => (xs.length === 0 ? t.none : capped(xs.map((x) => affectedLabel(x, ctx)), ctx));
  const warnings: string[] = [];
  const opensRestricted = fw.opens.filter((x) => x.restrictionLevel !== 'less-restrictive').map((x) => x.name);
  if (opensRestricted.length > 0) warnings.push(t.firewallOpensRestricted(names(opensRestricted, ctx)));
  const sso = fw.closes.filter((x) => x.integration === 'duo-sso').map((x) => x.name);
  if (sso.length > 0) warnings.push(t.firewallSso(names(sso, ctx)));
  if (scenario !== 'auth-not-completing') warnings.push(t.firewallDisproportionate);
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
          { key: t.blastOpens, value: list(fw.opens), tone: opensRestricted.length > 0 ? 'danger' : fw.opens.length > 0 ? 'warning' : 'normal' },
          { key: t.blastCloses, value: list(fw.closes) },
          { key: t.blastUnknown, value: list(fw.unknown), tone: fw.unknown.length > 0 ? 'warning' : 'normal' },
        ],
      },
      para(t.blastEgress),
      { kind: 'link', label: 'status.duo.com', url: STATUS_PAGE_URL },
    ],
  });
}

/** The options of one scenario in the guide's order; only those that apply to this application. */
function scenarioOptions(ctx: Ctx, scenario: Scenario): OptionBlock[] {
  const o = ctx.facts.options;
  const drafts: (OptionDraft | null)[] = [
    scenario === 'auth-not-completing' ? null : otherMethodOption(ctx, scenario),
    o['policy-bypass'] ? policyBypassOption(ctx, o['policy-bypass']) : null,
    scenario === 'auth-not-completing' ? informUsersOption(ctx) : null,
    o['bypass-groups'] ? bypassGroupsOption(ctx, o['bypass-groups']) : null,
    o['revert-config'] ? revertConfigOption(ctx, o['revert-config']) : null,
    o['primary-only'] ? primaryOnlyOption(ctx, o['primary-only']) : null,
    o['firewall-block'] ? firewallOption(ctx, o['firewall-block'], scenario) : null,
  ];
  return drafts.filter(nonNull).map((d, i) => ({ kind: 'option', ordinal: i + 1, ...d }));
}

function scenarioSection(ctx: Ctx, scenario: Scenario): Section {
  const { t } = ctx;
  const options = scenarioOptions(ctx, scenario);
  const blocks: Block[] = [para(t.scenarioIntro[scenario])];
  if (scenario === 'auth-not-completing') blocks.push(...options);
  else {
    const [first, ...rest] = options;
    if (first) blocks.push(first);
    blocks.push(para(t.methodDownRest(t.methodName[scenarioMethod(scenario)]), 'info'), ...rest);
  }
  const s = section('scenario', `${ctx.id}-degraded-${scenario}`, t.scenarioTitle[scenario], blocks);
  return { ...s, scenario };
}

function degradedSection(ctx: Ctx): Section {
  const { t, lang } = ctx;
  const blocks: Block[] = [
    para(t.degradedIntro),
    para(t.degradedSolutions),
    para(t.levelAdvice(ctx.levelLabel, levelDegradationAdvice(ctx.level, lang)), ctx.level === 'less-restrictive' ? 'info' : 'warning'),
  ];
  if (ctx.entry.primaryOnlyMode) blocks.push(para(t.degradedProxyTimeout, 'info'));
  if (ctx.entry.primaryOnlyMode && !primaryOnlyApplies(ctx.app) && ctx.app.configuredFailmode !== 'secure') {
    blocks.push(para(t.primaryUnrecorded, 'warning'));
  }
  return section(
    'degraded',
    `${ctx.id}-degraded`,
    t.degraded,
    blocks,
    SCENARIOS.map((s) => scenarioSection(ctx, s)),
  );
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
        { key: t.kDrRemoval, value: entry.drRemoval[lang] },
      ],
    },
  ];
  if (entry.notes.length > 0) blocks.push({ kind: 'list', title: t.catalogNotes, items: entry.notes.map((n) => n[lang]) });
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
  const { t, app } = ctx;
  const crit = app.criticality;
  return section('when-to-message', `${ctx.id}-when`, t.whenToMessage, [
    para(t.whenTailored[crit](app.name), crit === 'critical' ? 'danger' : crit === 'high' ? 'warning' : 'info'),
    para(t.whenIntro),
    { kind: 'list', title: t.whenRulesTitle, items: [...t.whenRules] },
    { kind: 'steps', title: t.whenStepsTitle, items: t.whenSteps.map((text) => ({ text })) },
  ]);
}

function usable(s: OptionStatus | null): boolean {
  return s === 'available' || s === 'caution';
}

function revertSection(ctx: Ctx): Section {
  const { t, app, a } = ctx;
  const o = ctx.facts.options;
  const items: Step[] = [];
  if (usable(o['policy-bypass'])) items.push({ text: t.revPolicy(app.name) });
  if (usable(o['bypass-groups'])) items.push({ text: t.revBypass(names(a.bypassAllowedGroups, ctx)) });
  if (usable(o['primary-only'])) items.push({ text: t.revPrimary, code: [PRIMARY_ONLY_LOG_LINE] });
  if (usable(o['firewall-block'])) items.push({ text: t.revFirewall });
  if (usable(o['revert-config'])) items.push({ text: t.revConfig(app.name) });
  items.push({ text: t.revTestLogin(app.name) }, { text: t.revTellUsers }, { text: t.revRecord });
  return section('revert', `${ctx.id}-revert`, t.revert, [para(t.revertIntro), { kind: 'steps', items }]);
}

// ---------------------------------------------------------------------------------------------------

/** The DR runbook of one application (SPEC §2.6). */
export function buildRunbook(input: RunbookInput): Runbook {
  const { application: app, assessment: a, lang } = input;
  const level = a.restrictionLevel;
  const t = runbookStrings(lang);
  const id = runbookId(app.name);
  const ctx: Ctx = {
    app,
    a,
    entry: CATALOG[app.integration],
    lang,
    t,
    id,
    level,
    levelLabel: levelName(level, lang),
    paid: input.policy.paidEdition,
    facts: computeFacts(input, level),
  };
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
      headerSection(input, ctx),
      unreachableSection(ctx),
      degradedSection(ctx),
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
