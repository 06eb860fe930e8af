import { expect } from '@playwright/test';
import { storageStateFor, test, appBody } from './fixtures';

test.use({ storageState: storageStateFor('viewer') });

async function appId(page: import('@playwright/test').Page, name: string): Promise<string> {
  const res = await page.request.get(`/api/v1/applications?q=${encodeURIComponent(name)}&limit=1`);
  return (await res.json()).items[0].id;
}

test('an on-call admin opens a runbook, switches to German, copies a message and prints', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await appId(page, 'Remote access VPN');
  await page.goto(`/applications/${id}/runbook`);
  const rb = page.locator('article.runbook');
  await expect(rb.getByRole('heading', { name: 'DR runbook: Remote access VPN' })).toBeVisible();
  // The guide's log lines, Primary Only Mode for a fail-safe proxy section, the bypass plan.
  await expect(rb).toContainText('Failmode Safe - Allowed Duo login on preauth failure');
  await expect(rb).toContainText('authproxy_primary_only');
  await expect(rb).toContainText('"IT Admins"');
  await expect(rb).toContainText('*.duosecurity.com');

  const copy = page.locator('button[data-copy-button]').first();
  await expect(copy).toHaveText('Copy message');
  // Until the page has hydrated a click does nothing; retry like an impatient user would.
  await expect(async () => {
    await copy.click();
    await expect(copy).toHaveText('Copied', { timeout: 1000 });
  }).toPass();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain('Authentication problems - In Progress');

  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/lang=de/);
  await expect(rb.getByRole('heading', { name: 'DR-Runbook: Remote access VPN' })).toBeVisible();
  await expect(rb).toContainText('Umgehung');
  await expect(rb).toContainText('Nur primärer Modus');

  // Print view: no navigation, the runbook stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-app-header]')).toBeHidden();
  await expect(rb).toBeVisible();
});

test('exports: self-contained HTML without scripts, Markdown, PDF; user text stays text', async ({ page, browser }) => {
  // An editor stores hostile text; the viewer's exports must carry it as text only.
  const editor = await browser.newContext({ storageState: storageStateFor('editor') });
  const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) =HYPERLINK("http://evil")';
  const created = await editor.request.post('/api/v1/applications', {
    data: appBody(`Hostile ${Date.now()}`, { owner: hostile, notes: hostile }),
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await editor.close();

  const html = await page.request.get(`/api/v1/applications/${id}/runbook?format=html&lang=en`);
  expect(html.status()).toBe(200);
  expect(html.headers()['content-type']).toContain('text/html');
  const body = await html.text();
  expect(body).toMatch(/^<!DOCTYPE html>/i);
  expect(body).not.toMatch(/<script/i);
  expect(body).not.toContain('<link rel="stylesheet"');
  expect(body).toContain('&lt;script&gt;');
  expect(body).not.toMatch(/href="javascript:/i);

  const md = await page.request.get(`/api/v1/applications/${id}/runbook?format=md&lang=de`);
  expect(md.headers()['content-type']).toContain('text/markdown');
  const mdText = await md.text();
  expect(mdText).toContain('DR-Runbook');
  expect(mdText).not.toContain('](javascript:');
  expect(mdText).not.toContain('<script>');

  const pdf = await page.request.get(`/api/v1/applications/${id}/runbook?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  expect((await page.request.get(`/api/v1/applications/${id}/runbook?format=docx`)).status()).toBe(400);
  expect((await page.request.get(`/api/v1/applications/${id}/runbook?lang=fr`)).status()).toBe(400);
  expect((await page.request.get(`/api/v1/applications/nope/runbook`)).status()).toBe(404);
});

test('the binder: cover with generation time and contents, one runbook per application, filterable', async ({ page }) => {
  const all = await page.request.get('/api/v1/runbooks?format=html&lang=en');
  expect(all.status()).toBe(200);
  const html = await all.text();
  const count = (html.match(/<article class="runbook"/g) ?? []).length;
  expect(count).toBeGreaterThanOrEqual(12);
  expect(html).toContain('rb-cover');
  const filtered = await (await page.request.get('/api/v1/runbooks?format=md&level=most-restrictive')).text();
  expect(filtered).toContain('Epic Hyperspace');
  expect(filtered).not.toMatch(/^#+ .*Staff wiki/m);
  const pdf = await page.request.get('/api/v1/runbooks?format=pdf&integration=duo-unix,auth-proxy-radius');
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  expect((await page.request.get('/api/v1/runbooks?level=extreme')).status()).toBe(400);

  await page.goto('/runbooks');
  await page.getByLabel('Restriction level').selectOption('most-restrictive');
  await page.getByRole('button', { name: 'Apply' }).click();
  // As many rows as the inventory has most-restrictive applications (three in the demo data; other
  // specs on this worker's database may have added some).
  const mostRestrictive = (
    (await (await page.request.get('/api/v1/applications?level=most-restrictive&limit=200')).json()) as {
      items: { name: string }[];
    }
  ).items;
  expect(mostRestrictive.map((a) => a.name)).toEqual(expect.arrayContaining(['EHR (Epic Hyperspace)']));
  await expect(page.locator('tbody tr')).toHaveCount(mostRestrictive.length);
  await expect(page.locator('tbody')).not.toContainText('Staff wiki');
  await expect(page.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', /level=most-restrictive/);
  // A binder can be hundreds of MB: the HTML one is saved, not opened in the tab.
  await expect(page.getByRole('link', { name: 'HTML' })).toHaveAttribute('href', /level=most-restrictive.*&download=1$/);
});

test('security headers on pages and API answers', async ({ page }) => {
  const res = await page.goto('/dashboard');
  const h = res!.headers();
  expect(h['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h['content-security-policy']).toContain("object-src 'none'");
  expect(h['content-security-policy']).toContain("base-uri 'none'");
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBeTruthy();
  const api = await page.request.get('/api/health');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'");
});
