// Labels the renderers add around the runbook model (the model's own texts are in
// lib/domain/runbook/i18n.ts). English and German; German terms as in the German guide
// ("Vorgehensweise", "Wirkung", "Betreff", "Textkörper").
import type { Lang } from '../domain/types';
import type { OptionStatus, Tone } from '../domain/runbook/types';

export interface RenderLabels {
  tone: Record<Exclude<Tone, 'normal'>, string>;
  status: Record<OptionStatus, string>;
  how: string;
  whatItDoes: string;
  revert: string;
  warnings: string;
  subject: string;
  body: string;
  fix: string;
  seeMessage: string;
  binderTitle: string;
  generated: string;
  applications: string;
  byLevel: string;
  byReviewState: string;
  bySeverity: string;
  findings: string;
  withFindings: string;
  count: string;
  page: string;
  filter: string;
  filterLevels: string;
  filterStates: string;
  filterCriticality: string;
  filterQuery: string;
  contents: string;
  noApplications: string;
  printedFrom: string;
}

export const RENDER_LABELS: Readonly<Record<Lang, RenderLabels>> = {
  en: {
    tone: { info: 'Note', warning: 'Warning', danger: 'Important' },
    status: { available: 'Available', caution: 'Use with care', 'not-allowed': 'Not allowed' },
    how: 'How',
    whatItDoes: 'What it does',
    revert: 'Revert',
    warnings: 'Warnings',
    subject: 'Subject',
    body: 'Body',
    fix: 'Fix',
    seeMessage: 'see End-user messages',
    binderTitle: 'DR runbooks',
    generated: 'Generated',
    applications: 'Applications',
    byLevel: 'By restriction level',
    byReviewState: 'By review state',
    bySeverity: 'Findings by severity',
    findings: 'Findings',
    withFindings: 'Applications',
    count: 'Applications',
    page: 'Page',
    filter: 'Selection',
    filterLevels: 'restriction level',
    filterStates: 'review state',
    filterCriticality: 'criticality',
    filterQuery: 'name contains',
    contents: 'Contents',
    noApplications: 'No application matches.',
    printedFrom: 'Outage Readiness Planner',
  },
  de: {
    tone: { info: 'Hinweis', warning: 'Warnung', danger: 'Wichtig' },
    status: { available: 'Verfügbar', caution: 'Mit Vorsicht', 'not-allowed': 'Nicht zulässig' },
    how: 'Vorgehensweise',
    whatItDoes: 'Wirkung',
    revert: 'Rückgängig machen',
    warnings: 'Warnungen',
    subject: 'Betreff',
    body: 'Textkörper',
    fix: 'Abhilfe',
    seeMessage: 'siehe Kommunikationsvorlagen',
    binderTitle: 'DR-Runbooks',
    generated: 'Erstellt',
    applications: 'Anwendungen',
    byLevel: 'Nach Einschränkungsebene',
    byReviewState: 'Nach Prüfstatus',
    bySeverity: 'Befunde nach Schweregrad',
    findings: 'Befunde',
    withFindings: 'Anwendungen',
    count: 'Anwendungen',
    page: 'Seite',
    filter: 'Auswahl',
    filterLevels: 'Einschränkungsebene',
    filterStates: 'Prüfstatus',
    filterCriticality: 'Kritikalität',
    filterQuery: 'Name enthält',
    contents: 'Inhalt',
    noApplications: 'Keine Anwendung entspricht der Auswahl.',
    printedFrom: 'Outage Readiness Planner',
  },
};

export function renderLabels(lang: Lang): RenderLabels {
  return RENDER_LABELS[lang];
}
