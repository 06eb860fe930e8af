import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { storageStateFor } from './fixtures';

test.use({ storageState: storageStateFor('admin') });

// Hostile bodies for every write route: a 4xx with an error code or a 2xx, never a 5xx, never a crash.
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.constantFrom(null, true, -1, 1e308, '', '\u0000', '<script>alert(1)</script>', "'; DROP TABLE \"Application\"; --", '=cmd|/c calc!A1', '../'.repeat(20), 'x'.repeat(5000)),
);
const hostileObject = fc.dictionary(
  fc.oneof(fc.constantFrom('name', 'integration', 'groups', 'dataClasses', 'version', 'applications', 'decision', 'rationale', 'scenario', 'actions', '__proto__', 'constructor'), fc.string()),
  hostileValue,
);
const hostileBody = fc.oneof(
  hostileObject.map((o) => ({ type: 'application/json', body: Buffer.from(JSON.stringify(o)) })),
  hostileValue.map((v) => ({ type: 'application/json', body: Buffer.from(JSON.stringify(v) ?? 'null') })),
  fc.uint8Array({ maxLength: 300 }).map((b) => ({ type: 'application/json', body: Buffer.from(b) })),
  fc.string().map((s) => ({ type: 'text/plain', body: Buffer.from(s) })),
);

test('hostile bodies on every write route never cause a 5xx', async ({ request }) => {
  test.setTimeout(180_000);
  const app = (await (await request.get('/api/v1/applications?limit=1')).json()).items[0];
  const group = (await (await request.get('/api/v1/groups?limit=1')).json()).items[0];
  const routes: [string, string][] = [
    ['POST', '/api/v1/applications'],
    ['PATCH', `/api/v1/applications/${app.id}`],
    ['POST', '/api/v1/groups'],
    ['PATCH', `/api/v1/groups/${group.id}`],
    ['POST', `/api/v1/applications/${app.id}/reviews`],
    ['POST', '/api/v1/simulations'],
    ['POST', '/api/v1/import?dryRun=true'],
  ];
  for (const [method, url] of routes) {
    await fc.assert(
      fc.asyncProperty(hostileBody, async ({ type, body }) => {
        const res = await request.fetch(url, { method, data: body, headers: { 'content-type': type } });
        expect(res.status(), `${method} ${url}`).toBeLessThan(500);
        if (res.status() >= 400) {
          const j = await res.json();
          expect(typeof j.error.code).toBe('string');
          expect(JSON.stringify(j)).not.toMatch(/at .+\.(js|ts):\d+|prisma|SQLITE|stack/i);
        }
      }),
      { numRuns: 40, seed: 20261123 },
    );
  }
  // The server is still up and the data is intact.
  expect((await request.get('/api/health')).status()).toBe(200);
  expect((await request.get(`/api/v1/applications/${app.id}`)).status()).toBe(200);
});

test('hostile query strings on read routes never cause a 5xx', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom('q', 'limit', 'cursor', 'sort', 'dir', 'level', 'integration', 'format', 'lang', 'entity'), fc.string()), async (params) => {
      const qs = new URLSearchParams(params).toString();
      for (const path of ['/api/v1/applications', '/api/v1/groups', '/api/v1/audit', '/api/v1/export', '/api/v1/assessments']) {
        const res = await request.get(`${path}?${qs}`);
        expect(res.status(), `${path}?${qs}`).toBeLessThan(500);
      }
    }),
    { numRuns: 30, seed: 7 },
  );
});
