// Runbook exports: Markdown, HTML (standalone or fragment + RUNBOOK_CSS) and PDF (server-side only:
// import htmlToPdf from './pdf' directly so that client bundles never pull in playwright-core).
export { renderRunbookMarkdown, renderBinderMarkdown } from './render-md';
export { renderRunbookHtml, renderBinderHtml, RUNBOOK_CSS } from './render-html';
export type { RunbookHtmlOptions, BinderHtmlOptions } from './render-html';
export { applyBinderFilter, binderCounts, describeFilter } from './binder';
export type { BinderFilter, BinderOptions, BinderCounts } from './binder';
export { escapeHtml, escapeMarkdown, stripControl } from './escape';
export { renderLabels } from './i18n';
