import 'server-only';
import { randomUUID } from 'node:crypto';
import { diffInputs, type InputChange, type ReviewStatus } from '../domain/review';
import { CRITICALITIES, type Lang } from '../domain/types';
import { reviewDecisionSchema } from '../validations/api';
import { auditEntry } from './audit';
import { getDb } from './db/client';
import { withWriteLock } from './db/write-lock';
import { AppError } from './errors';
import { parseOrThrow } from './inventory/shared';
import { bumpRevision, getInventorySnapshot, reviewStatusOf, type InventorySnapshot, type ReviewRecord } from './inventory/snapshot';
import { assertCan, type Actor } from './permissions';

const DAY = 86_400_000;
/** Approvals that expire within this many days are due for review. */
export const EXPIRING_SOON_DAYS = 30;
/** Risk acceptances that end within this many days are due again. */
export const RISK_EXPIRING_SOON_DAYS = 7;

/**
 * Separation of duties (docs/decisions/0005-reviews.md): the latest time this actor changed the review
 * fingerprint of the application — through its own fields, a group, another application its plan
 * reaches, the policy or an import (lib/server/review-edits.ts) — after the last decision on it by
 * *someone else*; null when there is none. Own decisions (a self-rejection included) never reset it.
 */
export async function ownEditSinceOthersDecision(applicationId: string, actorId: string): Promise<Date | null> {
  const db = await getDb();
  const lastByOther = await db.review.findFirst({
    where: { applicationId, reviewerId: { not: actorId } },
    orderBy: { decidedAt: 'desc' },
    select: { decidedAt: true },
  });
  const edit = await db.reviewEdit.findFirst({
    where: { applicationId, actorId, at: { gt: lastByOther?.decidedAt ?? new Date(0) } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  return edit?.at ?? null;
}

const criticalOf = (snap: InventorySnapshot, appId: string) =>
  snap.assessmentById.get(appId)!.findings.filter((f) => f.severity === 'critical');

/**
 * A reviewer (or admin) approves, rejects, or — while a critical finding is open — accepts the risk of
 * the current failmode choice of an application for a limited time.
 */
export async function decideReview({ actor, applicationId, input }: { actor: Actor | null; applicationId: string; input: unknown }) {
  assertCan(actor, 'review:decide');
  const { decision, rationale, expiresAt: requestedEnd } = parseOrThrow(reviewDecisionSchema, input, 'review');
  const db = await getDb();
  return withWriteLock(async () => {
    const snap = await getInventorySnapshot();
    const app = snap.appById.get(applicationId);
    if (!app) throw new AppError('NOT_FOUND', 'No application with this id.');
    const critical = criticalOf(snap, applicationId);
    if (decision === 'approve' && critical.length) {
      throw new AppError(
        'CRITICAL_FINDING_OPEN',
        `A critical finding is open (${critical.length}), so this failmode choice cannot be approved: reject it, or accept the risk with {"decision":"accept-risk","rationale","expiresAt"} for at most ${snap.policy.maxRiskAcceptanceDays} days.`,
      );
    }
    if (decision === 'accept-risk' && !critical.length) {
      throw new AppError(
        'NO_CRITICAL_FINDING',
        'No critical finding is open: approve or reject the failmode choice instead of accepting a risk.',
        [{ path: 'decision', message: 'Accepting a risk needs an open critical finding' }],
      );
    }
    const decidedAt = new Date();
    let expiresAt: Date | null = null;
    if (decision === 'accept-risk') {
      const limit = new Date(decidedAt.getTime() + snap.policy.maxRiskAcceptanceDays * DAY);
      const end = requestedEnd!;
      const sameDayAsLimit = end.toISOString().slice(0, 10) === limit.toISOString().slice(0, 10);
      if (end.getTime() <= decidedAt.getTime()) {
        throw new AppError('VALIDATION_FAILED', 'The review is not valid.', [
          { path: 'expiresAt', message: 'The end of the risk acceptance must be in the future' },
        ]);
      }
      if (end.getTime() > limit.getTime() && !sameDayAsLimit) {
        throw new AppError('VALIDATION_FAILED', 'The review is not valid.', [
          {
            path: 'expiresAt',
            message: `A risk may be accepted for at most ${snap.policy.maxRiskAcceptanceDays} days (policy), until ${limit.toISOString().slice(0, 10)}`,
          },
        ]);
      }
      expiresAt = end.getTime() > limit.getTime() ? limit : end;
    }
    if (decision !== 'reject') {
      const edited = await ownEditSinceOthersDecision(applicationId, actor.id);
      if (edited) {
        throw new AppError(
          'FORBIDDEN',
          `Separation of duties: you changed what this review covers (last on ${edited.toISOString()}) since the last decision by someone else, so someone else must ${decision === 'approve' ? 'approve it' : 'accept the risk'}.`,
        );
      }
    }
    const basis = snap.reviewById.get(applicationId)!;
    const id = randomUUID();
    const record = { decision, rationale, fingerprint: basis.fingerprint, ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}) };
    await db.$transaction([
      db.review.create({
        data: {
          id,
          applicationId,
          decision,
          rationale,
          reviewerId: actor.id,
          reviewer: actor.email,
          fingerprint: basis.fingerprint,
          inputs: JSON.stringify(basis.inputs),
          decidedAt,
          expiresAt,
        },
      }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: `review.${decision}`,
          entity: 'application',
          entityId: applicationId,
          before: basis.latest
            ? { decision: basis.latest.decision, reviewer: basis.latest.reviewer, fingerprint: basis.latest.fingerprint }
            : null,
          after: record,
        }),
      }),
    ]);
    const intervalEnd = new Date(decidedAt.getTime() + snap.policy.reviewIntervalDays * DAY);
    return {
      id,
      applicationId,
      decision,
      rationale,
      reviewer: actor.email,
      decidedAt: decidedAt.toISOString(),
      expiresAt: (expiresAt && expiresAt < intervalEnd ? expiresAt : intervalEnd).toISOString(),
      fingerprint: basis.fingerprint,
    };
  });
}

