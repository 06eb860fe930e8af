import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { e2eBaseUrl, storageStateFor, test } from './fixtures';

test.use({ storageState: storageStateFor('editor') });

// The applications these tests import go again afterwards, so the tests find the inventory as seeded
// when they run again on this worker's database (--repeat-each) and later specs count what they expect.
const imported = new Set<string>();
test.afterAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: e2eBaseUrl(), storageState: storageStateFor('editor') });
  for (const q of ['authproxy01', ...imported]) {
    const { items } = (await (await api.get(`/api/v1/applications?q=${encodeURIComponent(q)}&limit=200`)).json()) as {
      items: { id: string; name: string }[];
    };
    for (const app of items.filter((a) => a.name.startsWith('authproxy01 ') || imported.has(a.name)))
      expect((await api.delete(`/api/v1/applications/${app.id}`)).status()).toBe(204);
  }
  await api.dispose();
});

test('import an authproxy.cfg: preview new applications, choose, confirm; secrets never appear', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Files').setInputFiles('tests/fixtures/authproxy/authproxy01.cfg');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('heading', { name: 'Preview: choose what to apply' });
  await expect(preview).toBeVisible();
  await expect(page.getByText('authproxy01 radius_server_auto')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('S3CR3T');
  await page.getByRole('button', { name: /^Import \d+ application/ }).click();
  await expect(page.getByText(/Imported: \d+ created/)).toBeVisible();

  await page.goto('/applications?q=authproxy01');
  await expect(page.getByRole('link', { name: 'authproxy01 radius_server_auto' })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('S3CR3T');

  // Importing the same file again: everything unchanged, nothing to apply.
  await page.goto('/import');
  await page.getByLabel('Files').setInputFiles('tests/fixtures/authproxy/authproxy01.cfg');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('unchanged').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import 0 application/ })).toBeDisabled();
});

test('an invalid file is refused with its line, and nothing is imported', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Or paste a file').fill('[radius_server_auto]\nfailmode=sometimes\n');
  await page.getByLabel(/File name of the pasted text/).fill('bad-authproxy.cfg');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('bad-authproxy.cfg');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('line 2');
});

test('API: dry run answers the interchange JSON, then the import applies; export round-trips', async ({ request }) => {
  const cfg = readFileSync('tests/fixtures/duo-unix/pam_duo.conf', 'utf8');
  const dry = await request.post('/api/v1/import?dryRun=true&filename=bastion.conf', {
    data: Buffer.from(cfg),
    headers: { 'content-type': 'text/plain' },
  });
  expect(dry.status()).toBe(200);
  const inv = await dry.json();
  expect(inv.version).toBe(1);
  expect(inv.applications).toHaveLength(1);
  expect(inv.applications[0].integration).toBe('duo-unix');
  imported.add(inv.applications[0].name);
  expect(JSON.stringify(inv)).not.toContain('S3CR3T');
  const before = await (await request.get('/api/v1/export?format=json')).json();
  expect(before.applications.find((a: { name: string }) => a.name === inv.applications[0].name)).toBeUndefined();

  const applied = await request.post('/api/v1/import?filename=bastion.conf', {
    data: Buffer.from(cfg),
    headers: { 'content-type': 'text/plain' },
  });
  expect(applied.status()).toBe(200);
  expect(await applied.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });

  const exported = await request.get('/api/v1/export?format=json');
  const text = await exported.text();
  const again = await request.post('/api/v1/import?dryRun=false&format=inventory&filename=export.json', {
    data: Buffer.from(text),
    headers: { 'content-type': 'application/json' },
  });
  const res = await again.json();
  expect(res.created).toBe(0);
  expect(res.updated).toBe(0);
  expect(await (await request.get('/api/v1/export?format=json')).text()).toBe(text);

  const bad = await request.post('/api/v1/import?dryRun=true&filename=x.cfg', {
    data: Buffer.from('[radius_server_auto]\nfailmode=maybe\n'),
    headers: { 'content-type': 'text/plain' },
  });
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain('line 2');
  const csv = await request.get('/api/v1/export?format=csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
});

test('the log analyzer finds failmode events and links the section to its application', async ({ page }) => {
  await page.goto('/logs');
  await page.getByLabel('Files').setInputFiles(['tests/fixtures/logs/authproxy-new.log', 'tests/fixtures/logs/authevents.log']);
  await page.getByRole('button', { name: 'Find failmode events' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('Fail safe: allowed without 2FA').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /by section and user/ })).toContainText('radius_server_auto');
});
