// Public surface of the DR runbook model (pure; no framework imports).
export * from './types';
export type { InventoryRunbooksInput } from './model';
export { buildRunbook, buildRunbooks, firstResponseChecklist, runbookId, messageId, messagePlainText, STATUS_PAGE_URL, FAILMODE_LOG_LINES, PRIMARY_ONLY_LOG_LINE, PRIMARY_ONLY_DEFAULT_MINUTES, PRIMARY_ONLY_MAX_MINUTES } from './model';
export { unreachableBehaviour, firewallBlastRadius, bypassReach, primaryOnlyNeighbours, primaryOnlyApplies, indexAssessments } from './analysis';
export { runbookStrings, RUNBOOK_STRINGS, formatTimestamp, nameList, scenarioMethod } from './i18n';
export type { RunbookStrings } from './i18n';
