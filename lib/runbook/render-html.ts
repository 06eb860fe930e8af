// HTML rendering of runbooks (SPEC §2.6; export format "html" and the input of the PDF).
// - standalone: one self-contained document — inline CSS, no scripts (a CSP meta forbids them), lang
//   attribute, print CSS; readable when this app is down.
// - fragment: <article class="runbook">…</article> for the Next app, which adds RUNBOOK_CSS once.
// Every model string is HTML-escaped; only fixed https system URLs become links. Each end-user message
// carries id = data-copy-target and data-copy-text (subject + body, plain) for a copy button.
import { formatTimestamp, runbookStrings } from '../domain/runbook/i18n';
import { messagePlainText } from '../domain/runbook/model';
import { levelName, severityName } from '../domain/messages';
import type { Block, MessageBlock, OptionBlock, Runbook, Section, Tone } from '../domain/runbook/types';
import type { Lang } from '../domain/types';
import type { BinderOptions } from './binder';
import { applyBinderFilter, binderCounts, binderTitle, countRows, describeFilter } from './binder';
import { RUNBOOK_CSS, STANDALONE_CSS } from './css';
import { codeLine, escapeHtml as h, safeId, safeUrl } from './escape';
import type { RenderLabels } from './i18n';
import { renderLabels } from './i18n';

export { RUNBOOK_CSS } from './css';

