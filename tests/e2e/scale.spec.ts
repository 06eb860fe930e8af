// Long lists: adds 60 applications, more than a page holds, and checks that long lists are paged or
// capped with a way to the rest. At 2,000 applications the review queue was 3.5 MB, the findings page
// 11.9 MB and the dashboard 1.3 MB, each listing everything. On a server and database of its own
// (tests/e2e/own-server.ts), so the shared demo data keeps its counts whatever runs before or after.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { DEMO_PASSWORD, test as base } from './fixtures';
import { startServer, type OwnServer } from './own-server';

const test = base.extend<object, { own: OwnServer; ownAdmin: string }>({
  own: [
    async ({}, provide) => {
      const srv = await startServer();
      await provide(srv);
      await srv.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  /** The admin's signed-in storage state on that server. */
  ownAdmin: [
    async ({ own, playwright }, provide) => {
      const api = await playwright.request.newContext({ baseURL: own.url });
      expect((await api.post('/api/v1/sessions', { data: { email: 'admin@example.com', password: DEMO_PASSWORD } })).status()).toBe(201);
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'orp-scale-')), 'admin.json');
      await api.storageState({ path: file });
      await api.dispose();
      await provide(file);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ own }, provide) => provide(own.url),
  storageState: async ({ ownAdmin }, provide) => provide(ownAdmin),
});

const N = 60;
const name = (i: number) => `Scale ward ${String(i).padStart(2, '0')}`;

