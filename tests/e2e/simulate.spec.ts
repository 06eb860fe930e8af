import { expect } from '@playwright/test';
import { storageStateFor, test, uniq, appBody } from './fixtures';

test.use({ storageState: storageStateFor('editor') });

test('a what-if with a firewall block and a bypass group shows the outcome matrix and the findings, shareable by URL', async ({ page }) => {
  await page.goto('/simulate');
  await page.getByLabel('Authentication not completing').check();
  await page.getByLabel(/Block \*\.duo\.com/).check();
  await page.getByRole('checkbox', { name: 'All Staff' }).check();
  await page.getByRole('button', { name: 'Run the simulation' }).click();
  await expect(page).toHaveURL(/scenario=auth-not-completing/);
  await expect(page).toHaveURL(/fw=1/);
  await expect(page).toHaveURL(/bg=All\+Staff/);

  const matrix = page.getByRole('table', { name: /Outcome per application and group/ });
  // The firewall block forces failmode: the fail-safe wiki opens, fail-secure EHR stays closed.
  await expect(matrix.getByRole('row', { name: /Staff wiki/ })).toContainText('without 2FA');
  await expect(matrix.getByRole('row', { name: /EHR/ })).toContainText(/denied/i);
  await expect(page.getByText('SIM_FIREWALL_BLAST_RADIUS')).toBeVisible();
  await expect(page.getByText('SIM_BYPASS_REACHES_MOST_RESTRICTIVE')).toBeVisible();

  // Shared URL: same result in a fresh page load.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByText('SIM_BYPASS_REACHES_MOST_RESTRICTIVE')).toBeVisible();
});

test('the API answers the same simulation', async ({ request }) => {
  const res = await request.post('/api/v1/simulations', {
    data: { scenario: 'unreachable', actions: [{ type: 'bypass-group', group: 'Nobody' }] },
  });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.issues[0].path).toBe('actions.0.group');
  const ok = await request.post('/api/v1/simulations', {
    data: { scenario: 'unreachable', actions: [{ type: 'primary-only', application: 'Remote access VPN', minutes: 300 }] },
  });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.findings.map((f: { code: string }) => f.code)).toContain('SIM_PRIMARY_ONLY_TOO_LONG');
  expect(body.results.length).toBeGreaterThan(10);
});

test('recording a drill changes the dashboard', async ({ page, request }) => {
  // Two applications of this test's own, never drilled: the count moves by this test alone, whatever
  // ran before it on this worker's database (or this test itself, with --repeat-each).
  const names = [uniq('Drill target A'), uniq('Drill target B')];
  const ids: string[] = [];
  for (const name of names) {
    const res = await request.post('/api/v1/applications', {
      data: appBody(name),
    });
    expect(res.status(), await res.text()).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }

  await page.goto('/dashboard');
  const notDrilled = page.getByRole('link', { name: /Not drilled in a year/ });
  const before = Number((await notDrilled.innerText()).match(/\d+/)![0]);
  await expect(page.getByRole('heading', { name: 'Outage readiness' })).toBeVisible();

  await page.goto('/drills/new');
  await page.getByLabel('Participants').fill('Network on-call, Security');
  await page.getByLabel(names[0]!, { exact: true }).selectOption('passed');
  await page.getByLabel(names[1]!, { exact: true }).selectOption('failed');
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  await page.getByLabel('What').fill('Set failmode=secure on the VPN section');
  await page.getByLabel('Owner').fill('Network Team');
  await page.getByRole('button', { name: 'Record drill' }).click();
  await expect(page).toHaveURL(/\/drills$/);
  await expect(page.getByText(`${names[0]}: passed`)).toBeVisible();
  await expect(page.getByText(/Set failmode=secure on the VPN section — Network Team/).first()).toBeVisible();

  await page.goto('/dashboard');
  await expect(page.getByText(/Last drill:/)).not.toContainText('never');
  const after = Number((await page.getByRole('link', { name: /Not drilled in a year/ }).innerText()).match(/\d+/)![0]);
  expect(after).toBe(before - 2);
});
