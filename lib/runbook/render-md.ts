// Markdown rendering of runbooks (SPEC §2.6; export format "md"). Every model string is escaped with
// escapeMarkdown: user text can never become a link, HTML, an image or a formula. Only fixed system
// URLs (safeUrl) become links; anchors are model-generated ids.
import { formatTimestamp, runbookStrings } from '../domain/runbook/i18n';
import { levelName, severityName } from '../domain/messages';
import type { Block, MessageBlock, OptionBlock, Runbook, Section, Tone } from '../domain/runbook/types';
import type { BinderOptions } from './binder';
import { applyBinderFilter, binderCounts, binderTitle, countRows, describeFilter } from './binder';
import { codeLine, escapeMarkdown as md, fenceFor, safeId, safeUrl } from './escape';

/** Escaped text that follows a label on the same line (not at a line start). */
const mdv = (text: string): string => md(text, { lineStart: false });
import type { RenderLabels } from './i18n';
import { renderLabels } from './i18n';

const heading = (level: number, text: string): string => `${'#'.repeat(Math.min(6, level))} ${md(text)}`;
const anchor = (id: string): string => `<a id="${safeId(id)}"></a>`;

function link(label: string, url: string): string {
  const u = safeUrl(url);
  return u ? `[${md(label)}](<${u}>)` : md(label);
}

function codeBlock(lines: readonly string[], lang: string, indent = ''): string[] {
  const clean = lines.map(codeLine);
  const fence = fenceFor(clean);
  return [`${indent}${fence}${lang}`, ...clean.map((l) => indent + l), `${indent}${fence}`];
}

function toneLine(text: string, tone: Tone, L: RenderLabels): string {
  if (tone === 'normal') return md(text);
  return `> **${md(L.tone[tone])}:** ${mdv(text)}`;
}

function messageLines(m: MessageBlock, L: RenderLabels, level: number): string[] {
  return [
    `${anchor(m.id)}`,
    heading(level, m.title),
    '',
    `_${md(m.useWhen)}_`,
    '',
    `> **${md(L.subject)}:** ${mdv(m.subject)}`,
    '>',
    `> ${md(m.body)}`,
  ];
}

function optionLines(o: OptionBlock, L: RenderLabels, level: number, lang: Runbook['lang']): string[] {
  const out = [
    heading(level, `${o.ordinal}. ${o.title}`),
    '',
    `**${md(L.status[o.status])}**${o.statusNote ? ` — ${mdv(o.statusNote)}` : ''}`,
    '',
  ];
  const fields: [string, string][] = [
    [L.how, o.how],
    [L.whatItDoes, o.whatItDoes],
    [L.revert, o.revert],
  ];
  const present = fields.filter(([, v]) => v !== '');
  if (present.length > 0) {
    out.push(...present.map(([k, v]) => `- **${md(k)}:** ${mdv(v)}`), '');
  }
  for (const w of o.warnings) out.push(`> **${md(L.tone.warning)}:** ${mdv(w)}`, '');
  for (const b of o.blocks) out.push(...blockLines(b, L, level + 1, lang), '');
  return out;
}

function blockLines(b: Block, L: RenderLabels, level: number, lang: Runbook['lang']): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [toneLine(b.text, b.tone, L)];
    case 'list':
      return [...(b.title ? [`**${md(b.title)}**`, ''] : []), ...b.items.map((i) => `- ${md(i)}`)];
    case 'steps': {
      const out = b.title ? [`**${md(b.title)}**`, ''] : [];
      for (const s of b.items) {
        out.push(`- [ ] ${md(s.text)}`);
        if (s.code?.length) out.push('', ...codeBlock(s.code, 'text', '  '));
      }
      return out;
    }
    case 'code':
      return [
        ...(b.caption ? [`_${md(b.caption)}_`, ''] : []),
        ...codeBlock(b.lines, b.role === 'json' ? 'json' : b.role === 'command' ? 'sh' : 'text'),
      ];
    case 'keyValue':
      return [...(b.title ? [`**${md(b.title)}**`, ''] : []), ...b.rows.map((r) => `- **${md(r.key)}:** ${mdv(r.value)}`)];
    case 'link':
      return [link(b.label, b.url)];
    case 'table': {
      const cell = (c: string) => mdv(c).replace(/\|/g, '\\|');
      return [
        ...(b.title ? [`**${md(b.title)}**`, ''] : []),
        `| ${b.head.map(cell).join(' | ')} |`,
        `|${b.head.map(() => ' --- ').join('|')}|`,
        ...b.rows.map((r) => `| ${r.cells.map(cell).join(' | ')} |`),
      ];
    }
    case 'message':
      return messageLines(b, L, level);
    case 'messageRef':
      return [`→ [${mdv(b.label)}](#${safeId(b.messageId)}) (${mdv(L.seeMessage)})`];
    case 'finding':
      return [`- **${md(severityName(b.severity, lang))} · ${mdv(b.title)}** — ${mdv(b.message)}`, `  _${md(L.fix)}:_ ${mdv(b.fix)}`];
    case 'option':
      return optionLines(b, L, level, lang);
  }
}

