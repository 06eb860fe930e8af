import { expect, type Browser, type Page } from '@playwright/test';
import { storageStateFor, uniq, test } from './fixtures';

/** The admin invites a new user through the Users page and returns the email. */
async function invite(browser: Browser, role: 'viewer' | 'reviewer', password: string, name = 'Pat Test'): Promise<string> {
  const ctx = await browser.newContext({ storageState: storageStateFor('admin') });
  const admin = await ctx.newPage();
  const email = `${uniq('user').replace(/\W+/g, '-').toLowerCase()}@example.com`;
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: 'Invite user' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('Initial password').fill(password);
  await form.getByRole('button', { name: 'Invite user' }).click();
  await expect(admin.getByText(`${email} can now sign in`)).toBeVisible();
  await ctx.close();
  return email;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('sign in, change the password on the account page, the old one stops working', async ({ browser }) => {
  const first = 'first long passphrase 1';
  const second = 'second long passphrase 2';
  const email = await invite(browser, 'viewer', first);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, email, first);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.getByRole('link', { name: /Pat Test/ }).click();
  await expect(page).toHaveURL(/\/account$/);
  const form = page.getByRole('form', { name: 'Change password' });
  // The policy refuses a common breached password, with the reason at the field.
  await form.getByLabel('Current password').fill(first);
  await form.getByRole('textbox', { name: 'New password', exact: true }).fill('password1234');
  await form.getByLabel('New password again').fill('password1234');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('This password is on a list of common breached passwords: choose another one')).toBeVisible();
  await form.getByRole('textbox', { name: 'New password', exact: true }).fill(second);
  await form.getByLabel('New password again').fill(second);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText(/^Password changed\./)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, email, first);
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in failed' })).toContainText('Email or password is wrong.');
  await signIn(page, email, second);
  await expect(page).toHaveURL(/\/dashboard/);
  await ctx.close();
});

test('the account page lists, creates and revokes API tokens; a revoked token answers 401', async ({ browser, playwright, baseURL }) => {
  const email = await invite(browser, 'viewer', 'tokens long passphrase');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, email, 'tokens long passphrase');
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto('/account');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('ci');
  await page.getByLabel('Expires').selectOption('30');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^orp_/);
  const row = page.getByRole('row', { name: /ci/ });
  await expect(row).toContainText('active');
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await api.get('/api/v1/tokens')).status()).toBe(200);
  await row.getByRole('button', { name: /Revoke/ }).click();
  await expect(page.getByRole('row', { name: /ci/ })).toContainText('revoked');
  await expect.poll(async () => (await api.get('/api/v1/applications')).status(), { timeout: 10_000 }).toBe(401);
  await api.dispose();
  await ctx.close();
});

test('an admin resets a password: the temporary one must be changed at the next sign-in', async ({ browser }) => {
  const email = await invite(browser, 'viewer', 'reset long passphrase 1', 'Reset Me');
  const adminCtx = await browser.newContext({ storageState: storageStateFor('admin') });
  const admin = await adminCtx.newPage();
  await admin.goto('/admin/users');
  const row = admin.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
  await row.getByRole('button', { name: /Reset password/ }).click();
  const status = row.getByRole('status');
  await expect(status).toContainText('Temporary password');
  const temporary = (await status.textContent())!.split(': ').pop()!.trim();
  await adminCtx.close();

  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, email, 'reset long passphrase 1');
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in failed' })).toBeVisible();
  await signIn(page, email, temporary);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('An admin set a temporary password for you')).toBeVisible();
  await page.goto('/applications');
  await expect(page).toHaveURL(/\/account$/);
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password').fill(temporary);
  await form.getByRole('textbox', { name: 'New password', exact: true }).fill('my own long passphrase');
  await form.getByLabel('New password again').fill('my own long passphrase');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText(/^Password changed\./)).toBeVisible();
  await page.goto('/applications');
  await expect(page).toHaveURL(/\/applications/);
  await ctx.close();
});