test.beforeAll(async ({ own, ownAdmin, playwright }) => {
  const context = await playwright.request.newContext({ baseURL: own.url, storageState: ownAdmin });
  const applications = Array.from({ length: N }, (_, i) => ({
    name: name(i),
    integration: 'windows-logon-rdp',
    dataClasses: ['health'],
    mfaMandate: 'all-users',
    criticality: 'medium',
    configuredFailmode: 'safe', // fail open on a most-restrictive application: a critical finding each
    groups: ['Scale ward staff'],
  }));
  const res = await context.post('/api/v1/import?format=inventory&filename=scale.json', {
    data: Buffer.from(JSON.stringify({ version: 1, groups: [{ name: 'Scale ward staff', alwaysRequireMfa: false }], applications })),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.status()).toBe(200);
  expect((await res.json()).created).toBe(N + 1); // the applications and the group
  await context.dispose();
});

test('the review queue is paged: 50 at a time, most urgent first', async ({ page }) => {
  await page.goto('/reviews');
  const nav = page.getByRole('navigation', { name: 'Pagination' });
  await expect(page.locator('tbody tr')).toHaveCount(50);
  const total = Number((await nav.locator('p').innerText()).match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(N);
  await expect(nav).toContainText(`1–50 of ${total}`);
  await nav.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\/reviews\?page=2$/);
  await expect(nav).toContainText(`51–${Math.min(100, total)} of ${total}`);
  await expect(page.locator('tbody tr')).toHaveCount(Math.min(50, total - 50));
  await nav.getByRole('link', { name: 'Previous' }).click();
  await expect(nav).toContainText(`1–50 of ${total}`);
});

test('the runbooks page pages its table but its binder covers every filtered application', async ({ page }) => {
  await page.goto('/runbooks?level=most-restrictive');
  const binder = await page.getByText(/Binder of \d+ runbooks/).innerText();
  const count = Number(binder.match(/\d+/)![0]);
  expect(count).toBeGreaterThan(N);
  await expect(page.locator('tbody tr')).toHaveCount(50);
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/level=most-restrictive/);
  await expect(page.locator('tbody tr')).toHaveCount(count - 50);
  await expect(page.getByText(binder)).toBeVisible();

  await page.goto('/runbooks?level=most-restrictive&owner=nobody-owns-this');
  await expect(page.getByText('No application matches these filters: there is no binder to make.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'PDF' })).toHaveCount(0);
});

test('the findings page shows 20 of a kind and links to all of them in the inventory', async ({ page }) => {
  await page.goto('/findings');
  const card = page
    .locator('section, div')
    .filter({ has: page.getByRole('heading', { name: /FAILMODE_OPEN_ON_RESTRICTED/ }) })
    .last();
  await expect(card.getByRole('listitem')).toHaveCount(20);
  const more = card.getByRole('link', { name: /Showing 20 of \d+ findings in \d+ applications/ });
  const total = Number((await more.innerText()).match(/in (\d+) applications/)![1]);
  expect(total).toBeGreaterThanOrEqual(N);
  await more.click();
  await expect(page).toHaveURL(/\/applications\?finding=FAILMODE_OPEN_ON_RESTRICTED/);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(`of ${total}`);
});

test('the dashboard lists ten critical findings and links to the rest', async ({ page }) => {
  await page.goto('/dashboard');
  const card = page
    .locator('div')
    .filter({ has: page.getByRole('heading', { name: 'Critical findings', exact: true }) })
    .last();
  await expect(card.getByRole('listitem')).toHaveCount(10);
  await card.getByRole('link', { name: /in all: show their applications/ }).click();
  await expect(page).toHaveURL(/\/applications\?severity=critical/);
  await expect(page.getByRole('link', { name: name(0) })).toBeVisible();
});

test('the groups table names eight applications a group reaches and counts the rest', async ({ page }) => {
  await page.goto('/groups');
  const row = page.locator('tr').filter({ hasText: 'Scale ward staff' });
  await expect(row).toContainText(`${name(0)}, ${name(1)}`);
  await expect(row).toContainText(`and ${N - 8} more`);
  await expect(row).not.toContainText(name(8));
});

test('the group form filters a long list of applications and keeps what was ticked', async ({ page }) => {
  await page.goto('/groups/new');
  await page.getByLabel('Name').fill('Scale picked'); // a complete form: Enter in the filter would save it
  const list = page.getByRole('group', { name: 'Applications this group can reach' });
  const visible = list.locator('label:visible:has(input[type=checkbox])');
  const all = await visible.count();
  expect(all).toBeGreaterThan(N);
  await page.getByLabel('Filter applications').fill('scale ward 0');
  await expect(visible).toHaveCount(10); // Scale ward 00 … 09
  await list.getByLabel(name(3)).check();
  await page.getByLabel('Filter applications').fill('');
  await expect(visible).toHaveCount(all);
  await page.getByLabel('Filter applications').fill('scale ward 5');
  await page.getByLabel('Filter applications').press('Enter'); // filters; does not submit the form
  await list.getByLabel(name(57)).check();
  await expect(page).toHaveURL(/\/groups\/new$/);
  await page.getByLabel('Filter applications').fill('no such application');
  await expect(page.getByText(/no application matches/)).toBeVisible();
  await page.getByLabel('Filter applications').fill('scale ward 5');
  await expect(page.getByText(`2 of ${all} selected`)).toBeVisible();
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.locator('tr').filter({ hasText: 'Scale picked' })).toContainText(`${name(3)}, ${name(57)}`);
});

test('the drill form shows the first 50 applications, filters to the others and keeps every outcome', async ({ page }) => {
  await page.goto('/drills/new');
  const outcomes = page.getByRole('group', { name: 'Outcome per application' }).locator('select');
  await expect(outcomes).toHaveCount(50);
  await expect(page.getByText(/showing the first 50 of \d+: filter to find the others/)).toBeVisible();
  await page.getByLabel('Filter applications').fill('Scale ward 1');
  await expect(outcomes).toHaveCount(10);
  await page.getByLabel(name(12)).selectOption('passed');
  await page.getByLabel('Filter applications').fill('Scale ward 5');
  await page.getByLabel(name(55)).selectOption('failed');
  await expect(page.getByText(/^2 of \d+ in this drill$/)).toBeVisible();
  await page.getByLabel('Filter applications').fill('');
  await expect(page.getByLabel(name(12))).toHaveValue('passed'); // kept while it was not shown
  await page.getByLabel('Participants').fill('Scale test team');
  await page.getByRole('button', { name: 'Record drill' }).click();
  await expect(page).toHaveURL(/\/drills$/);
  await expect(page.getByText(`${name(12)}: passed`)).toBeVisible();
  await expect(page.getByText(`${name(55)}: failed`)).toBeVisible();
});

test('a filter from a link shows in the inventory form and survives Apply; a page past the end shows the last page', async ({ page }) => {
  await page.goto('/applications?integration=okta,onelogin&finding=FAILMODE_NOT_CONFIGURABLE');
  await expect(page.getByLabel('Integration')).toHaveValue('okta,onelogin');
  await expect(page.getByLabel('Finding', { exact: true })).toHaveValue('FAILMODE_NOT_CONFIGURABLE');
  await page.getByLabel('Criticality').selectOption('low');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/integration=okta%2Conelogin/);
  await expect(page).toHaveURL(/finding=FAILMODE_NOT_CONFIGURABLE/);

  await page.goto('/applications?page=999');
  const nav = page.getByRole('navigation', { name: 'Pagination' });
  const text = await nav.locator('p').innerText();
  const [, from, to, total] = text.match(/(\d+)–(\d+) of (\d+)/)!.map(Number);
  expect(to).toBe(total);
  expect(from).toBe(Math.floor((total - 1) / 50) * 50 + 1);
  await expect(page.locator('tbody tr').first()).not.toContainText('No application');
});
