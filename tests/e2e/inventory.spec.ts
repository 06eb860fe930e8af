import { expect } from '@playwright/test';
import { storageStateFor, uniq, test } from './fixtures';

test.use({ storageState: storageStateFor('editor') });

test('the demo inventory is there: search, filter, sort and page', async ({ page }) => {
  await page.goto('/applications');
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  const table = page.locator('tbody');
  await expect(table.getByText('Most restrictive').first()).toBeVisible();
  await expect(table.getByText('Restrictive', { exact: true }).first()).toBeVisible();
  await expect(table.getByText('Less restrictive').first()).toBeVisible();

  await page.getByLabel('Search', { exact: true }).fill('vpn');
  await page.getByRole('button', { name: 'Apply' }).click();
  // The demo data has one "vpn" (other specs on this worker's database may have added more).
  await expect(rows.filter({ hasText: 'Remote access VPN' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Staff wiki' })).toHaveCount(0);
  expect(await rows.count()).toBeLessThan(8);

  await page.goto('/applications');
  await page.getByLabel('Configured failmode').selectOption('secure');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/failmode=secure/);
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Fail secure');

  await page.goto('/applications?sort=name&dir=desc');
  const names = await page.locator('tbody tr a[href^="/applications/"]').allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
});

test('add an application (fixing a validation error on the way), edit it, conflict, delete', async ({ page, browser }) => {
  const name = uniq('Print server');
  await page.goto('/applications/new');
  await page.getByLabel('Name').fill(name);
  // Integration left unchosen: the form says so next to the field and saves nothing.
  await page.getByRole('button', { name: 'Add application' }).click();
  await expect(page.locator('#integration-error')).toContainText('Choose an integration');
  await expect(page).toHaveURL(/\/applications\/new$/);

  await page.getByLabel('Integration').selectOption('duo-unix');
  await page.getByLabel('Configured failmode').selectOption('safe');
  await page.getByLabel('Criticality').selectOption('high');
  await page.getByLabel('Intellectual property').check();
  await page.getByLabel('2FA always required for some groups').check();
  await page.getByLabel('IT Admins').check();
  await page.getByRole('button', { name: 'Add application' }).click();

  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.locator('main').getByText('Restrictive', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('FAILMODE_OPEN_ON_RESTRICTED')).toBeVisible();
  const url = page.url();

  // Two tabs open the edit form; the first save wins, the second is told and keeps its input.
  await page.getByRole('link', { name: 'Edit', exact: true }).first().click();
  await expect(page.getByLabel('Name')).toHaveValue(name);
  const second = await browser.newContext({ storageState: storageStateFor('admin') });
  const tab2 = await second.newPage();
  await tab2.goto(`${url}/edit`);
  await tab2.getByLabel('Owner').fill('Second tab');

  await page.getByLabel('Configured failmode').selectOption('secure');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByText('FAILMODE_OPEN_ON_RESTRICTED')).toHaveCount(0);

  await tab2.getByRole('button', { name: 'Save changes' }).click();
  await expect(tab2.getByRole('alert').filter({ hasText: 'Someone else' })).toContainText(
    'Someone else saved this application while you were editing',
  );
  await expect(tab2.getByLabel('Owner')).toHaveValue('Second tab');
  await second.close();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await page.goto(`/applications?q=${encodeURIComponent(name)}`);
  await expect(page.getByText('No application matches these filters.')).toBeVisible();
});

test('manage a group and its access from the group side', async ({ page }) => {
  const name = uniq('Night shift');
  await page.goto('/groups/new');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('spinbutton', { name: 'Members' }).fill('-3');
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.locator('p[role=alert]')).toContainText('Member count cannot be negative');
  await page.getByRole('spinbutton', { name: 'Members' }).fill('40');
  await page.getByLabel('Staff wiki (Confluence)').check();
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Staff wiki (Confluence)');

  await page.goto('/applications?q=Staff+wiki');
  await page.getByRole('link', { name: 'Staff wiki (Confluence)' }).click();
  await expect(page.getByText(name).first()).toBeVisible();

  // The group goes again: the simulator's people counts (decisions.spec.ts) add up the demo groups.
  const { items } = (await (await page.request.get(`/api/v1/groups?q=${encodeURIComponent(name)}`)).json()) as {
    items: { id: string; name: string }[];
  };
  const group = items.find((g) => g.name === name)!;
  expect((await page.request.delete(`/api/v1/groups/${group.id}`)).status()).toBe(204);
});

test.describe('a viewer', () => {
  test('whose role was taken away mid-edit cannot save: the server action refuses', async ({ page, browser }) => {
    // The editor opens the form; meanwhile an admin demotes them to viewer.
    const admin = await browser.newContext({ storageState: storageStateFor('admin') });
    const adminPage = await admin.newPage();
    await page.goto('/applications?q=Outlook');
    await page.getByRole('link', { name: 'Outlook Web Access' }).click();
    await page.getByRole('link', { name: 'Edit', exact: true }).first().click();
    await adminPage.goto('/admin/users');
    await adminPage.getByLabel('Role of editor@example.com').selectOption('viewer');
    await expect(adminPage.getByLabel('Role of editor@example.com')).toHaveValue('viewer');
    await page.getByLabel('Owner').fill('Should not be saved');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toContainText(
      'Your role (viewer) may not change the inventory',
    );
    // Restore the role for the other tests.
    await adminPage.reload();
    await adminPage.getByLabel('Role of editor@example.com').selectOption('editor');
    await expect(adminPage.getByLabel('Role of editor@example.com')).toHaveValue('editor');
    await admin.close();
  });
});
