import { expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { storageStateFor, uniq, test } from './fixtures';

const shots = path.join('test-results', 'screens');

test('a reviewer cannot approve a critical finding: nothing pre-selected, the findings restated, the risk accepted for a limited time and shown as such (English and German)', async ({
  browser,
}) => {
  mkdirSync(shots, { recursive: true });
  // A reviewer of their own (their language choice stays theirs).
  const adminCtx = await browser.newContext({ storageState: storageStateFor('admin') });
  const admin = await adminCtx.newPage();
  const email = `${uniq('rita').replace(/\W+/g, '-').toLowerCase()}@example.com`;
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: 'Invite user' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Name').fill('Rita Reviewer');
  await form.getByLabel('Role').selectOption('reviewer');
  await form.getByLabel('Initial password').fill('rita long passphrase');
  await form.getByRole('button', { name: 'Invite user' }).click();
  await expect(admin.getByText(`${email} can now sign in`)).toBeVisible();
  await adminCtx.close();

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
  const page = await ctx.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('rita long passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard/);

  // Remote access VPN fails open although it is restrictive: a critical finding.
  await page.goto('/applications?q=Remote+access+VPN');
  await page.getByRole('link', { name: 'Remote access VPN' }).first().click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  const appUrl = page.url();
  await page.goto(`${appUrl}/review`);
  await expect(page.getByText(/A critical finding is open, so the failmode choice cannot be approved/)).toBeVisible();
  await expect(page.getByLabel('Approve the failmode choice')).toHaveCount(0);
  const accept = page.getByLabel('Accept the risk for a limited time');
  await expect(accept).not.toBeChecked();
  await expect(page.getByLabel('Reject it')).not.toBeChecked();
  await accept.check();
  await expect(page.getByText('You accept these open critical findings:')).toBeVisible();
  const until = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Risk accepted until').fill(until);
  await page
    .getByLabel('Rationale')
    .fill('Only managed laptops reach the VPN; the RADIUS section gets failmode secure at the next change window.');
  await page.screenshot({ path: path.join(shots, 'review-accept-risk-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText('Risk accepted.', { exact: true })).toBeVisible();
  await expect(page.getByText(/the risk was accepted until/)).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'review-risk-accepted-en.png'), fullPage: true });

  // Everywhere: the inventory table and filter, the review queue, the runbook header — never "Approved".
  await page.goto('/applications?review=risk-accepted');
  await expect(page.getByRole('row', { name: /Remote access VPN/ })).toContainText('Risk accepted');
  await page.goto(`${appUrl}/runbook`);
  await expect(page.getByText('risk accepted (a critical finding is open)').first()).toBeVisible();

  // German.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`${appUrl}/review`);
  await expect(page.getByText(/Ein kritischer Befund ist offen/).first()).toBeVisible();
  await page.getByLabel('Das Risiko befristet akzeptieren').check();
  await expect(page.getByText('Sie akzeptieren diese offenen kritischen Befunde:')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'review-accept-risk-de.png'), fullPage: true });
  await page.goto(`${appUrl}/runbook?lang=de`);
  await expect(page.getByText('Risiko akzeptiert (ein kritischer Befund ist offen)').first()).toBeVisible();
  await ctx.close();
});
