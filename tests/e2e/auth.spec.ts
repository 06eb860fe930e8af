import { expect } from '@playwright/test';
import { login, storageStateFor, test } from './fixtures';

test.describe('signing in and out', () => {
  test('a logged-out visitor is sent to the login page and back afterwards', async ({ page }) => {
    await page.goto('/groups');
    await expect(page).toHaveURL(/\/login\?next=%2Fgroups/);
    await page.getByLabel('Email').fill('viewer@example.com');
    await page.getByLabel('Password').fill('outage-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(page.getByRole('heading', { name: 'User groups' })).toBeVisible();
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('editor@example.com');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Sign-in failed' })).toContainText('Email or password is wrong.');
    await expect(page).toHaveURL(/\/login/);
  });

  test('signing out ends the session: the old cookie no longer works', async ({ page, browser }) => {
    await login(page, 'viewer');
    const cookies = await page.context().cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    const other = await browser.newContext();
    await other.addCookies(cookies);
    const res = await other.request.get('/api/v1/applications');
    expect(res.status()).toBe(401);
    await other.close();
  });

  test.describe('with a stored session', () => {
    test.use({ storageState: storageStateFor('viewer') });
    test('the viewer sees the inventory but no way to change it', async ({ page }) => {
      await page.goto('/applications');
      await expect(page.getByRole('heading', { name: 'Applications' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Add application' })).toHaveCount(0);
      await page.goto('/applications/new');
      await expect(page).toHaveURL(/\/forbidden/);
      await expect(page.getByRole('heading', { name: 'You may not open this page' })).toBeVisible();
    });
  });
});
