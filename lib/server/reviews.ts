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

/**
 * Who edited the state under review: authors of audited writes, since the previous decision, to the
 * application, to one of its groups, to the policy, or through an import (docs/decisions/0005-reviews.md).
 */
async function editedSinceLastDecision(snap: InventorySnapshot, appId: string, actorId: string): Promise<string[]> {
  const db = await getDb();
  const app = snap.appById.get(appId)!;
  const since = snap.reviewById.get(appId)?.latest?.decidedAt ?? new Date(0);
  const groupIds = snap.groups.filter((g) => app.groups.includes(g.name)).map((g) => g.id);
  const rows = await db.auditLog.findMany({
    where: {
      actorId,
      at: { gt: since },
      OR: [
        { entity: 'application', entityId: appId, NOT: { action: { startsWith: 'review.' } } },
        { entity: 'group', entityId: { in: groupIds } },
        { entity: 'policy' },
        { entity: 'inventory', action: { startsWith: 'import' } },
      ],
    },
    select: { action: true },
    take: 20,
  });
  return [...new Set(rows.map((r) => r.action))];
}

/** A reviewer (or admin) approves or rejects the current failmode choice of an application. */
export async function decideReview({ actor, applicationId, input }: { actor: Actor | null; applicationId: string; input: unknown }) {
  assertCan(actor, 'review:decide');
  const { decision, rationale } = parseOrThrow(reviewDecisionSchema, input, 'review');
  const db = await getDb();
  return withWriteLock(async () => {
    const snap = await getInventorySnapshot();
    const app = snap.appById.get(applicationId);
    if (!app) throw new AppError('NOT_FOUND', 'No application with this id.');
    if (decision === 'approve') {
      const edits = await editedSinceLastDecision(snap, applicationId, actor.id);
      if (edits.length) {
        throw new AppError(
          'FORBIDDEN',
          `Separation of duties: you changed what this review covers (${edits.join(', ')}) since the last decision, so someone else must approve it.`,
        );
      }
    }
    const basis = snap.reviewById.get(applicationId)!;
    const id = randomUUID();
    const decidedAt = new Date();
    const record = { decision, rationale, fingerprint: basis.fingerprint };
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
        },
      }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: `review.${decision}`,
          entity: 'application',
          entityId: applicationId,
          before: basis.latest ? { decision: basis.latest.decision, reviewer: basis.latest.reviewer, fingerprint: basis.latest.fingerprint } : null,
          after: record,
        }),
      }),
    ]);
    return {
      id,
      applicationId,
      decision,
      rationale,
      reviewer: actor.email,
      decidedAt: decidedAt.toISOString(),
      expiresAt: new Date(decidedAt.getTime() + snap.policy.reviewIntervalDays * DAY).toISOString(),
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
    const expiringSoon = status.state === 'approved' && status.expiresAt && status.expiresAt.getTime() - now.getTime() < EXPIRING_SOON_DAYS * DAY;
    if (status.state === 'approved' && !expiringSoon) continue;
    const urgency =
      criticalFindings * 1000 +
      (CRITICALITIES.length - CRITICALITIES.indexOf(a.criticality)) * 100 +
      ({ stale: 40, expired: 30, unreviewed: 20, rejected: 10, approved: 5 } as const)[status.state];
    out.push({ id: a.id, name: a.name, criticality: a.criticality, status, criticalFindings, urgency });
  }
  return out.sort((l, r) => r.urgency - l.urgency || l.name.localeCompare(r.name));
}

export interface ReviewContext {
  status: ReviewStatus;
  changes: InputChange[];
  latest: ReviewRecord | null;
  history: { decision: string; reviewer: string; decidedAt: Date; rationale: string }[];
  canApprove: { ok: boolean; reason?: string };
}

/** What the review screen shows: state, what changed since the last decision, the history. */
export async function reviewContext({ actor, applicationId }: { actor: Actor | null; applicationId: string; lang?: Lang }): Promise<ReviewContext> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  if (!snap.appById.has(applicationId)) throw new AppError('NOT_FOUND', 'No application with this id.');
  const basis = snap.reviewById.get(applicationId)!;
  const db = await getDb();
  const history = await db.review.findMany({
    where: { applicationId },
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { decision: true, reviewer: true, decidedAt: true, rationale: true },
  });
  let canApprove: ReviewContext['canApprove'] = { ok: false, reason: 'Your role cannot decide reviews.' };
  if (actor.role === 'admin' || actor.role === 'reviewer') {
    const edits = await editedSinceLastDecision(snap, applicationId, actor.id);
    canApprove = edits.length
      ? { ok: false, reason: `You changed what this review covers (${edits.join(', ')}) since the last decision: someone else must approve it.` }
      : { ok: true };
  }
  return {
    status: reviewStatusOf(snap, applicationId),
    changes: basis.latest ? diffInputs(basis.latest.inputs, basis.inputs) : [],
    latest: basis.latest,
    history,
    canApprove,
  };
}
