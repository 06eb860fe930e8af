// Public surface of the DR runbook model (pure; no framework imports).
export * from './types';
export { buildRunbook, firstResponseChecklist, runbookId } from './model';
export { runbookStrings } from './i18n';
