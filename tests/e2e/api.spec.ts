import { expect, request as pwRequest, type APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { ROLES, storageStateFor, uniq, type Role, test, e2eBaseUrl, cliEnv } from './fixtures';

const ctx: Partial<Record<Role | 'anon', APIRequestContext>> = {};
let baseURL = '';

test.beforeAll(async ({ playwright }) => {
  baseURL = e2eBaseUrl();
  for (const role of ROLES) ctx[role] = await playwright.request.newContext({ baseURL, storageState: storageStateFor(role) });
  ctx.anon = await playwright.request.newContext({ baseURL });
});
test.afterAll(async () => {
  for (const c of Object.values(ctx)) await c?.dispose();
});

const newApp = (name: string) => ({
  name,
  integration: 'okta',
  dataClasses: ['financial'],
  mfaMandate: 'none',
  criticality: 'medium',
  configuredFailmode: 'none',
  groups: ['Finance'],
});

test('GET /api/health answers 200 {"status":"ok"} without credentials', async () => {
  const res = await ctx.anon!.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('every /api/v1 route answers 401 without a session or token', async () => {
  for (const [method, path] of [
    ['GET', '/api/v1/applications'],
    ['POST', '/api/v1/applications'],
    ['GET', '/api/v1/applications/x'],
    ['PATCH', '/api/v1/applications/x'],
    ['DELETE', '/api/v1/applications/x'],
    ['GET', '/api/v1/groups'],
    ['POST', '/api/v1/groups'],
    ['GET', '/api/v1/groups/x'],
    ['GET', '/api/v1/assessments'],
    ['GET', '/api/v1/openapi.json'],
  ] as const) {
    const res = await ctx.anon!.fetch(path, { method, data: method === 'GET' || method === 'DELETE' ? undefined : {} });
    expect(res.status(), `${method} ${path}`).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  }
});

test('role × route: reads for everyone, writes for admin and editor only', async () => {
  for (const role of ROLES) {
    const c = ctx[role]!;
    expect((await c.get('/api/v1/applications')).status(), `${role} list`).toBe(200);
    expect((await c.get('/api/v1/groups')).status(), `${role} groups`).toBe(200);
    expect((await c.get('/api/v1/assessments')).status(), `${role} assessments`).toBe(200);
    const created = await c.post('/api/v1/applications', { data: newApp(uniq(`API ${role}`)) });
    const group = await c.post('/api/v1/groups', { data: { name: uniq(`G ${role}`), alwaysRequireMfa: false } });
    const writer = role === 'admin' || role === 'editor';
    expect(created.status(), `${role} create app`).toBe(writer ? 201 : 403);
    expect(group.status(), `${role} create group`).toBe(writer ? 201 : 403);
    if (!writer) expect((await created.json()).error.code).toBe('FORBIDDEN');
    if (writer) {
      const app = await created.json();
      const patched = await c.patch(`/api/v1/applications/${app.id}`, { data: { criticality: 'high', version: app.version } });
      expect(patched.status()).toBe(200);
      const stale = await c.patch(`/api/v1/applications/${app.id}`, { data: { criticality: 'low', version: app.version } });
      expect(stale.status()).toBe(409);
      expect((await stale.json()).error.code).toBe('CONFLICT');
      expect((await c.delete(`/api/v1/applications/${app.id}`)).status()).toBe(204);
      expect((await c.get(`/api/v1/applications/${app.id}`)).status()).toBe(404);
    }
  }
});

test('list answers {items, nextCursor} and pages with the cursor', async () => {
  const c = ctx.viewer!;
  const first = await (await c.get('/api/v1/applications?limit=5')).json();
  expect(Object.keys(first).sort()).toEqual(['items', 'nextCursor']);
  expect(first.items).toHaveLength(5);
  expect(first.items[0]).toHaveProperty('assessment.restrictionLevel');
  expect(['unreviewed', 'approved', 'risk-accepted', 'rejected', 'stale', 'expired']).toContain(first.items[0].review.state);
  const second = await (await c.get(`/api/v1/applications?limit=5&cursor=${first.nextCursor}`)).json();
  const ids = new Set([...first.items, ...second.items].map((i: { id: string }) => i.id));
  expect(ids.size).toBe(10);
});

test('bad input is a 4xx with an error code, never a 500', async () => {
  const c = ctx.editor!;
  const cases: { name: string; body: Buffer; type?: string; status: number; code: string }[] = [
    { name: 'malformed JSON', body: Buffer.from('{"name": '), status: 400, code: 'INVALID_JSON' },
    {
      name: 'wrong types',
      body: Buffer.from(JSON.stringify({ ...newApp('T'), criticality: 5, groups: 'Finance' })),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'unknown field',
      body: Buffer.from(JSON.stringify({ ...newApp(uniq('U')), isAdmin: true })),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'unknown group',
      body: Buffer.from(JSON.stringify({ ...newApp(uniq('U')), groups: ['Nobody'] })),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'not JSON at all',
      body: Buffer.from('name=x'),
      type: 'application/x-www-form-urlencoded',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    { name: 'oversized body', body: Buffer.alloc(2 * 1024 * 1024, 'a'), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { name: 'JSON array', body: Buffer.from('[]'), status: 400, code: 'VALIDATION_FAILED' },
  ];
  for (const k of cases) {
    const res = await c.post('/api/v1/applications', { data: k.body, headers: { 'content-type': k.type ?? 'application/json' } });
    expect(res.status(), k.name).toBe(k.status);
    const body = await res.json();
    expect(body.error.code, k.name).toBe(k.code);
    expect(typeof body.error.message).toBe('string');
  }
  const wrong = await c.post('/api/v1/applications', { data: { ...newApp('T'), criticality: 5 } });
  expect((await wrong.json()).error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'criticality' })]));
  expect((await c.get('/api/v1/applications?limit=abc')).status()).toBe(400);
  expect((await c.get('/api/v1/applications?cursor=zzz')).status()).toBe(400);
});

test('a foreign Origin cannot change anything with the session cookie (CSRF)', async () => {
  const res = await ctx.editor!.post('/api/v1/applications', { data: newApp(uniq('CSRF')), headers: { origin: 'https://evil.example' } });
  expect(res.status()).toBe(403);
});

test('a personal API token from token:create works as Bearer with its role', async () => {
  const env = cliEnv();
  const token = execFileSync('npm', ['run', '--silent', 'token:create', '--', '--email', 'viewer@example.com', '--name', 'ci'], {
    env,
    encoding: 'utf8',
  }).trim();
  expect(token).toMatch(/^orp_[A-Za-z0-9_-]{40,}$/);
  const api = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await api.get('/api/v1/applications')).status()).toBe(200);
  expect((await api.post('/api/v1/applications', { data: newApp(uniq('Tok')) })).status()).toBe(403);
  const bad = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: 'Bearer orp_wrong' } });
  expect((await bad.get('/api/v1/applications')).status()).toBe(401);
  await api.dispose();
  await bad.dispose();
});

