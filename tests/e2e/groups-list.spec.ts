// Issue 18 item 10 (part): the groups list searches (name, description) and sorts by name, 2FA rule,
// members and reach, all from the URL (?q=&sort=&dir=) like the inventory list.
import { expect, type APIRequestContext } from '@playwright/test';
import { storageStateFor, uniq, test, e2eBaseUrl } from './fixtures';
import { asGerman } from './german';

test.use({ storageState: storageStateFor('editor') });

let api: APIRequestContext;
const prefix = uniq('Sortgrp').replace(' ', '-');
const made: { id: string; version: number }[] = [];

test.beforeAll(async ({ playwright }) => {
  api = await playwright.request.newContext({ baseURL: e2eBaseUrl(), storageState: storageStateFor('editor') });
  // Three groups of our own (other specs share the database): members 500, 5, 50; reach 0, 2, 1.
  for (const [suffix, memberCount, applications, alwaysRequireMfa] of [
    ['b', 500, [], false],
    ['c', 5, ['Remote access VPN', 'Payroll (Workday)'], true],
    ['a', 50, ['Remote access VPN'], false],
  ] as const) {
    const res = await api.post('/api/v1/groups', { data: { name: `${prefix} ${suffix}`, memberCount, applications, alwaysRequireMfa } });
    expect(res.status(), await res.text()).toBe(201);
    made.push(await res.json());
  }
});
test.afterAll(async () => {
  for (const g of made) await api.delete(`/api/v1/groups/${g.id}`);
  await api.dispose();
});

const names = async (page: import('@playwright/test').Page) =>
  (await page.locator('tbody tr td:first-child .font-medium').allInnerTexts()).map((s) => s.trim());

test('search by name, sort by members and reach both ways, all in the URL; a bad sort is explained', async ({ page }) => {
  await page.goto('/groups');
  await page.getByLabel('Search groups').fill(prefix);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`/groups\\?q=${encodeURIComponent(prefix).replace(/%20/g, '(\\+|%20)')}`));
  await expect(page.getByRole('status')).toHaveText('3 groups found');
  expect(await names(page)).toEqual([`${prefix} a`, `${prefix} b`, `${prefix} c`]);

  // Members: ascending, then descending; the search is kept.
  await page.getByRole('link', { name: /^Members/ }).click();
  await expect(page).toHaveURL(/sort=members/);
  await expect(page.getByRole('columnheader', { name: /Members/ })).toHaveAttribute('aria-sort', 'ascending');
  expect(await names(page)).toEqual([`${prefix} c`, `${prefix} a`, `${prefix} b`]);
  await page.getByRole('link', { name: /^Members/ }).click();
  await expect(page).toHaveURL(/sort=members&dir=desc/);
  await expect(page.getByRole('columnheader', { name: /Members/ })).toHaveAttribute('aria-sort', 'descending');
  expect(await names(page)).toEqual([`${prefix} b`, `${prefix} a`, `${prefix} c`]);
  expect(new URL(page.url()).searchParams.get('q')).toBe(prefix);

  // Reach (number of applications) and the 2FA rule, from a URL.
  await page.goto(`/groups?${new URLSearchParams({ q: prefix, sort: 'applications', dir: 'desc' })}`);
  expect(await names(page)).toEqual([`${prefix} c`, `${prefix} a`, `${prefix} b`]);
  await page.goto(`/groups?${new URLSearchParams({ q: prefix, sort: 'mfa' })}`);
  expect((await names(page))[0]).toBe(`${prefix} c`);

  // Nothing matches: said so. A sort the list does not know: said which, default order shown.
  await page.goto(`/groups?q=${encodeURIComponent(prefix + ' zzz')}`);
  await expect(page.getByText('No group matches this search.')).toBeVisible();
  await page.goto('/groups?sort=colour');
  await expect(page.getByText('The search or sort was not understood')).toBeVisible();
  await expect(page.getByText(/sort must be one of name, mfa, members, applications/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'All Staff', exact: true })).toBeVisible();

  // The API takes the same parameters.
  const res = await api.get(`/api/v1/groups?${new URLSearchParams({ q: prefix, sort: 'members', dir: 'desc' })}`);
  expect((await res.json()).items.map((g: { memberCount: number }) => g.memberCount)).toEqual([500, 50, 5]);
  expect((await api.get('/api/v1/groups?sort=colour')).status()).toBe(400);
});

test('German: the search and the sort state are German', async ({ page }) => {
  await page.goto('/groups');
  await asGerman(page, async () => {
    await page.goto(`/groups?${new URLSearchParams({ q: prefix, sort: 'members', dir: 'desc' })}`);
    await expect(page.getByLabel('Gruppen suchen')).toHaveValue(prefix);
    await expect(page.getByRole('status')).toHaveText('3 Gruppen gefunden');
    await expect(page.getByRole('columnheader', { name: /Mitglieder.*absteigend sortiert/ })).toBeVisible();
  });
});
