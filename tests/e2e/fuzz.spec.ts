import { expect } from '@playwright/test';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, storageStateFor, test } from './fixtures';
import { startServer } from './own-server';

// The server-action part runs on a server of its own (own-server.ts): a thousand hostile calls left
// the shared e2e server unable to run the browser's server actions for the specs after this one.

test.use({ storageState: storageStateFor('admin') });

// Hostile bodies for every write route: a 4xx with an error code or a 2xx, never a 5xx, never a crash.
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.constantFrom(
    null,
    true,
    -1,
    1e308,
    '',
    '\u0000',
    '<script>alert(1)</script>',
    '\'; DROP TABLE "Application"; --',
    '=cmd|/c calc!A1',
    '../'.repeat(20),
    'x'.repeat(5000),
  ),
);
const hostileObject = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'name',
      'integration',
      'groups',
      'dataClasses',
      'version',
      'applications',
      'decision',
      'rationale',
      'scenario',
      'actions',
      '__proto__',
      'constructor',
    ),
    fc.string(),
  ),
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
    fc.asyncProperty(
      fc.dictionary(
        fc.constantFrom('q', 'limit', 'cursor', 'sort', 'dir', 'level', 'integration', 'format', 'lang', 'entity'),
        fc.string(),
      ),
      async (params) => {
        const qs = new URLSearchParams(params).toString();
        for (const path of ['/api/v1/applications', '/api/v1/groups', '/api/v1/audit', '/api/v1/export', '/api/v1/assessments']) {
          const res = await request.get(`${path}?${qs}`);
          expect(res.status(), `${path}?${qs}`).toBeLessThan(500);
        }
      },
    ),
    { numRuns: 30, seed: 7 },
  );
});

// Server actions (issue 14 item 3) are public POST endpoints too: every action of the build, signed in
// and anonymously, with hostile argument lists and malformed bodies. A 4xx or a typed result, never a 5xx.
function serverActions(): { id: string; name: string }[] {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => ({ id, name: v.exportedName ?? id }));
}

const hostileActionBody = fc.oneof(
  fc.array(hostileValue, { maxLength: 4 }).map((args) => ({ type: 'text/plain;charset=UTF-8', body: Buffer.from(JSON.stringify(args)) })),
  fc.array(hostileObject, { maxLength: 3 }).map((args) => ({ type: 'text/plain;charset=UTF-8', body: Buffer.from(JSON.stringify(args)) })),
  hostileValue.map((v) => ({ type: 'text/plain;charset=UTF-8', body: Buffer.from(JSON.stringify(v) ?? 'null') })),
  fc
    .constantFrom(
      'null',
      '{',
      '[',
      '["$@1"]',
      '["$K1"]',
      '["$Q1"]',
      '["$T"]',
      '"$undefined"',
      '['.repeat(50_000) + ']'.repeat(50_000),
      '{"a":'.repeat(20_000),
    )
    .map((s) => ({ type: 'text/plain;charset=UTF-8', body: Buffer.from(s) })),
  fc.uint8Array({ maxLength: 300 }).map((b) => ({ type: 'text/plain;charset=UTF-8', body: Buffer.from(b) })),
  fc.string().map((s) => ({
    type: 'multipart/form-data; boundary=----x',
    body: Buffer.from(`------x\r\nContent-Disposition: form-data; name="1_$ACTION_ID"\r\n\r\n${s}\r\n------x--\r\n`),
  })),
  fc.string().map((s) => ({ type: 'application/x-www-form-urlencoded', body: Buffer.from(`a=${encodeURIComponent(s)}`) })),
);

test('hostile server action calls (signed in and anonymous) never cause a 5xx', async ({ playwright }) => {
  test.setTimeout(420_000);
  const actions = serverActions();
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining(['loginAction', 'setLocaleAction', 'createApplicationAction', 'applyImportAction']),
  );
  const srv = await startServer();
  const baseURL = srv.url;
  const origin = new URL(baseURL).origin;
  const admin = await playwright.request.newContext({ baseURL });
  expect((await admin.post('/api/v1/sessions', { data: { email: 'admin@example.com', password: DEMO_PASSWORD } })).status()).toBe(201);
  const anonymous = await playwright.request.newContext({ baseURL });
  const statuses = new Map<number, number>();
  let sent = 0;
  const send = async (ctx: typeof admin, action: string, type: string, body: Buffer, headers: Record<string, string> = { origin }) => {
    const res = await ctx.fetch('/login', {
      method: 'POST',
      data: body,
      headers: { 'next-action': action, 'content-type': type, accept: 'text/x-component', ...headers },
      maxRedirects: 0,
    });
    sent++;
    statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
    expect(res.status(), `${action} ${type} ${body.subarray(0, 80).toString()}`).toBeLessThan(500);
    expect(await res.text()).not.toMatch(/at .+\.(js|ts):\d+|prisma|SQLITE/i);
    return res.status();
  };
  for (const { id, name } of actions) {
    // Signing out would end the stored admin session that later specs use.
    const contexts = name === 'logoutAction' ? [anonymous] : [admin, anonymous];
    for (const ctx of contexts) {
      const samples = fc.sample(hostileActionBody, { numRuns: ctx === admin ? 30 : 15, seed: 20261202 });
      for (const { type, body } of samples) await send(ctx, id, type, body);
    }
    // Foreign origin, no origin, a spoofed X-Forwarded-Host: 403; an oversized body: 413.
    expect(await send(anonymous, id, 'text/plain;charset=UTF-8', Buffer.from('[]'), { origin: 'http://evil.example' })).toBe(403);
    expect(await send(anonymous, id, 'text/plain;charset=UTF-8', Buffer.from('[]'), {})).toBe(403);
    expect(
      await send(anonymous, id, 'text/plain;charset=UTF-8', Buffer.from('[]'), {
        origin: 'http://evil.example',
        'x-forwarded-host': 'evil.example',
      }),
    ).toBe(403);
  }
  expect(await send(anonymous, actions[0].id, 'text/plain;charset=UTF-8', Buffer.alloc(6 * 1024 * 1024 + 1, 0x20))).toBe(413);
  expect(await send(anonymous, 'not-an-action', 'text/plain;charset=UTF-8', Buffer.from('[]'))).toBeLessThan(500);
  console.log(`server-action fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  test
    .info()
    .annotations.push({ type: 'server-action fuzz', description: `${sent} requests, ${JSON.stringify(Object.fromEntries(statuses))}` });
  expect(sent).toBeGreaterThanOrEqual(1000);
  // The admin is still signed in and the server is up.
  expect((await admin.get('/api/v1/applications?limit=1')).status()).toBe(200);
  await admin.dispose();
  await anonymous.dispose();
  await srv.stop();
});
