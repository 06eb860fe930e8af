import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { getDb } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import {
  createApplication,
  deleteApplication,
  getApplication,
  listApplications,
  updateApplication,
} from '@/lib/server/inventory/applications';
import { createGroup, deleteGroup, getGroup, updateGroup } from '@/lib/server/inventory/groups';
import type { Actor } from '@/lib/server/permissions';
import { getPolicy, updatePolicy } from '@/lib/server/policy';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;

const vpn = {
  name: 'Remote access VPN',
  integration: 'auth-proxy-radius',
  dataClasses: ['pii'],
  mfaMandate: 'some-groups',
  criticality: 'critical',
  configuredFailmode: 'safe',
  groups: ['All Staff', 'IT Admins'],
  owner: 'Network',
};

async function expectError(p: Promise<unknown>, code: string): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

beforeAll(async () => {
  actors = await makeActors();
  await createGroup({ actor: actors.editor, input: { name: 'All Staff', alwaysRequireMfa: false, memberCount: 900 } });
  await createGroup({ actor: actors.editor, input: { name: 'IT Admins', alwaysRequireMfa: true, memberCount: 12 } });
});

describe('applications: create, read, update, delete', () => {
  it('creates an application with its groups and returns its assessment', async () => {
    const app = await createApplication({ actor: actors.editor, input: vpn });
    expect(app).toMatchObject({ name: 'Remote access VPN', version: 1, groups: ['All Staff', 'IT Admins'] });
    // some-groups mandate → restrictive → fail secure; configured safe → critical finding.
    expect(app.assessment.restrictionLevel).toBe('restrictive');
    expect(app.assessment.recommendedFailmode).toBe('secure');
    expect(app.assessment.findings.map((f) => f.code)).toContain('FAILMODE_OPEN_ON_RESTRICTED');
    expect(app.assessment.bypassForbiddenGroups).toEqual(['IT Admins']);
    expect(app.review.state).toBe('unreviewed');
  });

  it('refuses a duplicate name (case-insensitive) with a field error', async () => {
    const e = await expectError(
      createApplication({ actor: actors.editor, input: { ...vpn, name: 'remote ACCESS vpn' } }),
      'ALREADY_EXISTS',
    );
    expect(e.issues?.[0].path).toBe('name');
  });

  it('names the field that is wrong and saves nothing', async () => {
    const db = await getDb();
    const before = await db.application.count();
    const e = await expectError(
      createApplication({ actor: actors.editor, input: { ...vpn, name: 'Wiki', integration: 'nope', criticality: 3 } }),
      'VALIDATION_FAILED',
    );
    expect(e.issues?.map((i) => i.path).sort()).toEqual(['criticality', 'integration']);
    await expectError(
      createApplication({ actor: actors.editor, input: { ...vpn, name: 'Wiki', groups: ['Nobody'] } }),
      'VALIDATION_FAILED',
    );
    await expectError(createApplication({ actor: actors.editor, input: { ...vpn, name: 'Wiki', extra: 1 } }), 'VALIDATION_FAILED');
    expect(await db.application.count()).toBe(before);
  });

  it('updates with the version it read and moves the version on', async () => {
    const { items } = await listApplications({ actor: actors.viewer, query: { q: 'vpn' } });
    const app = items[0];
    const next = await updateApplication({
      actor: actors.editor,
      id: app.id,
      input: { configuredFailmode: 'secure', version: app.version },
    });
    expect(next.version).toBe(app.version + 1);
    expect(next.configuredFailmode).toBe('secure');
    expect(next.assessment.findings.map((f) => f.code)).not.toContain('FAILMODE_OPEN_ON_RESTRICTED');
  });

  it('answers a stale version with CONFLICT and keeps the other save', async () => {
    const { items } = await listApplications({ actor: actors.viewer, query: { q: 'vpn' } });
    const seen = items[0];
    await updateApplication({ actor: actors.editor, id: seen.id, input: { owner: 'First writer', version: seen.version } });
    const e = await expectError(
      updateApplication({ actor: actors.admin, id: seen.id, input: { owner: 'Second writer', version: seen.version } }),
      'CONFLICT',
    );
    expect(e.message).toMatch(/changed by .* after you opened it/);
    expect((await getApplication({ actor: actors.viewer, id: seen.id })).owner).toBe('First writer');
  });

  it('lets 20 racing writers on one version produce exactly one winner', async () => {
    const { items } = await listApplications({ actor: actors.viewer, query: { q: 'vpn' } });
    const seen = items[0];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        updateApplication({ actor: actors.editor, id: seen.id, input: { notes: `writer ${i}`, version: seen.version } }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.every((r) => (r.reason as AppError).code === 'CONFLICT')).toBe(true);
  });

  it('deletes, and a second delete finds nothing', async () => {
    const app = await createApplication({ actor: actors.editor, input: { ...vpn, name: 'Temp app', groups: [] } });
    await expectError(deleteApplication({ actor: actors.editor, id: app.id, version: app.version + 5 }), 'CONFLICT');
    await deleteApplication({ actor: actors.editor, id: app.id, version: app.version });
    await expectError(getApplication({ actor: actors.viewer, id: app.id }), 'NOT_FOUND');
    await expectError(deleteApplication({ actor: actors.editor, id: app.id }), 'NOT_FOUND');
  });
});

