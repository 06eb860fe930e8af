// The runbook stylesheet: used inline by the standalone HTML / PDF and exported for the Next app, which
// embeds the fragment (<article class="runbook">) and must add this CSS once (e.g. a <style> tag in
// the runbook page). Everything is scoped under .runbook / .rb-binder / .rb-cover.
// Print: A4- and Letter-friendly (@page sets margins only, no size), page breaks before the major
// sections, printed URLs after external links, options and messages kept on one page where possible.
export const RUNBOOK_CSS = `
.runbook, .rb-cover {
  --rb-fg: #1a1a1a; --rb-muted: #555; --rb-border: #c8c8c8; --rb-bg-soft: #f5f5f5;
  --rb-info: #0b5cad; --rb-warning: #8a5a00; --rb-danger: #a40e26; --rb-ok: #1d6b35;
  color: var(--rb-fg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
  font-size: 11pt; line-height: 1.45; max-width: 60rem;
}
/* On a phone, long unbroken values (addresses, team names, hostnames) break rather than widen the
   page or a table (tests/e2e/phone.spec.ts). Screens only: on paper the columns keep their widths
   (for all screens and print, the English binder took 52 pages instead of 45). */
@media screen and (max-width: 40rem) {
  .runbook, .rb-cover { overflow-wrap: anywhere; }
}
/* In the app the fragment sits under Tailwind's preflight, which resets list markers and heading
   weights: restore them here so the page and its browser print look like the exported PDF. */
.runbook h1, .runbook h2, .runbook h3, .runbook h4, .runbook h5, .runbook h6, .rb-cover h1, .rb-cover h2 { font-weight: 700; line-height: 1.25; }
.runbook ul { list-style: disc; }
.runbook ol { list-style: decimal; }
.runbook ul ul { list-style: circle; }
.runbook h1, .rb-cover h1 { font-size: 1.6em; margin: 0 0 .6em; }
.runbook h2 { font-size: 1.3em; margin: 1.4em 0 .5em; padding-bottom: .2em; border-bottom: 2px solid var(--rb-fg); }
.runbook h3 { font-size: 1.12em; margin: 1.2em 0 .4em; }
.runbook h4 { font-size: 1em; margin: 1em 0 .3em; }
.runbook h5, .runbook h6 { font-size: .95em; margin: .8em 0 .3em; }
.runbook p { margin: .4em 0; }
.runbook ul, .runbook ol { margin: .3em 0 .6em; padding-left: 1.4em; }
.runbook a { color: var(--rb-info); text-decoration: underline; text-underline-offset: 2px; }
.runbook .rb-tone { border-left: 4px solid var(--rb-border); padding: .35em .7em; background: var(--rb-bg-soft); }
.runbook .rb-tone-info { border-left-color: var(--rb-info); }
.runbook .rb-tone-warning { border-left-color: var(--rb-warning); }
.runbook .rb-tone-danger { border-left-color: var(--rb-danger); }
.runbook .rb-label { font-weight: 700; }
.runbook .rb-list-title, .runbook .rb-kv caption { font-weight: 700; text-align: left; margin: .6em 0 .2em; }
.runbook table.rb-kv { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; }
.runbook table.rb-kv th, .runbook table.rb-kv td { border: 1px solid var(--rb-border); padding: .25em .5em; vertical-align: top; text-align: left; }
.runbook table.rb-kv th { width: 32%; font-weight: 600; background: var(--rb-bg-soft); }
.runbook table.rb-table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; font-size: .92em; }
.runbook table.rb-table caption { font-weight: 700; text-align: left; margin: .6em 0 .2em; }
.runbook table.rb-table th, .runbook table.rb-table td { border: 1px solid var(--rb-border); padding: .2em .4em; vertical-align: top; text-align: left; }
.runbook table.rb-table thead th { background: var(--rb-bg-soft); font-weight: 600; }
.runbook tr.rb-tone-warning td { color: var(--rb-warning); font-weight: 600; }
.runbook tr.rb-tone-danger td { color: var(--rb-danger); font-weight: 600; }
.runbook ol.rb-steps { list-style: none; padding-left: 0; }
.runbook ol.rb-steps > li { margin: .3em 0; display: block; }
.runbook ol.rb-steps label { display: flex; gap: .5em; align-items: baseline; }
.runbook ol.rb-steps input[type="checkbox"] { width: 1em; height: 1em; flex: none; margin: 0; }
.runbook .rb-step-code { margin-left: 1.5em; }
.runbook pre { background: var(--rb-bg-soft); border: 1px solid var(--rb-border); padding: .4em .6em; overflow-x: auto;
  white-space: pre-wrap; word-break: break-word; font-size: .88em; margin: .3em 0 .6em; }
.runbook code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.runbook figure { margin: .5em 0; }
.runbook figcaption { font-size: .9em; color: var(--rb-muted); font-style: italic; }
.runbook .rb-option { border: 1px solid var(--rb-border); border-left-width: 5px; border-radius: 4px; padding: .3em .9em .6em; margin: .8em 0; }
.runbook .rb-option h4 { margin-top: .5em; }
.runbook .rb-status-available { border-left-color: var(--rb-ok); }
.runbook .rb-status-caution { border-left-color: var(--rb-warning); }
.runbook .rb-status-not-allowed { border-left-color: var(--rb-danger); background: #fbf1f3; }
.runbook .rb-badge { display: inline-block; font-size: .78em; font-weight: 700; padding: .05em .5em; border-radius: 3px; border: 1px solid currentColor; margin-left: .4em; vertical-align: middle; }
.runbook .rb-status-available .rb-badge { color: var(--rb-ok); }
.runbook .rb-status-caution .rb-badge { color: var(--rb-warning); }
.runbook .rb-status-not-allowed .rb-badge { color: var(--rb-danger); }
.runbook .rb-status-note { font-weight: 600; }
.runbook dl.rb-hwr { display: grid; grid-template-columns: max-content 1fr; gap: .2em .8em; margin: .4em 0; }
.runbook dl.rb-hwr dt { font-weight: 700; }
.runbook dl.rb-hwr dd { margin: 0; }
.runbook ul.rb-warnings { list-style: none; padding-left: 0; }
.runbook ul.rb-warnings li { border-left: 4px solid var(--rb-warning); background: #fff8e6; padding: .3em .6em; margin: .3em 0; }
.runbook .rb-message { border: 1px dashed var(--rb-fg); border-radius: 4px; padding: .5em .8em; margin: .8em 0; }
.runbook .rb-message dl { margin: .3em 0 0; }
.runbook .rb-message dt { font-weight: 700; font-size: .9em; }
.runbook .rb-message dd { margin: 0 0 .4em; }
.runbook .rb-message .rb-usewhen { display: block; }
.runbook .rb-finding { border-left: 4px solid var(--rb-border); padding: .2em .7em; margin: .5em 0; }
.runbook .rb-sev-critical { border-left-color: var(--rb-danger); }
.runbook .rb-sev-warning { border-left-color: var(--rb-warning); }
.runbook .rb-sev-info { border-left-color: var(--rb-info); }
.runbook .rb-meta { color: var(--rb-muted); font-size: .9em; }
.rb-cover .rb-count-tables { display: flex; flex-wrap: wrap; gap: 0 1.5em; align-items: flex-start; }
.rb-cover table { border-collapse: collapse; margin: .4em 0 1em; }
.rb-cover caption { font-weight: 700; text-align: left; margin-bottom: .2em; }
.rb-cover th, .rb-cover td { border: 1px solid var(--rb-border); padding: .15em .5em; text-align: left; }
.rb-cover thead th { font-size: .85em; font-weight: 600; }
.rb-cover tbody th { font-weight: 400; }
.rb-cover .rb-num { text-align: right; font-variant-numeric: tabular-nums; }
.rb-cover nav h2 { display: flex; justify-content: space-between; align-items: baseline; }
.rb-cover .rb-toc-page-head { font-size: .6em; font-weight: 400; color: var(--rb-muted); }
.rb-cover ol.rb-toc { list-style: none; padding-left: 0; margin: 0; }
.rb-cover ol.rb-toc > li { display: flex; align-items: baseline; gap: .4em; margin: .15em 0; break-inside: avoid; page-break-inside: avoid; }
.rb-cover .rb-toc-n { flex: none; min-width: 2.6em; text-align: right; font-variant-numeric: tabular-nums; }
.rb-cover .rb-toc-entry { flex: 1 1 auto; min-width: 0; }
.rb-cover .rb-toc-meta { color: var(--rb-muted); font-size: .92em; }
.rb-cover .rb-toc-page { flex: none; width: 3.2em; text-align: right; font-variant-numeric: tabular-nums; }
.rb-cover ol.rb-toc-paged .rb-toc-entry { border-bottom: 1px dotted var(--rb-border); }
.rb-cover a { color: var(--rb-info); }

@media print {
  @page { margin: 10mm 11mm 13mm; }
  .runbook, .rb-cover { max-width: none; font-size: 8.8pt; line-height: 1.2; }
  .runbook table.rb-kv th { width: 24%; }
  .runbook .rb-message .rb-usewhen, .runbook .rb-message dt { display: none; }
  .runbook .rb-message dd.rb-subject { font-weight: 600; margin-bottom: .15em; }
  .runbook .rb-message figcaption h3, .runbook .rb-message figcaption h4 { margin: 0 0 .15em; }
  .runbook h2 { margin: 1em 0 .35em; }
  .runbook h3, .runbook h4 { margin: .7em 0 .25em; }
  .runbook .rb-option { padding: .2em .7em .4em; margin: .5em 0; }
  .runbook .rb-message { padding: .3em .6em; margin: .5em 0; }
  .runbook table.rb-kv { margin: .3em 0 .5em; }
  .runbook .rb-section-degraded table.rb-table { font-size: .86em; }
  .runbook .rb-section-degraded table.rb-table th, .runbook .rb-section-degraded table.rb-table td { padding: .1em .35em; }
  /* The app's print CSS keeps every section, table and list item on one page; a runbook section is
     pages long, so that pushed the whole first section to page 2 (page 1: only the title). Sections
     and tables break; options, messages, findings, rows and code blocks are kept together (below). */
  .runbook section, .runbook table, .runbook li, .rb-cover section, .rb-cover table { break-inside: auto; page-break-inside: auto; }
  .runbook nav, .rb-cover nav { display: block !important; }
  .runbook li, .rb-cover li { break-inside: avoid; page-break-inside: avoid; }
  .runbook h2, .runbook h3, .runbook h4 { break-after: avoid; page-break-after: avoid; }
  /* Page 1 is the first-response card; everything else flows on (no forced breaks: the runbook stays short). */
  .runbook .rb-section-first-response { break-after: page; page-break-after: always; }
  .runbook .rb-section-first-response h2 { margin-top: .2em; }
  /* Options may break across pages (keeping them whole left half pages empty); their parts may not. */
  .runbook .rb-message, .runbook .rb-finding, .runbook table.rb-kv tr, .runbook table.rb-table tr, .runbook pre, .runbook figure, .runbook dl.rb-hwr { break-inside: avoid; page-break-inside: avoid; }
  /* Options and messages print in two columns: short lines, half the paper (issue 12: ≤ 5 pages). */
  .runbook .rb-section-options, .runbook .rb-section-messages, .runbook .rb-section-when-to-message, .runbook .rb-section-revert { column-count: 2; column-gap: 6mm; font-size: .92em; }
  .runbook .rb-section-options > h2, .runbook .rb-section-messages > h2, .runbook .rb-section-messages > p,
  .runbook .rb-section-when-to-message > h2, .runbook .rb-section-revert > h2 { column-span: all; }
  .runbook .rb-message { break-inside: avoid-column; }
  .runbook .rb-option { break-inside: auto; page-break-inside: auto; }
  .runbook .rb-option { margin: 0 0 .5em; }
  .runbook .rb-option dl.rb-hwr { display: block; }
  .runbook .rb-option dl.rb-hwr dt { float: left; margin-right: .4em; }
  .runbook .rb-option dl.rb-hwr dt::after { content: ":"; }
  .runbook .rb-option dl.rb-hwr dd { margin: 0 0 .25em; }
  .rb-binder > .runbook { break-before: page; page-break-before: always; }
  .runbook a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--rb-muted); word-break: break-all; }
  .runbook a[data-url-shown]::after { content: none; }
  .runbook a[href^="#"], .rb-cover a { color: inherit; text-decoration: none; }
  .runbook .rb-tone, .runbook .rb-status-not-allowed, .runbook ul.rb-warnings li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Extra rules for the standalone document (page body). */
export const STANDALONE_CSS = `
html { background: #fff; }
body { margin: 0 auto; padding: 1.5rem; max-width: 62rem; }
@media print { body { padding: 0; max-width: none; } }
`;
