// PDF rendering is bounded (issue 14 item 4): one user firing binders gets 429 + Retry-After instead
// of tying up Chromium, and a single runbook PDF is not queued behind binders.
import { expect, type APIRequestContext } from '@playwright/test';
import { storageStateFor, type Role, test } from './fixtures';

test.setTimeout(180_000);

async function as(browser: import('@playwright/test').Browser, role: Role): Promise<APIRequestContext> {
  const ctx = await browser.newContext({ storageState: storageStateFor(role) });
  return ctx.request;
}

test('more binder PDFs than one user may have in progress: 429 with Retry-After, the first one prints', async ({ browser }) => {
  const viewer = await as(browser, 'viewer');
  const replies = await Promise.all(Array.from({ length: 4 }, () => viewer.get('/api/v1/runbooks?format=pdf', { timeout: 150_000 })));
  const statuses = replies.map((r) => r.status()).sort();
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  for (const r of replies.filter((x) => x.status() === 429)) {
    expect(Number(r.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
    const body = await r.json();
    expect(body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(body.error.message).toMatch(/in progress/);
  }
  const ok = replies.find((r) => r.status() === 200)!;
  expect(ok.headers()['content-type']).toBe('application/pdf');
});

test('a single runbook PDF is printed while other users’ binders print and wait', async ({ browser }) => {
  const admin = await as(browser, 'admin');
  const editor = await as(browser, 'editor');
  const viewer = await as(browser, 'viewer');
  const list = await viewer.get('/api/v1/applications?q=Lab%20kiosk&limit=1');
  const id = (await list.json()).items[0].id as string;
  const done: string[] = [];
  const binder1 = admin.get('/api/v1/runbooks?format=pdf', { timeout: 150_000 }).then((r) => (done.push('binder-admin'), r));
  const binder2 = editor.get('/api/v1/runbooks?format=pdf&lang=de', { timeout: 150_000 }).then((r) => (done.push('binder-editor'), r));
  await new Promise((r) => setTimeout(r, 300)); // both binders are in the queue
  const single = await viewer.get(`/api/v1/applications/${id}/runbook?format=pdf`, { timeout: 150_000 });
  done.push('runbook');
  expect(single.status()).toBe(200);
  expect(single.headers()['content-type']).toBe('application/pdf');
  const [b1, b2] = await Promise.all([binder1, binder2]);
  expect([b1.status(), b2.status()]).toEqual([200, 200]);
  expect(done[0]).toBe('runbook');
});
