// What the Markdown and HTML binders share: the selection (filter), counts for the cover page, and the
// cover's plain-text lines. Pure.
import type { ApprovalState, Block, Runbook, Section } from '../domain/runbook/types';
import { runbookStrings } from '../domain/runbook/i18n';
import { criticalityName, levelName, severityName } from '../domain/messages';
import type { Criticality, Lang, RestrictionLevel, Severity } from '../domain/types';
import { CRITICALITIES, RESTRICTION_LEVELS, REVIEW_STATES, SEVERITIES } from '../domain/types';
import { renderLabels } from './i18n';

/** Which runbooks go into a binder; every given criterion must hold (empty / absent = any). */
export interface BinderFilter {
  levels?: readonly RestrictionLevel[];
  reviewStates?: readonly ApprovalState[];
  criticalities?: readonly Criticality[];
  /** Case-insensitive substring of the application name. */
  query?: string;
}

export interface BinderOptions {
  /** ISO timestamp. */
  generatedAt: string;
  lang: Lang;
  /** Defaults to "DR runbooks" / "DR-Runbooks". */
  title?: string;
  /** Applied to the runbooks and described on the cover. */
  filter?: BinderFilter;
  /**
   * Page on which each runbook starts (by runbook id), shown in the contents; the PDF binder prints
   * twice to learn them (lib/runbook/pdf.ts). Absent: the contents have no page numbers (HTML).
   * null: the page column is kept empty (the PDF's first print, laid out like the numbered one).
   */
  pages?: ReadonlyMap<string, number> | null;
}

export function applyBinderFilter(rbs: readonly Runbook[], filter: BinderFilter | undefined): Runbook[] {
  if (!filter) return [...rbs];
  const q = filter.query?.trim().toLowerCase() ?? '';
  return rbs.filter(
    (rb) =>
      (!filter.levels?.length || filter.levels.includes(rb.application.restrictionLevel)) &&
      (!filter.reviewStates?.length || filter.reviewStates.includes(rb.approval.state)) &&
      (!filter.criticalities?.length || filter.criticalities.includes(rb.application.criticality)) &&
      (q === '' || rb.application.name.toLowerCase().includes(q)),
  );
}

export interface BinderCounts {
  total: number;
  byLevel: Record<RestrictionLevel, number>;
  byReviewState: Record<ApprovalState, number>;
  /** Findings shown in the runbooks, by severity (an application with two findings counts twice). */
  findingsBySeverity: Record<Severity, number>;
  /** Applications with at least one finding of that severity. */
  applicationsBySeverity: Record<Severity, number>;
}

function* findingSeverities(sections: readonly Section[]): Generator<Severity> {
  const inBlocks = function* (blocks: readonly Block[]): Generator<Severity> {
    for (const b of blocks) {
      if (b.kind === 'finding') yield b.severity;
      else if (b.kind === 'option') yield* inBlocks(b.blocks);
    }
  };
  for (const s of sections) {
    yield* inBlocks(s.blocks);
    yield* findingSeverities(s.subsections);
  }
}

export function binderCounts(rbs: readonly Runbook[]): BinderCounts {
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const byLevel = zero(RESTRICTION_LEVELS);
  const byReviewState = zero(REVIEW_STATES);
  const findingsBySeverity = zero(SEVERITIES);
  const applicationsBySeverity = zero(SEVERITIES);
  for (const rb of rbs) {
    byLevel[rb.application.restrictionLevel] += 1;
    byReviewState[rb.approval.state] += 1;
    const seen = new Set<Severity>();
    for (const sev of findingSeverities(rb.sections)) {
      findingsBySeverity[sev] += 1;
      seen.add(sev);
    }
    for (const sev of seen) applicationsBySeverity[sev] += 1;
  }
  return { total: rbs.length, byLevel, byReviewState, findingsBySeverity, applicationsBySeverity };
}

/** Rows of the cover, in the fixed order of levels, states and severities (findings: [label, findings, applications]). */
export function countRows(
  counts: BinderCounts,
  lang: Lang,
): { levels: [string, number][]; states: [string, number][]; severities: [string, number, number][] } {
  const t = runbookStrings(lang);
  return {
    levels: RESTRICTION_LEVELS.map((l) => [levelName(l, lang), counts.byLevel[l]]),
    states: REVIEW_STATES.map((s) => [t.approvalState[s], counts.byReviewState[s]]),
    severities: SEVERITIES.map((s) => [severityName(s, lang), counts.findingsBySeverity[s], counts.applicationsBySeverity[s]]),
  };
}

/** The selection as plain-text lines (empty when there is no filter). */
export function describeFilter(filter: BinderFilter | undefined, lang: Lang): string[] {
  if (!filter) return [];
  const L = renderLabels(lang);
  const t = runbookStrings(lang);
  const out: string[] = [];
  if (filter.levels?.length)
    out.push(
      `${L.filterLevels}: ${RESTRICTION_LEVELS.filter((l) => filter.levels?.includes(l))
        .map((l) => levelName(l, lang))
        .join(', ')}`,
    );
  if (filter.reviewStates?.length)
    out.push(
      `${L.filterStates}: ${REVIEW_STATES.filter((s) => filter.reviewStates?.includes(s))
        .map((s) => t.approvalState[s])
        .join(', ')}`,
    );
  if (filter.criticalities?.length)
    out.push(
      `${L.filterCriticality}: ${CRITICALITIES.filter((c) => filter.criticalities?.includes(c))
        .map((c) => criticalityName(c, lang))
        .join(', ')}`,
    );
  if (filter.query?.trim()) out.push(`${L.filterQuery}: ${filter.query.trim()}`);
  return out;
}

export function binderTitle(opts: Pick<BinderOptions, 'title' | 'lang'>): string {
  return opts.title?.trim() ? opts.title : renderLabels(opts.lang).binderTitle;
}
