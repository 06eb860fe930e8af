// Runbook exports: Markdown, HTML (standalone or fragment + RUNBOOK_CSS) and PDF (server-side only:
// import htmlToPdf from './pdf' directly so that client bundles never pull in playwright-core).
export { renderRunbookMarkdown } from './render-md';
export { renderRunbookHtml, RUNBOOK_CSS } from './render-html';