export interface RunbookHtmlOptions {
  /** true: a whole document with inline CSS; false: an <article class="runbook"> fragment. */
  standalone: boolean;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function link(label: string, url: string): string {
  const u = safeUrl(url);
  if (!u) return h(label);
  // Print appends the URL after a link, unless the label already shows it (e.g. "status.duo.com").
  const bare = u.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return `<a href="${h(u)}" rel="noopener noreferrer"${label.includes(bare) ? ' data-url-shown=""' : ''}>${h(label)}</a>`;
}

function toneParagraph(text: string, tone: Tone, L: RenderLabels): string {
  if (tone === 'normal') return `<p>${h(text)}</p>`;
  return `<p class="rb-tone rb-tone-${tone}"><span class="rb-label">${h(L.tone[tone])}:</span> ${h(text)}</p>`;
}

function pre(lines: readonly string[], role: string): string {
  return `<pre class="rb-code-${h(role)}"><code>${lines.map((l) => h(codeLine(l))).join('\n')}</code></pre>`;
}

function messageHtml(m: MessageBlock, L: RenderLabels, lang: Lang, level: number): string {
  const id = safeId(m.id);
  const hl = Math.min(6, level);
  return (
    `<figure class="rb-message" id="${id}" data-copy-target="${id}" data-message-variant="${h(m.variant)}" data-copy-text="${h(messagePlainText(m, lang))}">` +
    `<figcaption><h${hl} class="rb-message-title">${h(m.title)}</h${hl}><span class="rb-usewhen">${h(m.useWhen)}</span></figcaption>` +
    `<dl><dt>${h(L.subject)}</dt><dd class="rb-subject" data-copy-part="subject">${h(m.subject)}</dd>` +
    `<dt>${h(L.body)}</dt><dd class="rb-body" data-copy-part="body">${h(m.body)}</dd></dl></figure>`
  );
}

function optionHtml(o: OptionBlock, sectionId: string, L: RenderLabels, lang: Lang, level: number): string {
  const hl = Math.min(6, level);
  const fields: [string, string][] = [
    [L.how, o.how],
    [L.whatItDoes, o.whatItDoes],
    [L.revert, o.revert],
  ];
  const present = fields.filter(([, v]) => v !== '');
  const parts = [
    `<section class="rb-option rb-status-${h(o.status)}" id="${safeId(`${sectionId}-opt-${o.option}`)}" data-option="${h(o.option)}" data-status="${h(o.status)}">`,
    `<h${hl}><span class="rb-ordinal">${o.ordinal}.</span> ${h(o.title)} <span class="rb-badge">${h(L.status[o.status])}</span></h${hl}>`,
  ];
  if (o.statusNote) parts.push(`<p class="rb-status-note">${h(o.statusNote)}</p>`);
  if (present.length > 0) parts.push(`<dl class="rb-hwr">${present.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`);
  if (o.warnings.length > 0) {
    parts.push(
      `<ul class="rb-warnings" aria-label="${h(L.warnings)}">${o.warnings.map((w) => `<li><span class="rb-label">${h(L.tone.warning)}:</span> ${h(w)}</li>`).join('')}</ul>`,
    );
  }
  for (const b of o.blocks) parts.push(blockHtml(b, sectionId, L, lang, level + 1));
  parts.push('</section>');
  return parts.join('');
}

function blockHtml(b: Block, sectionId: string, L: RenderLabels, lang: Lang, level: number): string {
  switch (b.kind) {
    case 'paragraph':
      return toneParagraph(b.text, b.tone, L);
    case 'list':
      return `<div class="rb-list">${b.title ? `<p class="rb-list-title">${h(b.title)}</p>` : ''}<ul>${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul></div>`;
    case 'steps':
      return (
        `<div class="rb-steps-block">${b.title ? `<p class="rb-list-title">${h(b.title)}</p>` : ''}<ol class="rb-steps">` +
        b.items
          .map(
            (s) =>
              `<li><label><input type="checkbox"> <span>${h(s.text)}</span></label>${s.code?.length ? `<div class="rb-step-code">${pre(s.code, 'step')}</div>` : ''}</li>`,
          )
          .join('') +
        '</ol></div>'
      );
    case 'code':
      return `<figure class="rb-code">${b.caption ? `<figcaption>${h(b.caption)}</figcaption>` : ''}${pre(b.lines, b.role)}</figure>`;
    case 'keyValue':
      return (
        `<table class="rb-kv">${b.title ? `<caption>${h(b.title)}</caption>` : ''}<tbody>` +
        b.rows
          .map(
            (r) =>
              `<tr${r.tone && r.tone !== 'normal' ? ` class="rb-tone-${h(r.tone)}"` : ''}><th scope="row">${h(r.key)}</th><td>${h(r.value)}</td></tr>`,
          )
          .join('') +
        '</tbody></table>'
      );
    case 'link':
      return `<p class="rb-link">${link(b.label, b.url)}</p>`;
    case 'table':
      return (
        `<table class="rb-table">${b.title ? `<caption>${h(b.title)}</caption>` : ''}<thead><tr>${b.head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>` +
        b.rows
          .map(
            (r) =>
              `<tr${r.tone && r.tone !== 'normal' ? ` class="rb-tone-${h(r.tone)}"` : ''}>${r.cells.map((c, i) => (i === 0 ? `<th scope="row">${h(c)}</th>` : `<td>${h(c)}</td>`)).join('')}</tr>`,
          )
          .join('') +
        '</tbody></table>'
      );
    case 'message':
      return messageHtml(b, L, lang, level);
    case 'messageRef':
      return `<p class="rb-msgref">→ <a href="#${safeId(b.messageId)}">${h(b.label)}</a> <span class="rb-meta">(${h(L.seeMessage)})</span></p>`;
    case 'finding':
      return (
        `<div class="rb-finding rb-sev-${h(b.severity)}" data-code="${h(b.code)}"><p><strong>${h(severityName(b.severity, lang))} · ${h(b.title)}</strong></p>` +
        `<p>${h(b.message)}</p><p><em>${h(L.fix)}:</em> ${h(b.fix)}</p></div>`
      );
    case 'option':
      return optionHtml(b, sectionId, L, lang, level);
  }
}

function sectionHtml(s: Section, L: RenderLabels, lang: Lang, level: number): string {
  const hl = Math.min(6, level);
  const parts = [
    `<section class="rb-section rb-section-${h(s.kind)}" id="${safeId(s.id)}"${s.scenario ? ` data-scenario="${h(s.scenario)}"` : ''}>`,
    `<h${hl}>${h(s.title)}</h${hl}>`,
    ...s.blocks.map((b) => blockHtml(b, s.id, L, lang, level + 1)),
    ...s.subsections.map((sub) => sectionHtml(sub, L, lang, level + 1)),
    '</section>',
  ];
  return parts.join('');
}

function articleHtml(rb: Runbook): string {
  const L = renderLabels(rb.lang);
  return (
    `<article class="runbook" id="${safeId(rb.id)}" lang="${h(rb.lang)}" data-restriction-level="${h(rb.application.restrictionLevel)}" data-review-state="${h(rb.approval.state)}">` +
    `<h1>${h(rb.title)}</h1>` +
    rb.sections.map((s) => sectionHtml(s, L, rb.lang, 2)).join('') +
    '</article>'
  );
}

/** A standalone, script-free HTML document with the runbook stylesheet (the incident report uses it too). */
export function documentHtml(lang: Lang, title: string, body: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="${h(lang)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="generator" content="${h(renderLabels(lang).printedFrom)}">` +
    `<title>${h(title)}</title><style>${RUNBOOK_CSS}${STANDALONE_CSS}</style></head>` +
    `<body>${body}</body></html>\n`
  );
}

