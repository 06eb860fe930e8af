// Issue 18 item 5: the audit log names its entities (current names; a deleted one keeps its id with a
// "deleted" marker), records the client address of sign-ins, and filters by actions and entities
// chosen from localized lists instead of internal codes typed by hand.
import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, storageStateFor, uniq, test, e2eBaseUrl } from './fixtures';
import { asGerman } from './german';

test.use({ storageState: storageStateFor('admin') });

let api: APIRequestContext;
test.beforeAll(async ({ playwright }) => {
  api = await playwright.request.newContext({ baseURL: e2eBaseUrl(), storageState: storageStateFor('editor') });
});
test.afterAll(async () => {
  await api.dispose();
});

test('entities by name, deleted ones by id and marker; actions and entities chosen from lists', async ({ page }) => {
  const kept = uniq('Audit kept');
  const gone = uniq('Audit gone');
  const a = await (await api.post('/api/v1/groups', { data: { name: kept, alwaysRequireMfa: false } })).json();
  const b = await (await api.post('/api/v1/groups', { data: { name: gone, alwaysRequireMfa: true } })).json();
  expect((await api.delete(`/api/v1/groups/${b.id}`)).status()).toBe(204);
  try {
    await page.goto('/admin/audit');
    // The filters are choices with labels, not free text for internal codes.
    await page.getByLabel('Entity', { exact: true }).selectOption({ label: 'Group' });
    await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Group created' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/entity=group&action=group\.create/);
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toContainText('Group created');
    for (const text of await rows.allInnerTexts()) expect(text).toContain('group.create');

    // The kept group by its name (a link to its history); the deleted one by id, marked, with the name it had.
    const keptRow = rows.filter({ hasText: kept });
    await expect(keptRow.getByRole('link', { name: kept })).toBeVisible();
    await expect(keptRow).not.toContainText(a.id);
    const goneRow = rows.filter({ hasText: b.id });
    await expect(goneRow).toContainText('deleted');
    await expect(goneRow).toContainText(`was “${gone}”`);

    await keptRow.getByRole('link', { name: kept }).click();
    await expect(page).toHaveURL(new RegExp(`entity=group&entityId=${a.id}`));
    await expect(rows).toHaveCount(1);

    // A known action matches exactly: "Signed in" does not list failed sign-ins.
    await page.goto('/admin/audit');
    await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Signed in' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/action=login(&|$)/);
    for (const text of await rows.allInnerTexts()) expect(text).not.toContain('login.failed');
  } finally {
    await api.delete(`/api/v1/groups/${a.id}`);
  }
});

test('a sign-in records the client address (the socket’s, no proxy in front); failed ones show where they came from', async ({
  browser,
}) => {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill('viewer@example.com');
  await page.getByLabel('Password').fill(`${DEMO_PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Email or password is wrong.')).toBeVisible();
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await ctx.close();

  const admin = await browser.newContext({ storageState: storageStateFor('admin') });
  const res = await admin.request.get('/api/v1/audit?action=login&limit=20');
  const login = (await res.json()).items.find((i: { actor: string }) => i.actor === 'viewer@example.com');
  expect(login.after).toEqual({ ip: '127.0.0.1' });
  // The failed attempt's minute reaches the log when it is over; the row names the address and the account.
  const failed = await admin.request.get('/api/v1/audit?action=login.failed&entityId=viewer%40example.com&limit=5');
  const items = (await failed.json()).items as { actor: string }[];
  for (const i of items) expect(i.actor).toBe('ip:127.0.0.1');

  const audit = await admin.newPage();
  await audit.goto('/admin/audit?entity=user&action=login');
  const row = audit.locator('tbody tr').filter({ hasText: 'viewer@example.com' }).first();
  await expect(row).toContainText('Signed in');
  await expect(row).toContainText('127.0.0.1');
  // The user entity by name (the demo viewer), with the email under it.
  await expect(row.getByRole('link', { name: 'Vic Viewer' })).toBeVisible();
  await admin.close();
});

test('German: the labels and choices are German', async ({ page }) => {
  await page.goto('/admin/audit');
  await asGerman(page, async () => {
    await page.goto('/admin/audit?entity=user');
    await expect(page.getByLabel('Objekt', { exact: true })).toHaveValue('user');
    await expect(page.getByLabel('Objekt', { exact: true }).locator('option:checked')).toHaveText('Benutzer');
    await expect(page.getByLabel('Aktion', { exact: true }).locator('option', { hasText: 'Anmeldung fehlgeschlagen' })).toHaveCount(1);
    await expect(page.locator('tbody tr').first()).toContainText(
      /Angemeldet|Abgemeldet|Anmeldung fehlgeschlagen|Sprache geändert|Benutzer/,
    );
  });
});