test('the OpenAPI document describes the routes and schemas', async () => {
  const doc = await (await ctx.viewer!.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(['/api/v1/applications', '/api/v1/applications/{id}', '/api/v1/groups', '/api/v1/groups/{id}']),
  );
  expect(doc.components.schemas.Application.properties.integration.enum).toContain('auth-proxy-radius');
  expect(doc.components.schemas.Application.additionalProperties).toBe(false);
});

test('reviews and audit: the role × route matrix; the audit log cannot be changed', async () => {
  const list = await (await ctx.viewer!.get('/api/v1/applications?q=Customer+portal')).json();
  const id = list.items[0].id;
  const body = { data: { decision: 'reject', rationale: 'custom fail-open code is untested' } };
  const expected: Record<Role, number> = { admin: 201, editor: 403, reviewer: 201, viewer: 403 };
  for (const role of ROLES) {
    const res = await ctx[role]!.post(`/api/v1/applications/${id}/reviews`, body);
    expect(res.status(), `${role} review`).toBe(expected[role]);
    const audit = await ctx[role]!.get('/api/v1/audit?entity=application');
    expect(audit.status(), `${role} audit`).toBe(role === 'admin' ? 200 : 403);
  }
  const bad = await ctx.reviewer!.post(`/api/v1/applications/${id}/reviews`, { data: { decision: 'maybe', rationale: '' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['decision', 'rationale']);

  const audit = await (await ctx.admin!.get(`/api/v1/audit?entity=application&entityId=${id}`)).json();
  expect(audit.items[0]).toMatchObject({ actor: 'reviewer@example.com', action: 'review.reject', entity: 'application', entityId: id });
  expect(Object.keys(audit.items[0]).sort()).toEqual(['action', 'actor', 'after', 'at', 'before', 'entity', 'entityId']);
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
    const res = await ctx.admin!.fetch('/api/v1/audit', { method, data: {} });
    expect(res.status(), method).toBe(405);
  }
  const csv = await ctx.admin!.get('/api/v1/audit?format=csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\r\n')[0]).toBe('at,actor,action,entity,entityId,before,after');
});
