// Issue 19, end to end: a new admin connects to Duo (the HTTPS test double started by
// playwright.config.ts, trusted through NODE_EXTRA_CA_CERTS, reached through ORP_DUO_BASE_URL),
// tests the connection, previews, syncs, syncs again (no duplicates), sees a group in bypass as
// GROUP_IN_BYPASS in English and German, and the status banner for each state. The secret key string
// appears in no response, page, audit row, export or database file. afterAll removes what it synced.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { storageStateFor, test, e2eBaseUrl, e2eDatabaseUrl, duoDoubleUrl } from './fixtures';
import { defaultDoubleState } from '../support/duo-double';
import { DUO_GROUPS } from '../support/duo-fixture';

const DOUBLE = duoDoubleUrl();
const { apiHost: API_HOST, ikey: IKEY, skey: SKEY } = defaultDoubleState();

test.use({ storageState: storageStateFor('admin'), ignoreHTTPSErrors: true });
test.describe.configure({ mode: 'serial' });

async function control(request: APIRequestContext, patch: Record<string, unknown>) {
  const r = await request.post(`${DOUBLE}/__control`, { data: patch, ignoreHTTPSErrors: true });
  expect(r.ok()).toBe(true);
}

test.afterAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({
    baseURL: e2eBaseUrl(),
    storageState: storageStateFor('admin'),
    ignoreHTTPSErrors: true,
  });
  await control(api, { statusIndicator: 'none', groups: DUO_GROUPS });
  const apps = (await (await api.get('/api/v1/applications?q=Duo%20sync&limit=100')).json()) as { items: { id: string; name: string }[] };
  for (const a of apps.items.filter((x) => x.name.startsWith('Duo sync')))
    expect((await api.delete(`/api/v1/applications/${a.id}`)).status()).toBe(204);
  const groups = (await (await api.get('/api/v1/groups?q=Duo%20sync&limit=100')).json()) as { items: { id: string; name: string }[] };
  for (const g of groups.items.filter((x) => x.name.startsWith('Duo sync')))
    expect((await api.delete(`/api/v1/groups/${g.id}`)).status()).toBe(204);
  await api.delete('/api/v1/duo/connection');
  await api.dispose();
});

async function expectNoSecret(page: Page, text: string, where: string) {
  expect(text.includes(SKEY), `secret key in ${where}`).toBe(false);
  void page;
}