export interface QueueItem {
  id: string;
  name: string;
  criticality: string;
  status: ReviewStatus;
  criticalFindings: number;
  urgency: number;
}

/** Applications that need a decision, most urgent first (critical findings, critical apps, stale, expiring). */
export async function reviewQueue({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<QueueItem[]> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  const out: QueueItem[] = [];
  for (const a of snap.apps) {
    const status = reviewStatusOf(snap, a.id, now);
    const x = snap.assessmentById.get(a.id)!;
    const criticalFindings = x.findings.filter((f) => f.severity === 'critical').length;
    // A risk acceptance lasts 30 days at most: it comes back into the queue in its last week.
    const soon = (status.state === 'risk-accepted' ? RISK_EXPIRING_SOON_DAYS : EXPIRING_SOON_DAYS) * DAY;
    const expiringSoon =
      (status.state === 'approved' || status.state === 'risk-accepted') &&
      status.expiresAt &&
      status.expiresAt.getTime() - now.getTime() < soon;
    if ((status.state === 'approved' || status.state === 'risk-accepted') && !expiringSoon) continue;
    const urgency =
      criticalFindings * 1000 +
      (CRITICALITIES.length - CRITICALITIES.indexOf(a.criticality)) * 100 +
      ({ stale: 40, expired: 30, unreviewed: 20, rejected: 10, 'risk-accepted': 8, approved: 5 } as const)[status.state];
    out.push({ id: a.id, name: a.name, criticality: a.criticality, status, criticalFindings, urgency });
  }
  return out.sort((l, r) => r.urgency - l.urgency || l.name.localeCompare(r.name));
}

export interface ReviewContext {
  status: ReviewStatus;
  changes: InputChange[];
  latest: ReviewRecord | null;
  history: { decision: string; reviewer: string; decidedAt: Date; rationale: string; expiresAt: Date | null }[];
  /** Whether this actor may approve or accept the risk now; `editedAt` = their last edit that blocks it. */
  separation: { ok: true } | { ok: false; reason: 'role' } | { ok: false; reason: 'own-edit'; editedAt: Date };
  criticalFindings: number;
  maxRiskAcceptanceDays: number;
}

/** What the review screen shows: state, what changed since the last decision, the history. */
export async function reviewContext({
  actor,
  applicationId,
}: {
  actor: Actor | null;
  applicationId: string;
  lang?: Lang;
}): Promise<ReviewContext> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  if (!snap.appById.has(applicationId)) throw new AppError('NOT_FOUND', 'No application with this id.');
  const basis = snap.reviewById.get(applicationId)!;
  const db = await getDb();
  const history = await db.review.findMany({
    where: { applicationId },
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { decision: true, reviewer: true, decidedAt: true, rationale: true, expiresAt: true },
  });
  let separation: ReviewContext['separation'] = { ok: false, reason: 'role' };
  if (actor.role === 'admin' || actor.role === 'reviewer') {
    const editedAt = await ownEditSinceOthersDecision(applicationId, actor.id);
    separation = editedAt ? { ok: false, reason: 'own-edit', editedAt } : { ok: true };
  }
  return {
    status: reviewStatusOf(snap, applicationId),
    changes: basis.latest ? diffInputs(basis.latest.inputs, basis.inputs) : [],
    latest: basis.latest,
    history,
    separation,
    criticalFindings: criticalOf(snap, applicationId).length,
    maxRiskAcceptanceDays: snap.policy.maxRiskAcceptanceDays,
  };
}
