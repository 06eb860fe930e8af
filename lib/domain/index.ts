// Public surface of the pure domain layer (no framework or database imports below this folder).
export * from './types';
export * from './catalog';
export * from './assess';
export * from './messages';
export { renderAssessmentMarkdown } from './report-md';
export type { MarkdownReportOptions } from './report-md';