describe('roles are checked in the data layer', () => {
  const writes = (a: Actor | null) => [
    createApplication({ actor: a, input: { ...vpn, name: `x-${Math.random()}` } }),
    createGroup({ actor: a, input: { name: `g-${Math.random()}`, alwaysRequireMfa: false } }),
  ];
  it.each(['viewer', 'reviewer'] as const)('%s may read but not write the inventory', async (role) => {
    await expect(listApplications({ actor: actors[role], query: {} })).resolves.toBeTruthy();
    for (const p of writes(actors[role])) await expectError(p, 'FORBIDDEN');
  });
  it('no actor → UNAUTHENTICATED for reads and writes', async () => {
    await expectError(listApplications({ actor: null, query: {} }), 'UNAUTHENTICATED');
    for (const p of writes(null)) await expectError(p, 'UNAUTHENTICATED');
  });
  it('only admins change the policy', async () => {
    const p = await getPolicy({ actor: actors.viewer });
    await expectError(updatePolicy({ actor: actors.editor, input: { ...p } }), 'FORBIDDEN');
  });
});

describe('groups and access from either side', () => {
  it('gives a group access to applications from the group side, and the app sees it', async () => {
    await createApplication({
      actor: actors.editor,
      input: { ...vpn, name: 'Wiki', mfaMandate: 'none', dataClasses: ['other'], groups: [] },
    });
    const g = await createGroup({ actor: actors.editor, input: { name: 'Contractors', alwaysRequireMfa: false, applications: ['wiki'] } });
    expect(g.applications).toEqual(['Wiki']);
    const { items } = await listApplications({ actor: actors.viewer, query: { q: 'wiki' } });
    expect(items[0].groups).toEqual(['Contractors']);
    const g2 = await updateGroup({ actor: actors.editor, id: g.id, input: { applications: [], version: g.version } });
    expect(g2.applications).toEqual([]);
    await expectError(updateGroup({ actor: actors.editor, id: g.id, input: { description: 'x', version: g.version } }), 'CONFLICT');
    await deleteGroup({ actor: actors.editor, id: g.id });
    await expectError(getGroup({ actor: actors.viewer, id: g.id }), 'NOT_FOUND');
  });

  it('changing policy changes the assessment at once', async () => {
    const p = await getPolicy({ actor: actors.admin });
    const { items } = await listApplications({ actor: actors.viewer, query: { q: 'wiki' } });
    expect(items[0].assessment.restrictionLevel).toBe('less-restrictive');
    const { version, ...values } = p;
    await updatePolicy({ actor: actors.admin, input: { ...values, mandatoryDataClasses: ['other'], version } });
    const after = await listApplications({ actor: actors.viewer, query: { q: 'wiki' } });
    expect(after.items[0].assessment.restrictionLevel).toBe('most-restrictive');
    const p2 = await getPolicy({ actor: actors.admin });
    await updatePolicy({ actor: actors.admin, input: { ...values, version: p2.version } });
  });
});

