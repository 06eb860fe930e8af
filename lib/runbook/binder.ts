// What the Markdown and HTML binders share: the selection (filter), counts for the cover page, and the
// cover's plain-text lines. Pure.
import type { ApprovalState, Runbook } from '../domain/runbook/types';
import { runbookStrings } from '../domain/runbook/i18n';
import { criticalityName, levelName } from '../domain/messages';
import type { Criticality, Lang, RestrictionLevel } from '../domain/types';
import { CRITICALITIES, RESTRICTION_LEVELS, REVIEW_STATES } from '../domain/types';
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
}

export function binderCounts(rbs: readonly Runbook[]): BinderCounts {
  const byLevel = Object.fromEntries(RESTRICTION_LEVELS.map((l) => [l, 0])) as Record<RestrictionLevel, number>;
  const byReviewState = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ApprovalState, number>;
  for (const rb of rbs) {
    byLevel[rb.application.restrictionLevel] += 1;
    byReviewState[rb.approval.state] += 1;
  }
  return { total: rbs.length, byLevel, byReviewState };
}

/** Rows "label: count" of the cover, in the fixed order of levels and states. */
export function countRows(counts: BinderCounts, lang: Lang): { levels: [string, number][]; states: [string, number][] } {
  const t = runbookStrings(lang);
  return {
    levels: RESTRICTION_LEVELS.map((l) => [levelName(l, lang), counts.byLevel[l]]),
    states: REVIEW_STATES.map((s) => [t.approvalState[s], counts.byReviewState[s]]),
  };
}

/** The selection as plain-text lines (empty when there is no filter). */
export function describeFilter(filter: BinderFilter | undefined, lang: Lang): string[] {
  if (!filter) return [];
  const L = renderLabels(lang);
  const t = runbookStrings(lang);
  const out: string[] = [];
  if (filter.levels?.length) out.push(`${L.filterLevels}: ${RESTRICTION_LEVELS.filter((l) => filter.levels?.includes(l)).map((l) => levelName(l, lang)).join(', ')}`);
  if (filter.reviewStates?.length) out.push(`${L.filterStates}: ${REVIEW_STATES.filter((s) => filter.reviewStates?.includes(s)).map((s) => t.approvalState[s]).join(', ')}`);
  if (filter.criticalities?.length) out.push(`${L.filterCriticality}: ${CRITICALITIES.filter((c) => filter.criticalities?.includes(c)).map((c) => criticalityName(c, lang)).join(', ')}`);
  if (filter.query?.trim()) out.push(`${L.filterQuery}: ${filter.query.trim()}`);
  return out;
}

export function binderTitle(opts: Pick<BinderOptions, 'title' | 'lang'>): string {
  return opts.title?.trim() ? opts.title : renderLabels(opts.lang).binderTitle;
}
