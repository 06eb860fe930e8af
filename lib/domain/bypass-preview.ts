// What an unsaved group or application form would do to the bypass plan (issue 18, item 2): the
// draft replaces its saved version in the inventory and the SAME rule that produces the
// BYPASS_GROUP_SPANS_APPS finding (assess.ts) runs over the result. No second copy of the rule.
import { compareNames, groupKey, iterateAssessments, sortNames, type AssessPolicy, type InventoryInput } from './assess';
import type { Finding } from './findings';
import type { ApplicationInput, GroupInput } from './types';

/** One BYPASS_GROUP_SPANS_APPS finding, with whether the draft adds it (it is not in the saved inventory). */
export interface BypassRisk {
  finding: Finding;
  /** True when the saved inventory does not have this finding: the change puts these apps at risk. */
  isNew: boolean;
}

/** The BYPASS_GROUP_SPANS_APPS findings of an inventory, in assessment order. */
export function bypassFindings(inv: InventoryInput, policy: AssessPolicy): Finding[] {
  const out: Finding[] = [];
  for (const a of iterateAssessments(inv, policy)) for (const f of a.findings) if (f.code === 'BYPASS_GROUP_SPANS_APPS') out.push(f);
  return out;
}

const riskKey = (f: Finding) =>
  `${f.applicationName.toLowerCase()}\n${groupKey(f.groups[0] ?? '')}\n${f.relatedApplications.map((n) => n.toLowerCase()).join('\n')}`;

/** A bypass risk as the forms show it. */
export interface BypassPreviewItem {
  /** The application whose degradation plan may switch the group to bypass. */
  application: string;
  group: string;
  /** The most-restrictive applications that bypass would reach. */
  reaches: string[];
  /** Not in the saved inventory: this change adds it. */
  isNew: boolean;
  /** The finding's text (BYPASS_GROUP_SPANS_APPS), in the user's language. */
  message: string;
}

export interface GroupDraft {
  name: string;
  alwaysRequireMfa: boolean;
  /** Applications the group has access to. */
  applications: readonly string[];
}

/**
 * The inventory with the group draft in place of the group saved as `originalName` (absent for a new
 * group): the group table row and every application's access list follow the draft.
 */
export function withGroupDraft(inv: InventoryInput, draft: GroupDraft, originalName?: string): InventoryInput {
  const dropped = new Set([groupKey(draft.name), ...(originalName !== undefined ? [groupKey(originalName)] : [])]);
  const access = new Set(draft.applications.map((n) => n.toLowerCase()));
  const groups: GroupInput[] = inv.groups.filter((g) => !dropped.has(groupKey(g.name)));
  if (draft.name.trim() !== '') groups.push({ name: draft.name, alwaysRequireMfa: draft.alwaysRequireMfa });
  const applications: ApplicationInput[] = inv.applications.map((a) => {
    const kept = a.groups.filter((g) => !dropped.has(groupKey(g)));
    if (draft.name.trim() !== '' && access.has(a.name.toLowerCase())) kept.push(draft.name);
    return kept.length === a.groups.length && kept.every((g, i) => g === a.groups[i]) ? a : { ...a, groups: kept };
  });
  return { groups, applications };
}

/** The inventory with the application draft in place of the one saved as `originalName` (absent: a new one). */
export function withApplicationDraft(inv: InventoryInput, draft: ApplicationInput, originalName?: string): InventoryInput {
  const dropped = new Set([draft.name.toLowerCase(), ...(originalName !== undefined ? [originalName.toLowerCase()] : [])]);
  const applications = inv.applications.filter((a) => !dropped.has(a.name.toLowerCase()));
  applications.push(draft);
  return { groups: inv.groups, applications };
}

/**
 * The bypass findings that concern a draft, after the change, each marked new or not (compared with
 * the saved inventory, or its findings).
 * `concerns` picks them: for a group, the findings about that group; for an application, the ones
 * where it is the app whose plan bypasses the group or one of the most-restrictive apps reached.
 */
export function bypassRisks(
  saved: InventoryInput | readonly Finding[],
  after: InventoryInput,
  policy: AssessPolicy,
  concerns: (f: Finding) => boolean,
): BypassRisk[] {
  // The saved inventory's findings may be passed in (a server has them from its snapshot already).
  const savedFindings = Array.isArray(saved) ? (saved as readonly Finding[]) : bypassFindings(saved as InventoryInput, policy);
  const known = new Set(savedFindings.filter((f) => f.code === 'BYPASS_GROUP_SPANS_APPS').map(riskKey));
  return bypassFindings(after, policy)
    .filter(concerns)
    .map((finding) => ({ finding, isNew: !known.has(riskKey(finding)) }))
    .sort((a, b) => Number(b.isNew) - Number(a.isNew) || compareNames(a.finding.applicationName, b.finding.applicationName));
}

/** Findings about group `name`. */
export const aboutGroup = (name: string) => (f: Finding) => f.groups.some((g) => groupKey(g) === groupKey(name));

/** Findings about application `name`, as the bypassing app or as a most-restrictive app reached. */
export const aboutApplication = (name: string) => (f: Finding) =>
  f.applicationName.toLowerCase() === name.toLowerCase() || f.relatedApplications.some((n) => n.toLowerCase() === name.toLowerCase());

export interface GroupBypassSummary {
  /** Applications whose degradation plan may switch the group to bypass (sorted). */
  bypassedIn: string[];
  /** The most-restrictive applications that bypass would reach (sorted). */
  reaches: string[];
}

/** Per group key: what the BYPASS_GROUP_SPANS_APPS findings of these assessments say about it (the groups list column). */
export function bypassSummaryByGroup(assessments: Iterable<{ findings: readonly Finding[] }>): Map<string, GroupBypassSummary> {
  const acc = new Map<string, { bypassedIn: Set<string>; reaches: Set<string> }>();
  for (const a of assessments) {
    for (const f of a.findings) {
      if (f.code !== 'BYPASS_GROUP_SPANS_APPS') continue;
      const key = groupKey(f.groups[0] ?? '');
      const e = acc.get(key) ?? acc.set(key, { bypassedIn: new Set(), reaches: new Set() }).get(key)!;
      e.bypassedIn.add(f.applicationName);
      for (const r of f.relatedApplications) e.reaches.add(r);
    }
  }
  const out = new Map<string, GroupBypassSummary>();
  for (const [k, e] of acc) out.set(k, { bypassedIn: sortNames(e.bypassedIn), reaches: sortNames(e.reaches) });
  return out;
}
