// Issue 13: separation of duties that holds, risk acceptance, staleness that means something.
// Runs on SQLite and (TEST_DATABASE_URL) on PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { AppError } from '@/lib/server/errors';
import { createApplication, deleteApplication, getApplication, updateApplication } from '@/lib/server/inventory/applications';
import { createGroup, getGroup, updateGroup } from '@/lib/server/inventory/groups';
import { applyImport } from '@/lib/server/inventory/import';
import type { Actor } from '@/lib/server/permissions';
import { getPolicy, updatePolicy } from '@/lib/server/policy';
import { decideReview, reviewContext, reviewQueue } from '@/lib/server/reviews';
import { getRunbook } from '@/lib/server/runbooks';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;
let n = 0;

async function code(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

/** A fresh, reviewable application (less restrictive, fail safe: no critical finding) in a fresh group, made by the editor. */
async function fixture() {
  const k = ++n;
  const group = await createGroup({ actor: actors.editor, input: { name: `Staff ${k}`, alwaysRequireMfa: false } });
  const app = await createApplication({
    actor: actors.editor,
    input: {
      name: `Wiki ${k}`,
      integration: 'okta',
      dataClasses: ['ip'],
      mfaMandate: 'none',
      criticality: 'medium',
      configuredFailmode: 'none',
      groups: [`Staff ${k}`],
    },
  });
  return { k, app, group };
}

const approve = (actor: Actor, applicationId: string) =>
  decideReview({ actor, applicationId, input: { decision: 'approve', rationale: 'looked at it' } });
const reject = (actor: Actor, applicationId: string) =>
  decideReview({ actor, applicationId, input: { decision: 'reject', rationale: 'not yet' } });

beforeAll(async () => {
  actors = await makeActors();
});

type F = Awaited<ReturnType<typeof fixture>>;

describe('separation of duties: nobody approves a state that includes their own edit', () => {
  // Each case: what the admin does to reach the application's review; the admin then tries to approve.
  const blocked: [string, (f: F) => Promise<unknown>][] = [
    [
      'own edit, then self-reject, then approve',
      async ({ app }) => {
        await updateApplication({ actor: actors.admin, id: app.id, input: { criticality: 'high', version: app.version } });
        expect(await code(reject(actors.admin, app.id))).toBe('OK'); // reject stays allowed and does not reset it
      },
    ],
    [
      'own edit, another self-reject later',
      async ({ app }) => {
        await updateApplication({ actor: actors.admin, id: app.id, input: { owner: 'Team X', version: app.version } });
        await reject(actors.admin, app.id);
        await reject(actors.admin, app.id);
      },
    ],
    [
      'a group edit that unlinks the application',
      async ({ group }) => {
        const g = await getGroup({ actor: actors.admin, id: group.id });
        await updateGroup({ actor: actors.admin, id: group.id, input: { applications: [], version: g.version } });
      },
    ],
    [
      "a group's 2FA flag",
      async ({ group }) => {
        const g = await getGroup({ actor: actors.admin, id: group.id });
        await updateGroup({ actor: actors.admin, id: group.id, input: { alwaysRequireMfa: true, version: g.version } });
      },
    ],
    [
      'another application that its bypass group reaches',
      async ({ k }) => {
        await createApplication({
          actor: actors.admin,
          input: {
            name: `Payroll ${k}`,
            integration: 'okta',
            dataClasses: ['financial'],
            mfaMandate: 'none',
            criticality: 'high',
            configuredFailmode: 'none',
            groups: [`Staff ${k}`],
          },
        });
      },
    ],
    [
      'the policy (a data class this application holds)',
      async () => {
        const p = await getPolicy({ actor: actors.admin });
        await updatePolicy({
          actor: actors.admin,
          input: { ...withoutVersion(p), mandatoryDataClasses: [...p.mandatoryDataClasses, 'ip'], version: p.version },
        });
        const q = await getPolicy({ actor: actors.editor });
        await updatePolicy({
          actor: actors.admin,
          input: { ...withoutVersion(q), mandatoryDataClasses: q.mandatoryDataClasses.filter((d) => d !== 'ip'), version: q.version },
        });
      },
    ],
    [
      'an import',
      async ({ k }) => {
        await applyImport({
          actor: actors.admin,
          inventory: {
            version: 1,
            groups: [{ name: `Staff ${k}`, alwaysRequireMfa: false }],
            applications: [
              {
                name: `Wiki ${k}`,
                integration: 'okta',
                dataClasses: ['ip'],
                mfaMandate: 'none',
                criticality: 'low',
                configuredFailmode: 'none',
                groups: [`Staff ${k}`],
              },
            ],
          },
        });
      },
    ],
  ];
  it.each(blocked)('%s: the admin may not approve, the reviewer may', async (_what, act) => {
    const f = await fixture();
    await approve(actors.reviewer, f.app.id); // someone else decided before the edit
    await act(f);
    const e = await approve(actors.admin, f.app.id).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('FORBIDDEN');
    expect((e as AppError).message).toMatch(/Separation of duties/);
    expect((e as AppError).message).not.toMatch(/application\.update|group\.update|policy\.update|import/);
    expect(await code(reject(actors.admin, f.app.id))).toBe('OK');
    expect(await code(approve(actors.reviewer, f.app.id))).toBe('OK');
    // Once someone else decided on the state with the admin's edit in it, the admin may decide again.
    expect(await code(approve(actors.admin, f.app.id))).toBe('OK');
  });

  const allowed: [string, (f: F) => Promise<unknown>][] = [
    ['nothing', async () => {}],
    [
      'an edit of an unrelated application',
      async () => {
        const other = await fixture();
        await updateApplication({ actor: actors.admin, id: other.app.id, input: { criticality: 'high', version: other.app.version } });
      },
    ],
    [
      'an edit that does not change what the review covers (group description)',
      async ({ group }) => {
        const g = await getGroup({ actor: actors.admin, id: group.id });
        await updateGroup({ actor: actors.admin, id: group.id, input: { description: 'all staff', version: g.version } });
      },
    ],
  ];
  it.each(allowed)('%s: the admin may approve', async (_what, act) => {
    const f = await fixture();
    await act(f);
    expect(await code(approve(actors.admin, f.app.id))).toBe('OK');
  });

  it('the review screen says why without internal codes', async () => {
    const f = await fixture();
    await updateApplication({ actor: actors.admin, id: f.app.id, input: { criticality: 'high', version: f.app.version } });
    const ctx = await reviewContext({ actor: actors.admin, applicationId: f.app.id });
    expect(ctx.separation).toMatchObject({ ok: false, reason: 'own-edit' });
    expect(JSON.stringify(ctx.separation)).not.toMatch(/application\.update/);
    expect((await reviewContext({ actor: actors.reviewer, applicationId: f.app.id })).separation).toEqual({ ok: true });
  });
});

function withoutVersion<T extends { version: number }>(p: T): Omit<T, 'version'> {
  const { version: _v, ...rest } = p;
  return rest;
}

describe('risk acceptance', () => {
  let critical = '';
  beforeAll(async () => {
    await createGroup({ actor: actors.editor, input: { name: 'Finance', alwaysRequireMfa: false } });
    // Fail open on a most-restrictive application: FAILMODE_OPEN_ON_RESTRICTED (critical).
    const app = await createApplication({
      actor: actors.editor,
      input: {
        name: 'Ledger',
        integration: 'auth-proxy-radius',
        dataClasses: ['financial'],
        mfaMandate: 'all-users',
        criticality: 'critical',
        configuredFailmode: 'safe',
        groups: ['Finance'],
      },
    });
    critical = app.id;
  });

  it('an application with a critical finding cannot be plainly approved', async () => {
    const e = await approve(actors.reviewer, critical).catch((x: unknown) => x);
    expect((e as AppError).code).toBe('CRITICAL_FINDING_OPEN');
    expect((e as AppError).status).toBe(409);
    expect((await getApplication({ actor: actors.viewer, id: critical })).review.state).toBe('unreviewed');
  });

  it('accepting the risk needs an end within the policy maximum (30 days) and a real rationale', async () => {
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
    const accept = (input: object) =>
      decideReview({ actor: actors.reviewer, applicationId: critical, input: { decision: 'accept-risk', ...input } });
    expect(await code(accept({ rationale: 'Compensating control: VPN only from managed devices.' }))).toBe('VALIDATION_FAILED');
    expect(await code(accept({ rationale: 'ok', expiresAt: day(10) }))).toBe('VALIDATION_FAILED');
    expect(await code(accept({ rationale: 'Compensating control: VPN only from managed devices.', expiresAt: day(45) }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await code(accept({ rationale: 'Compensating control: VPN only from managed devices.', expiresAt: day(-1) }))).toBe(
      'VALIDATION_FAILED',
    );
    const r = await accept({ rationale: 'Compensating control: VPN only from managed devices.', expiresAt: day(10) });
    expect(new Date(r.expiresAt).getTime()).toBeCloseTo(Date.now() + 10 * 86_400_000, -5);
    const item = await getApplication({ actor: actors.viewer, id: critical });
    expect(item.review.state).toBe('risk-accepted');
    // Shown as such in the runbook header, never as "approved".
    for (const lang of ['en', 'de'] as const) {
      const rb = await getRunbook({ actor: actors.viewer, id: critical, lang });
      expect(rb.approval.state).toBe('risk-accepted');
      const rows = rb.sections.find((s) => s.kind === 'header')!.blocks.find((b) => b.kind === 'keyValue');
      const text = JSON.stringify(rows);
      expect(text).toMatch(lang === 'en' ? /risk accepted/ : /Risiko akzeptiert/);
      expect(text).not.toMatch(lang === 'en' ? /"approved"/ : /"genehmigt"/);
    }
  });

  it('the risk acceptance ends with its date', async () => {
    const ctx = await reviewContext({ actor: actors.viewer, applicationId: critical });
    expect(ctx.status.state).toBe('risk-accepted');
    const { reviewStatusOf, getInventorySnapshot } = await import('@/lib/server/inventory/snapshot');
    const later = reviewStatusOf(await getInventorySnapshot(), critical, new Date(Date.now() + 11 * 86_400_000));
    expect(later.state).toBe('expired');
    // Out of the review queue while it holds, back in its last week.
    expect((await reviewQueue({ actor: actors.viewer })).map((q) => q.id)).not.toContain(critical);
    const due = await reviewQueue({ actor: actors.viewer, now: new Date(Date.now() + 5 * 86_400_000) });
    expect(due.find((q) => q.id === critical)?.status.state).toBe('risk-accepted');
  });

  it('accepting a risk without a critical finding is refused', async () => {
    const f = await fixture();
    expect(
      await code(
        decideReview({
          actor: actors.reviewer,
          applicationId: f.app.id,
          input: {
            decision: 'accept-risk',
            rationale: 'a long enough rationale here',
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        }),
      ),
    ).toBe('NO_CRITICAL_FINDING');
  });
});

describe('staleness that means something', () => {
  it('adding an application that an always-2FA group reaches leaves a restrictive approval fresh', async () => {
    await createGroup({ actor: actors.editor, input: { name: 'Unix Admins', alwaysRequireMfa: true } });
    const jump = await createApplication({
      actor: actors.editor,
      input: {
        name: 'Linux jump hosts',
        integration: 'duo-unix',
        dataClasses: ['other'],
        mfaMandate: 'none',
        criticality: 'high',
        configuredFailmode: 'secure',
        groups: ['Unix Admins'],
      },
    });
    await approve(actors.reviewer, jump.id);
    await createApplication({
      actor: actors.editor,
      input: {
        name: 'Build server',
        integration: 'duo-unix',
        dataClasses: ['ip'],
        mfaMandate: 'none',
        criticality: 'medium',
        configuredFailmode: 'secure',
        groups: ['Unix Admins'],
      },
    });
    expect((await getApplication({ actor: actors.viewer, id: jump.id })).review.state).toBe('approved');
  });

  it('a change this runbook prints (owner) makes it stale and the review shows the field', async () => {
    const f = await fixture();
    await approve(actors.reviewer, f.app.id);
    await updateApplication({ actor: actors.editor, id: f.app.id, input: { owner: 'IT Ops', version: f.app.version } });
    expect((await getApplication({ actor: actors.viewer, id: f.app.id })).review.state).toBe('stale');
    expect((await reviewContext({ actor: actors.reviewer, applicationId: f.app.id })).changes).toEqual([
      { field: 'owner', before: '', after: 'IT Ops' },
    ]);
  });

  it('deleting an application its bypass group reaches makes it stale', async () => {
    const f = await fixture();
    const other = await createApplication({
      actor: actors.editor,
      input: {
        name: `Other ${f.k}`,
        integration: 'okta',
        dataClasses: [],
        mfaMandate: 'none',
        criticality: 'low',
        configuredFailmode: 'none',
        groups: [`Staff ${f.k}`],
      },
    });
    await approve(actors.reviewer, f.app.id);
    await deleteApplication({ actor: actors.editor, id: other.id });
    expect((await getApplication({ actor: actors.viewer, id: f.app.id })).review.state).toBe('stale');
  });
});
