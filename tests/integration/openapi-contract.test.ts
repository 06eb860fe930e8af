// Contract test: the JSON answers of the real route handlers (app/api/v1/**/route.ts) against the
// response schemas that the OpenAPI document (lib/openapi.ts) gives for that path, method and status.
// The handlers run as in production except that the signed-in actor comes from the test database.
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/permissions';
import { seedDemoIfEmpty } from '@/lib/server/seed';
import { makeActors } from '../support/actors';

let actor: Actor | null = null;
vi.mock('@/lib/server/auth/current', () => ({ getActor: async () => actor }));

const { buildOpenApi } = await import('@/lib/openapi');
const applications = await import('@/app/api/v1/applications/route');
const application = await import('@/app/api/v1/applications/[id]/route');
const groups = await import('@/app/api/v1/groups/route');
const group = await import('@/app/api/v1/groups/[id]/route');
const assessments = await import('@/app/api/v1/assessments/route');

const doc = buildOpenApi() as unknown as {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'openapi', components: doc.components });

async function expectDocumented(path: string, method: string, res: Response) {
  const op = doc.paths[path]?.[method];
  expect(op, `${method} ${path} documented`).toBeDefined();
  const documented = op.responses[String(res.status)];
  expect(documented, `${method} ${path} documents status ${res.status}`).toBeDefined();
  const schema = documented.content?.['application/json']?.schema;
  if (!schema) return;
  const body = await res.json();
  const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')));
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${method} ${path} ${res.status}`).toEqual([]);
  return body;
}

const req = (url: string, init?: RequestInit) => new Request(`http://127.0.0.1${url}`, init);
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

describe('real API answers match the OpenAPI document', () => {
  beforeAll(async () => {
    process.env.SEED_DEMO = 'true'; // tests/support/fresh-db.ts turns the demo seed off
    await seedDemoIfEmpty();
    process.env.SEED_DEMO = 'false';
    actor = (await makeActors()).admin;
  });

  it('applications: list, one, create, invalid, missing', async () => {
    const page = await expectDocumented(
      '/api/v1/applications',
      'get',
      await applications.GET(req('/api/v1/applications?limit=5'), params({})),
    );
    expect(page.items.length).toBeGreaterThan(0);
    const id = page.items[0].id as string;
    await expectDocumented('/api/v1/applications/{id}', 'get', await application.GET(req(`/api/v1/applications/${id}`), params({ id })));
    await expectDocumented(
      '/api/v1/applications/{id}',
      'get',
      await application.GET(req('/api/v1/applications/nope'), params({ id: 'nope' })),
    );
    const body = JSON.stringify({
      name: `Contract ${Date.now()}`,
      integration: 'auth-proxy-radius',
      dataClasses: [],
      mfaMandate: 'all-users',
      criticality: 'low',
      configuredFailmode: 'secure',
      groups: [],
    });
    const created = await applications.POST(
      req('/api/v1/applications', { method: 'POST', body, headers: { 'content-type': 'application/json' } }),
      params({}),
    );
    await expectDocumented('/api/v1/applications', 'post', created);
    const bad = await applications.POST(
      req('/api/v1/applications', { method: 'POST', body: '{"name":""}', headers: { 'content-type': 'application/json' } }),
      params({}),
    );
    expect(bad.status).toBe(400);
    await expectDocumented('/api/v1/applications', 'post', bad);
  });

  it('groups and assessments', async () => {
    const page = await expectDocumented('/api/v1/groups', 'get', await groups.GET(req('/api/v1/groups'), params({})));
    const id = page.items[0].id as string;
    await expectDocumented('/api/v1/groups/{id}', 'get', await group.GET(req(`/api/v1/groups/${id}`), params({ id })));
    await expectDocumented('/api/v1/assessments', 'get', await assessments.GET(req('/api/v1/assessments'), params({})));
  });

  it('without a session: 401 as documented', async () => {
    const saved = actor;
    actor = null;
    try {
      await expectDocumented('/api/v1/applications', 'get', await applications.GET(req('/api/v1/applications'), params({})));
    } finally {
      actor = saved;
    }
  });
});
