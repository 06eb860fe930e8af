// A readable Markdown report of an assessment (the `assess --format md` output). Pure: no dates, no
// I/O, so the same inventory always gives the same report.
import type { ApplicationAssessment, InventoryAssessment } from './assess';
import { summarize } from './assess';
import { explainLevel, failmodeName, findingFix, findingMessage, findingTitle, integrationName, levelName, severityName } from './messages';
import type { Lang } from './types';

export interface MarkdownReportOptions {
  /** Shown under the title, e.g. the file name. */
  source?: string;
}

/** Escapes text for Markdown inline context (also safe inside table cells). */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}

const T = {
  en: {
    title: 'Outage readiness assessment',
    source: 'Inventory',
    catalog: 'Catalog version',
    apps: 'applications',
    findings: 'findings',
    app: 'Application',
    level: 'Restriction level',
    recommended: 'Recommended',
    configured: 'Configured',
    integration: 'Integration',
    why: 'Why',
    allowed: 'May be switched to bypass (degradation)',
    forbidden: 'Must NOT be switched to bypass',
    none: 'none',
    noFindings: 'No findings.',
    fix: 'Fix',
    summary: 'Summary',
  },
  de: {
    title: 'Bewertung der Ausfallbereitschaft',
    source: 'Inventar',
    catalog: 'Katalogversion',
    apps: 'Anwendungen',
    findings: 'Befunde',
    app: 'Anwendung',
    level: 'Einschränkungsebene',
    recommended: 'Empfohlen',
    configured: 'Konfiguriert',
    integration: 'Integration',
    why: 'Begründung',
    allowed: 'Darf auf „Umgehung“ gesetzt werden (Beeinträchtigung)',
    forbidden: 'Darf NICHT auf „Umgehung“ gesetzt werden',
    none: 'keine',
    noFindings: 'Keine Befunde.',
    fix: 'Abhilfe',
    summary: 'Übersicht',
  },
} as const;

function names(list: readonly string[], lang: Lang): string {
  return list.length === 0 ? T[lang].none : list.map(mdEscape).join(', ');
}

function appSection(a: ApplicationAssessment, lang: Lang): string[] {
  const t = T[lang];
  const out = [
    `## ${mdEscape(a.name)}`,
    '',
    `- ${t.integration}: ${mdEscape(integrationName(a.integration, lang))} (\`${a.integration}\`)`,
    `- ${t.level}: **${levelName(a.restrictionLevel, lang)}**`,
    `- ${t.recommended}: ${failmodeName(a.recommendedFailmode, lang)} · ${t.configured}: ${failmodeName(a.configuredFailmode, lang)}`,
    `- ${t.why}: ${explainLevel(a.why, lang).map(mdEscape).join(' ')}`,
    `- ${t.allowed}: ${names(a.bypassAllowedGroups, lang)}`,
    `- ${t.forbidden}: ${names(a.bypassForbiddenGroups, lang)}`,
    '',
  ];
  if (a.findings.length === 0) out.push(t.noFindings, '');
  for (const f of a.findings) {
    out.push(
      `- **${severityName(f.severity, lang)}** \`${f.code}\` ${mdEscape(findingTitle(f.code, lang))}: ${mdEscape(findingMessage(f, lang))}`,
      `  ${t.fix}: ${mdEscape(findingFix(f, lang))}`,
    );
  }
  if (a.findings.length > 0) out.push('');
  return out;
}

export function renderAssessmentMarkdown(
  assessment: Pick<InventoryAssessment, 'applications' | 'catalogVersion'>,
  lang: Lang,
  opts: MarkdownReportOptions = {},
): string {
  const t = T[lang];
  const s = summarize(assessment);
  const lines: string[] = [`# ${t.title}`, ''];
  if (opts.source !== undefined) lines.push(`${t.source}: ${mdEscape(opts.source)}  `);
  lines.push(
    `${t.catalog}: ${assessment.catalogVersion} · ${s.applications} ${t.apps} · ${s.findings} ${t.findings}: ` +
      `${severityName('critical', lang)} ${s.bySeverity.critical}, ${severityName('warning', lang)} ${s.bySeverity.warning}, ${severityName('info', lang)} ${s.bySeverity.info}`,
    '',
    `| ${t.app} | ${t.level} | ${t.recommended} | ${t.configured} | ${severityName('critical', lang)} | ${severityName('warning', lang)} | ${severityName('info', lang)} |`,
    '|---|---|---|---|---:|---:|---:|',
  );
  for (const a of assessment.applications) {
    const count = (sev: string) => a.findings.filter((f) => f.severity === sev).length;
    lines.push(
      `| ${mdEscape(a.name)} | ${levelName(a.restrictionLevel, lang)} | ${failmodeName(a.recommendedFailmode, lang)} | ${failmodeName(a.configuredFailmode, lang)} | ${count('critical')} | ${count('warning')} | ${count('info')} |`,
    );
  }
  lines.push('');
  for (const a of assessment.applications) lines.push(...appSection(a, lang));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