function sectionLines(s: Section, L: RenderLabels, level: number, lang: Runbook['lang']): string[] {
  const out = [anchor(s.id), heading(level, s.title), ''];
  for (const b of s.blocks) out.push(...blockLines(b, L, level + 1, lang), '');
  for (const sub of s.subsections) out.push(...sectionLines(sub, L, level + 1, lang));
  return out;
}

function runbookLines(rb: Runbook, baseLevel: number): string[] {
  const L = renderLabels(rb.lang);
  const out = [anchor(rb.id), heading(baseLevel, rb.title), ''];
  for (const s of rb.sections) out.push(...sectionLines(s, L, baseLevel + 1, rb.lang));
  return out;
}

function finish(lines: string[]): string {
  // Collapse runs of blank lines; end with exactly one newline.
  const out: string[] = [];
  for (const l of lines) if (!(l === '' && out[out.length - 1] === '')) out.push(l);
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** One runbook as a Markdown document. */
export function renderRunbookMarkdown(rb: Runbook): string {
  return finish(runbookLines(rb, 1));
}

/** The binder in pieces (cover, then one piece per runbook), for streaming; joined = renderBinderMarkdown. */
export function* renderBinderMarkdownChunks(rbs: readonly Runbook[], opts: BinderOptions): Generator<string> {
  const L = renderLabels(opts.lang);
  const selected = applyBinderFilter(rbs, opts.filter);
  const counts = countRows(binderCounts(selected), opts.lang);
  const t = runbookStrings(opts.lang);
  const out: string[] = [heading(1, binderTitle(opts)), '', `${md(L.generated)}: ${mdv(formatTimestamp(opts.generatedAt, opts.lang))}`, ''];
  const filter = describeFilter(opts.filter, opts.lang);
  if (filter.length > 0) out.push(`**${md(L.filter)}**`, '', ...filter.map((f) => `- ${md(f)}`), '');
  out.push(`**${md(L.applications)}: ${selected.length}**`, '');
  out.push(`**${md(L.byLevel)}**`, '', ...counts.levels.map(([k, n]) => `- ${md(k)}: ${n}`), '');
  out.push(`**${md(L.byReviewState)}**`, '', ...counts.states.map(([k, n]) => `- ${md(k)}: ${n}`), '');
  out.push(
    `**${md(L.bySeverity)}**`,
    '',
    ...counts.severities.map(([k, n, apps]) => `- ${md(k)}: ${n} (${md(L.withFindings)}: ${apps})`),
    '',
  );
  out.push(heading(2, L.contents), '');
  if (selected.length === 0) out.push(md(L.noApplications), '');
  selected.forEach((rb, i) => {
    out.push(
      `${i + 1}. [${mdv(rb.application.name)}](#${safeId(rb.id)}) — ${mdv(levelName(rb.application.restrictionLevel, opts.lang))} · ${mdv(t.approvalState[rb.approval.state])}`,
    );
  });
  // Each piece ends with one newline and none starts with a blank line, so the pieces join like finish(all).
  yield finish(out);
  for (const rb of selected) yield `\n${finish(['---', '', ...runbookLines(rb, 2)])}`;
}

/** Several runbooks as one binder: cover (title, time, counts, selection, contents), then each runbook. */
export function renderBinderMarkdown(rbs: readonly Runbook[], opts: BinderOptions): string {
  return [...renderBinderMarkdownChunks(rbs, opts)].join('');
}