/** One runbook: a standalone document, or the <article class="runbook"> fragment for the app. */
export function renderRunbookHtml(rb: Runbook, opts: RunbookHtmlOptions): string {
  const article = articleHtml(rb);
  return opts.standalone ? documentHtml(rb.lang, rb.title, article) : article;
}

function coverHtml(selected: readonly Runbook[], opts: BinderOptions): string {
  const L = renderLabels(opts.lang);
  const t = runbookStrings(opts.lang);
  const counts = countRows(binderCounts(selected), opts.lang);
  const filter = describeFilter(opts.filter, opts.lang);
  const table = (caption: string, head: string[], rows: (string | number)[][]) =>
    `<table class="rb-counts"><caption>${h(caption)}</caption><thead><tr>${head.map((c, i) => `<th scope="col"${i > 0 ? ' class="rb-num"' : ''}>${h(c)}</th>`).join('')}</tr></thead><tbody>` +
    rows
      .map(([k, ...ns]) => `<tr><th scope="row">${h(String(k))}</th>${ns.map((n) => `<td class="rb-num">${n}</td>`).join('')}</tr>`)
      .join('') +
    '</tbody></table>';
  const numbered = opts.pages !== undefined;
  // Numbers and page numbers are text in fixed-width columns (not list markers): "10." is never
  // clipped at the page edge, and the numbered print lays out exactly like the unnumbered one.
  const toc =
    selected.length === 0
      ? `<p>${h(L.noApplications)}</p>`
      : `<ol class="rb-toc${numbered ? ' rb-toc-paged' : ''}">${selected
          .map((rb, i) => {
            const page = opts.pages?.get(rb.id);
            return (
              `<li><span class="rb-toc-n">${i + 1}.</span><span class="rb-toc-entry"><a href="#${safeId(rb.id)}">${h(rb.application.name)}</a>` +
              ` <span class="rb-toc-meta">— ${h(levelName(rb.application.restrictionLevel, opts.lang))} · ${h(t.approvalState[rb.approval.state])}</span></span>` +
              (numbered ? `<span class="rb-toc-page">${page === undefined ? '' : page}</span>` : '') +
              '</li>'
            );
          })
          .join('')}</ol>`;
  return (
    `<section class="rb-cover" lang="${h(opts.lang)}">` +
    `<h1>${h(binderTitle(opts))}</h1>` +
    `<p>${h(L.generated)}: ${h(formatTimestamp(opts.generatedAt, opts.lang))}</p>` +
    (filter.length > 0 ? `<p><strong>${h(L.filter)}:</strong> ${filter.map(h).join('; ')}</p>` : '') +
    `<p><strong>${h(L.applications)}: ${selected.length}</strong></p>` +
    '<div class="rb-count-tables">' +
    table(L.byLevel, ['', L.count], counts.levels) +
    table(L.byReviewState, ['', L.count], counts.states) +
    table(L.bySeverity, ['', L.findings, L.withFindings], counts.severities) +
    '</div>' +
    `<nav aria-label="${h(L.contents)}"><h2>${h(L.contents)}${numbered ? ` <span class="rb-toc-page-head">${h(L.page)}</span>` : ''}</h2>${toc}</nav>` +
    '</section>'
  );
}

export interface BinderHtmlOptions extends BinderOptions {
  /** Default true: a whole document. false: <div class="rb-binder"> for the app. */
  standalone?: boolean;
}

const BODY_MARK = '<!--rb-binder-body-->';

/** The binder in pieces (document head, cover, one piece per runbook, end), for streaming. */
export function* renderBinderHtmlChunks(rbs: readonly Runbook[], opts: BinderHtmlOptions): Generator<string> {
  const selected = applyBinderFilter(rbs, opts.filter);
  const standalone = opts.standalone !== false;
  if (standalone) {
    // The marker cannot come from a title: every model string is HTML-escaped ("<" → "&lt;").
    const doc = documentHtml(opts.lang, binderTitle(opts), BODY_MARK);
    const at = doc.indexOf(BODY_MARK);
    const head = doc.slice(0, at);
    const tail = doc.slice(at + BODY_MARK.length);
    yield `${head}<div class="rb-binder">${coverHtml(selected, opts)}`;
    for (const rb of selected) yield articleHtml(rb);
    yield `</div>${tail}`;
    return;
  }
  yield `<div class="rb-binder">${coverHtml(selected, opts)}`;
  for (const rb of selected) yield articleHtml(rb);
  yield '</div>';
}

/** Several runbooks as one binder: cover page with counts and contents, then each runbook on a new page. */
export function renderBinderHtml(rbs: readonly Runbook[], opts: BinderHtmlOptions): string {
  return [...renderBinderHtmlChunks(rbs, opts)].join('');
}
