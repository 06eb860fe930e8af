import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { listAudit } from '@/lib/server/audit-log';
import { AppError } from '@/lib/server/errors';
import { createApplication, getApplication, updateApplication } from '@/lib/server/inventory/applications';
import { createGroup, listGroups, updateGroup } from '@/lib/server/inventory/groups';
import type { Actor } from '@/lib/server/permissions';
import { decideReview, reviewContext, reviewQueue } from '@/lib/server/reviews';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;
let appId = '';

async function code(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

beforeAll(async () => {
  actors = await makeActors();
  await createGroup({ actor: actors.editor, input: { name: 'Staff', alwaysRequireMfa: false } });
  const app = await createApplication({
    actor: actors.editor,
    input: {
      name: 'Wiki',
      integration: 'auth-proxy-ldap',
      dataClasses: ['other'],
      mfaMandate: 'none',
      criticality: 'medium',
      configuredFailmode: 'safe',
      groups: ['Staff'],
    },
  });
  appId = app.id;
});

describe('reviews', () => {
  it('starts unreviewed and sits in the queue', async () => {
    expect((await getApplication({ actor: actors.viewer, id: appId })).review.state).toBe('unreviewed');
    expect((await reviewQueue({ actor: actors.viewer })).map((q) => q.name)).toContain('Wiki');
  });

  it('roles: only reviewers and admins decide; a rationale is required', async () => {
    expect(
      await code(decideReview({ actor: actors.viewer, applicationId: appId, input: { decision: 'approve', rationale: 'ok ok' } })),
    ).toBe('FORBIDDEN');
    expect(
      await code(decideReview({ actor: actors.editor, applicationId: appId, input: { decision: 'approve', rationale: 'ok ok' } })),
    ).toBe('FORBIDDEN');
    expect(await code(decideReview({ actor: null, applicationId: appId, input: { decision: 'approve', rationale: 'ok ok' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await code(decideReview({ actor: actors.reviewer, applicationId: appId, input: { decision: 'approve' } }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      await code(decideReview({ actor: actors.reviewer, applicationId: 'nope', input: { decision: 'approve', rationale: 'fine' } })),
    ).toBe('NOT_FOUND');
  });

  it('a reviewer approves; any input change makes it stale with the change visible', async () => {
    await decideReview({
      actor: actors.reviewer,
      applicationId: appId,
      input: { decision: 'approve', rationale: 'Less restrictive: fail safe is right.' },
    });
    const approved = await getApplication({ actor: actors.viewer, id: appId });
    expect(approved.review).toMatchObject({ state: 'approved', reviewer: actors.reviewer.email });
    expect(new Date(approved.review.expiresAt!).getTime() - new Date(approved.review.decidedAt!).getTime()).toBe(180 * 86_400_000);
    expect((await reviewQueue({ actor: actors.viewer })).map((q) => q.name)).not.toContain('Wiki');

    // A change the runbook does not print does not touch the approval (group description)…
    const g = (await listGroups({ actor: actors.viewer })).items.find((x) => x.name === 'Staff')!;
    await updateGroup({ actor: actors.editor, id: g.id, input: { description: 'everyone', version: g.version } });
    expect((await getApplication({ actor: actors.viewer, id: appId })).review.state).toBe('approved');
    // …a failmode change does.
    const cur = await getApplication({ actor: actors.viewer, id: appId });
    await updateApplication({ actor: actors.editor, id: appId, input: { configuredFailmode: 'secure', version: cur.version } });
    expect((await getApplication({ actor: actors.viewer, id: appId })).review.state).toBe('stale');
    const ctx = await reviewContext({ actor: actors.reviewer, applicationId: appId });
    expect(ctx.changes).toEqual([{ field: 'configuredFailmode', before: 'safe', after: 'secure' }]);
  });

  it('separation of duties: whoever edited the state cannot approve it, admins included', async () => {
    const cur = await getApplication({ actor: actors.viewer, id: appId });
    await updateApplication({ actor: actors.admin, id: appId, input: { criticality: 'high', version: cur.version } });
    const e = await decideReview({ actor: actors.admin, applicationId: appId, input: { decision: 'approve', rationale: 'mine' } }).catch(
      (x: AppError) => x,
    );
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('FORBIDDEN');
    expect((e as AppError).message).toMatch(/Separation of duties/);
    expect((await reviewContext({ actor: actors.admin, applicationId: appId })).separation.ok).toBe(false);
    // The reviewer did not edit: may approve.
    await decideReview({ actor: actors.reviewer, applicationId: appId, input: { decision: 'approve', rationale: 'checked again' } });
    expect((await getApplication({ actor: actors.viewer, id: appId })).review.state).toBe('approved');
  });

  it('every decision is in the audit log, readable by admins only', async () => {
    const { items } = await listAudit({ actor: actors.admin, query: { entity: 'application', entityId: appId } });
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(['application.create', 'application.update', 'review.approve']));
    expect(await code(listAudit({ actor: actors.reviewer, query: {} }))).toBe('FORBIDDEN');
    expect(await code(listAudit({ actor: actors.viewer, query: {} }))).toBe('FORBIDDEN');
  });
});
