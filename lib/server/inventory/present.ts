import 'server-only';
import type { ApplicationAssessment } from '../../domain/assess';
import { findingMessage } from '../../domain/messages';
import type { ReviewState, ReviewStatus } from '../../domain/review';
import type { Lang } from '../../domain/types';
import type { AppRecord, GroupRecord } from './snapshot';

export interface ReviewSummary {
  state: ReviewState;
  reviewer: string | null;
  decidedAt: string | null;
  expiresAt: string | null;
}

export function toReviewSummary(s: ReviewStatus): ReviewSummary {
  return {
    state: s.state,
    reviewer: s.reviewer,
    decidedAt: s.decidedAt?.toISOString() ?? null,
    expiresAt: s.expiresAt?.toISOString() ?? null,
  };
}

/** The interchange application (SPEC §3), in the field order of the format. */
export function toInterchangeApplication(a: AppRecord) {
  return {
    name: a.name,
    integration: a.integration,
    dataClasses: [...a.dataClasses],
    mfaMandate: a.mfaMandate,
    criticality: a.criticality,
    configuredFailmode: a.configuredFailmode,
    groups: [...a.groups],
    ...(a.owner ? { owner: a.owner } : {}),
    ...(a.notes ? { notes: a.notes } : {}),
    ...(a.onCallContact ? { onCallContact: a.onCallContact } : {}),
    ...(a.escalation ? { escalation: a.escalation } : {}),
  };
}

export function toInterchangeGroup(g: GroupRecord) {
  return {
    name: g.name,
    alwaysRequireMfa: g.alwaysRequireMfa,
    ...(g.memberCount !== undefined ? { memberCount: g.memberCount } : {}),
    ...(g.description ? { description: g.description } : {}),
  };
}

// The presented (localised) assessment only depends on the assessment object, which belongs to one
// inventory snapshot and never changes: it is built once per language and shared by every request of
// that revision (docs/decisions/0060-performance.md). Frozen, so that no caller can change it for
// the others.
const presented = new WeakMap<ApplicationAssessment, Partial<Record<Lang, PresentedAssessment>>>();

export type PresentedAssessment = ReturnType<typeof buildPresentedAssessment>;

export function presentAssessment(x: ApplicationAssessment, lang: Lang): PresentedAssessment {
  let byLang = presented.get(x);
  if (!byLang) presented.set(x, (byLang = {}));
  return (byLang[lang] ??= deepFreeze(buildPresentedAssessment(x, lang)));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function buildPresentedAssessment(x: ApplicationAssessment, lang: Lang) {
  return {
    restrictionLevel: x.restrictionLevel,
    recommendedFailmode: x.recommendedFailmode,
    configuredFailmode: x.configuredFailmode,
    bypassAllowedGroups: [...x.bypassAllowedGroups],
    bypassForbiddenGroups: [...x.bypassForbiddenGroups],
    findings: x.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: findingMessage(f, lang),
      groups: [...f.groups],
      relatedApplications: [...f.relatedApplications],
    })),
  };
}

/** An item of `GET /api/v1/applications`: the interchange application plus id, version, assessment, review. */
export function presentApplication(a: AppRecord, x: ApplicationAssessment, lang: Lang, review: ReviewSummary) {
  return {
    id: a.id,
    version: a.version,
    ...toInterchangeApplication(a),
    needsTriage: a.needsTriage,
    assessment: presentAssessment(x, lang),
    review,
    updatedAt: a.updatedAt.toISOString(),
  };
}
export type ApplicationItem = ReturnType<typeof presentApplication>;

export function presentGroup(g: GroupRecord) {
  return {
    id: g.id,
    version: g.version,
    ...toInterchangeGroup(g),
    applications: [...g.applications],
    updatedAt: g.updatedAt.toISOString(),
  };
}
export type GroupItem = ReturnType<typeof presentGroup>;