test('connection API: 401 without auth, 403 for an editor, 404 before it exists', async ({ playwright, request }) => {
  const anon = await playwright.request.newContext({ baseURL: e2eBaseUrl(), storageState: { cookies: [], origins: [] } });
  const r = await anon.get('/api/v1/duo/connection');
  expect(r.status(), `${r.url()} ${await r.text()}`).toBe(401);
  expect((await anon.get('/api/v1/duo/status')).status()).toBe(401);
  await anon.dispose();
  const editor = await playwright.request.newContext({ baseURL: e2eBaseUrl(), storageState: storageStateFor('editor') });
  expect(
    (await editor.put('/api/v1/duo/connection', { data: { apiHost: API_HOST, integrationKey: IKEY, secretKey: SKEY } })).status(),
  ).toBe(403);
  await editor.dispose();
  expect((await request.get('/api/v1/duo/connection')).status()).toBe(404);
  const bad = await request.put('/api/v1/duo/connection', { data: { apiHost: 'https://x/y', integrationKey: IKEY, secretKey: 'short' } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toEqual([
    'apiHost',
    'secretKey',
  ]);
});

test('a new admin connects, tests, previews, syncs twice and sees the group in bypass', async ({ page, request }) => {
  const bodies: string[] = [];
  page.on('response', async (r) => {
    if (r.url().startsWith(page.url().split('/').slice(0, 3).join('/'))) bodies.push(await r.text().catch(() => ''));
  });
  await page.goto('/duo');
  await expect(page.getByRole('heading', { name: 'Connected to Duo' })).toBeVisible();
  await page.getByLabel('API hostname').fill(API_HOST);
  await page.getByLabel('Integration key').fill(IKEY);
  await page.getByLabel('Secret key').fill(SKEY);
  await page.getByRole('button', { name: 'Save connection' }).click();
  await expect(page.getByText('The connection is saved. The secret key is stored encrypted.')).toBeVisible();
  await expect(page.getByLabel('Secret key')).toHaveValue('');

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('region', { name: 'Connection test' })).toContainText('Duo answered every request the sync makes.');

  // Dry run: a preview, nothing written.
  await page.getByRole('button', { name: 'Preview (dry run)' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the sync' });
  await expect(preview.getByRole('row', { name: /Duo sync VPN new/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Duo sync contractors new/ })).toBeVisible();
  expect(((await (await request.get('/api/v1/applications?q=Duo%20sync&limit=100')).json()) as { items: unknown[] }).items).toHaveLength(0);

  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText('Synced: 6 created, 0 updated, 0 unchanged.')).toBeVisible();
  await expect(page.getByTestId('duo-bypass-check')).toContainText('No group is in bypass in Duo.');
  // A second sync updates, never duplicates.
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText('Synced: 0 created, 0 updated, 6 unchanged.')).toBeVisible();
  const apps = (
    (await (await request.get('/api/v1/applications?q=Duo%20sync&limit=100')).json()) as { items: { name: string; integration: string }[] }
  ).items;
  expect(apps.map((a) => [a.name, a.integration]).sort()).toEqual([
    ['Duo sync VPN', 'auth-proxy-radius'],
    ['Duo sync bastion', 'duo-unix'],
    ['Duo sync jump host', 'windows-logon-rdp'],
  ]);

  // Someone leaves the contractors group in bypass in Duo.
  await control(request, { groups: DUO_GROUPS.map((g) => (g.name === 'Duo sync contractors' ? { ...g, status: 'Bypass' } : g)) });
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/^Synced: 0 created/)).toBeVisible();
  await expect(page.getByTestId('duo-bypass-check')).toContainText('1 group is in bypass in Duo');
  await expect(page.getByRole('list', { name: 'Findings from Duo' })).toContainText(
    'Group "Duo sync contractors" is in bypass status in Duo',
  );
  const assess = (await (await request.get('/api/v1/assessments')).json()) as {
    applications: { name: string; findings: { code: string; groups: string[] }[] }[];
  };
  expect(
    assess.applications
      .find((a) => a.name === 'Duo sync VPN')!
      .findings.filter((f) => f.code === 'GROUP_IN_BYPASS')
      .map((f) => f.groups),
  ).toEqual([['Duo sync contractors']]);
  await page.goto('/findings');
  await expect(page.getByRole('heading', { name: /Group in bypass in Duo/ })).toBeVisible();

  // German.
  const header = page.locator('[data-app-header]');
  await header.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  try {
    await page.goto('/duo');
    await expect(page.getByRole('heading', { name: 'Mit Duo verbunden' })).toBeVisible();
    await expect(page.getByTestId('duo-bypass-check')).toContainText('1 Gruppe steht in Duo im Status „Umgehung“');
    await expect(page.getByRole('list', { name: 'Befunde aus Duo' })).toContainText(
      'Die Gruppe „Duo sync contractors“ steht in Duo im Status „Umgehung“',
    );
    await expect(page.getByRole('button', { name: 'Jetzt synchronisieren' })).toBeVisible();
  } finally {
    await page.locator('[data-app-header]').getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }

  // The secret key is in no response the app gave, nor in the audit log, the export or the database files.
  for (const b of bodies) await expectNoSecret(page, b, 'a page response');
  for (const url of ['/api/v1/duo/connection', '/api/v1/audit', '/api/v1/export', '/api/v1/assessments', '/duo']) {
    await expectNoSecret(page, await (await request.get(url)).text(), url);
  }
  expect(await (await request.get('/api/v1/duo/connection')).json()).toMatchObject({
    apiHost: API_HOST,
    integrationKey: IKEY,
    secretKeySet: true,
    lastSyncAt: expect.any(String),
  });
  const dbFile = (e2eDatabaseUrl() ?? '').replace(/^file:/, '');
  const dir = path.dirname(dbFile);
  const files = readdirSync(dir).filter((f) => f.startsWith(path.basename(dbFile)));
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(readFileSync(path.join(dir, f)).includes(Buffer.from(SKEY)), f).toBe(false);
});

test('the status banner for each state, with a link to the runbooks', async ({ page, request }) => {
  const banner = page.getByRole('status', { name: 'Duo service status' });
  const cases = [
    ['minor', 'Duo is degraded.', 'Open the runbooks (Duo degraded)'],
    ['major', 'Duo has an outage.', 'Open the runbooks (Duo unreachable)'],
    ['unreachable', "Duo's status is unknown.", 'Open the runbooks (Duo unreachable)'],
  ] as const;
  for (const [indicator, title, link] of cases) {
    await control(request, { statusIndicator: indicator });
    await expect(async () => {
      await page.goto('/dashboard');
      await expect(banner).toContainText(title, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(banner.getByRole('link', { name: link })).toHaveAttribute('href', '/runbooks');
    // The API keeps its own cached answer (ORP_DUO_STATUS_CACHE_SECONDS=1 in the e2e server): poll it.
    await expect(async () => {
      const s = (await (await request.get('/api/v1/duo/status')).json()) as { state: string; checkedAt: string };
      expect(s.state).toBe(indicator === 'minor' ? 'degraded' : indicator === 'major' ? 'outage' : 'unknown');
      expect(s.checkedAt).toEqual(expect.any(String));
    }).toPass({ timeout: 10_000 });
  }
  await control(request, { statusIndicator: 'none' });
  await expect(async () => {
    await page.goto('/dashboard');
    await expect(banner).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(async () =>
    expect(((await (await request.get('/api/v1/duo/status')).json()) as { state: string }).state).toBe('operational'),
  ).toPass({ timeout: 10_000 });
});