describe('list: search, filter, sort, paginate', () => {
  it('pages with a cursor through every row exactly once', async () => {
    for (let i = 0; i < 7; i++) {
      await createApplication({
        actor: actors.editor,
        input: { ...vpn, name: `Page app ${i}`, groups: [], criticality: i % 2 ? 'low' : 'high' },
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listApplications({ actor: actors.viewer, query: { q: 'page app', limit: '3', ...(cursor ? { cursor } : {}) } });
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `Page app ${i}`));
  });

  it('filters by criticality and sorts descending', async () => {
    const page = await listApplications({ actor: actors.viewer, query: { q: 'page app', criticality: 'low', sort: 'name', dir: 'desc' } });
    expect(page.items.map((i) => i.name)).toEqual(['Page app 5', 'Page app 3', 'Page app 1']);
  });

  it('rejects unknown filter values and bad cursors with a 4xx code', async () => {
    await expectError(listApplications({ actor: actors.viewer, query: { criticality: 'extreme' } }), 'VALIDATION_FAILED');
    await expectError(listApplications({ actor: actors.viewer, query: { cursor: '!!' } }), 'BAD_REQUEST');
    await expectError(listApplications({ actor: actors.viewer, query: { limit: '100000' } }), 'VALIDATION_FAILED');
  });
});

describe('audit trail', () => {
  it('records writes with actor, before and after, and refuses to change a row', async () => {
    const db = await getDb();
    const rows = await db.auditLog.findMany({ where: { action: 'application.update' }, orderBy: { id: 'asc' } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].actor).toBe(actors.editor.email);
    expect(JSON.parse(rows[0].before!)).toMatchObject({ configuredFailmode: 'safe' });
    expect(JSON.parse(rows[0].after!)).toMatchObject({ configuredFailmode: 'secure' });
    const count = await db.auditLog.count();
    await expect(db.auditLog.update({ where: { id: rows[0].id }, data: { actor: 'mallory' } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    await expect(db.$executeRawUnsafe('DELETE FROM "AuditLog"')).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(count);
    expect((await db.auditLog.findUnique({ where: { id: rows[0].id } }))?.actor).toBe(actors.editor.email);
  });
});

describe('PATCH changes only what it sends', () => {
  it('keeps groups, data classes and alwaysRequireMfa when other fields change', async () => {
    const app = await createApplication({ actor: actors.editor, input: { ...vpn, name: 'Patch target' } });
    const next = await updateApplication({ actor: actors.editor, id: app.id, input: { notes: 'only notes', version: app.version } });
    expect(next).toMatchObject({ notes: 'only notes', groups: ['All Staff', 'IT Admins'], dataClasses: ['pii'], owner: 'Network' });
    const g = await createGroup({
      actor: actors.editor,
      input: { name: 'Patch group', alwaysRequireMfa: true, applications: ['Patch target'] },
    });
    const g2 = await updateGroup({ actor: actors.editor, id: g.id, input: { description: 'desc', version: g.version } });
    expect(g2).toMatchObject({ alwaysRequireMfa: true, description: 'desc', applications: ['Patch target'] });
  });
});

describe('concurrent creates', () => {
  it('40 concurrent creates are all stored, each once', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        createApplication({ actor: actors.editor, input: { ...vpn, name: `Concurrent ${i}`, groups: [] } }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const { total } = await listApplications({ actor: actors.viewer, query: { q: 'Concurrent ', limit: '100' } });
    expect(total).toBe(40);
  });
});
