// Incident mode (issue 16), end to end with two browsers: declare, tick (the other responder sees it
// within 5 s), record an emergency action and see its warning, the messaging timer and the sent
// record, close refused (409 REVERT_INCOMPLETE) then allowed after the revert, the report downloaded
// and read back with pdftotext, turned into a drill record. Desktop in English, 390 px in German.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import Database from 'libsql';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { storageStateFor, uniq, test, e2eDatabaseUrl, cliEnv } from './fixtures';

test.describe.configure({ mode: 'serial' });

// The drills this spec makes go again afterwards: simulate.spec.ts counts "Not drilled in a year".
const drills: string[] = [];
test.afterAll(() => {
  const url = e2eDatabaseUrl() ?? '';
  if (!url.startsWith('file:') || drills.length === 0) return;
  const db = new Database(url.slice('file:'.length));
  for (const id of drills) db.prepare('DELETE FROM "Drill" WHERE "id" = ?').run(id);
  db.close();
});

const GERMAN_EDITOR = `incident-de-${Date.now().toString(36)}@example.com`;
const PASSWORD = 'incident-password-2026';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join('test-results', 'incidents', `${name}.png`), fullPage: true });

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function noHorizontalScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width);
}

// The incident pages poll every 2.5 s: a context a failed test leaves open would keep polling
// through every later spec, so each is closed after its test whatever the outcome.
const opened: BrowserContext[] = [];
test.afterEach(async () => {
  for (const ctx of opened.splice(0)) await ctx.close().catch(() => {});
});

async function contextFor(browser: Browser, role: 'admin' | 'editor' | 'viewer', viewport = { width: 1280, height: 900 }) {
  const ctx = await browser.newContext({
    storageState: storageStateFor(role),
    viewport,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  opened.push(ctx);
  return ctx.newPage();
}

test('desktop, English: two responders run an incident from declaration to the report and a drill record', async ({ browser }) => {
  const editor = await contextFor(browser, 'editor');
  const admin = await contextFor(browser, 'admin');
  const viewer = await contextFor(browser, 'viewer');
  const title = uniq('Duo logins hang');

  await editor.goto('/incidents');
  await editor.getByRole('link', { name: 'Declare an incident' }).click();
  await editor.getByLabel('Scenario').selectOption('auth-not-completing');
  await editor.getByLabel('Title (optional)').fill(title);
  await editor.getByLabel('Applications (optional)').selectOption(['Remote access VPN', 'EHR (Epic Hyperspace)']);
  await editor.getByRole('button', { name: 'Declare incident' }).click();
  await expect(editor).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  const id = editor.url().split('/').pop()!;
  await expect(editor.getByRole('heading', { name: title })).toBeVisible();
  // Most critical first; both critical: the most-restrictive EHR before the VPN.
  const apps = editor.locator('#inc-checklist ~ div h3');
  await expect(apps).toHaveText([/EHR \(Epic Hyperspace\)/, /Remote access VPN/]);

  await admin.goto(`/incidents/${id}`);
  await viewer.goto(`/incidents/${id}`);
  await expect(viewer.getByText('Your role may read this incident but not change it.')).toBeVisible();
  await expect(viewer.getByRole('checkbox').first()).toBeDisabled();

  // A tick in one browser shows in the other within 5 seconds.
  const firstStep = (p: Page) => p.getByRole('checkbox', { name: /^EHR \(Epic Hyperspace\): Duo answers, but logins do not complete/ });
  await firstStep(editor).check();
  await expect(firstStep(editor)).toBeChecked();
  await expect(firstStep(admin)).toBeChecked({ timeout: 5_000 });
  await expect(admin.getByText(/✓ editor@example\.com/).first()).toBeVisible();

  // A viewer's write is refused by the API (403), whatever the page shows.
  const read = await (await viewer.request.get(`/api/v1/incidents/${id}`)).json();
  const tick = await viewer.request.patch(`/api/v1/incidents/${id}/items/${read.items[1].id}`, {
    data: { done: true, version: read.items[1].version },
  });
  expect(tick.status()).toBe(403);
  // A stale version is refused (409).
  const stale = await admin.request.patch(`/api/v1/incidents/${id}/items/${read.items[0].id}`, { data: { done: false, version: 1 } });
  expect(stale.status()).toBe(409);

  // Bypass a group: the warning names what it opens elsewhere, and a revert item appears.
  await admin.getByLabel('Action', { exact: true }).selectOption('bypass-group');
  await admin.getByLabel('Group', { exact: true }).selectOption('IT Admins');
  await admin.getByRole('button', { name: 'Record action' }).click();
  const warning = (p: Page) => p.getByRole('alert').filter({ hasText: 'Group set to bypass: IT Admins' });
  await expect(warning(admin)).toBeVisible();
  await expect(warning(editor)).toBeVisible({ timeout: 5_000 });
  await expect(warning(editor)).toContainText('EHR (Epic Hyperspace)');
  const revert = (p: Page) => p.getByRole('checkbox', { name: /Set bypass groups back to "Active" \(IT Admins\)/ });
  await expect(revert(editor)).toBeVisible();

  // The messaging timer runs (policy: 20 minutes) and a sent message is recorded for everyone.
  await expect(editor.getByRole('timer', { name: 'Message due in' })).toHaveText(/Message due in 1?\d:\d\d/);
  await editor.getByRole('button', { name: 'Copy: Remote access VPN' }).click();
  await expect(editor.getByRole('button', { name: 'Copy: Remote access VPN' })).toHaveText('Copied');
  await editor.getByRole('button', { name: 'Mark as sent: Remote access VPN' }).click();
  await expect(admin.getByText(/^Sent .* by editor@example\.com$/)).toBeVisible({ timeout: 5_000 });
  await shot(editor, 'desktop-en-open');

  // Close is refused while the revert item is open: 409 REVERT_INCOMPLETE with the open item.
  await editor.getByRole('button', { name: 'Close incident' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'The incident cannot close yet' })).toContainText('Set bypass groups back');
  const refused = await editor.request.post(`/api/v1/incidents/${id}/close`, { data: {} });
  expect(refused.status()).toBe(409);
  const body = await refused.json();
  expect(body.error.code).toBe('REVERT_INCOMPLETE');
  expect(body.error.items.map((i: { text: string }) => i.text)).toEqual([expect.stringContaining('IT Admins')]);

  await revert(admin).check();
  await expect(revert(editor)).toBeChecked({ timeout: 5_000 });
  await editor.getByRole('button', { name: 'Close incident' }).click();
  await expect(editor.getByText('Closed', { exact: true })).toBeVisible();
  await expect(admin.getByText('Closed', { exact: true })).toBeVisible({ timeout: 5_000 });

  // The report, downloaded and read back.
  const [download] = await Promise.all([
    editor.waitForEvent('download'),
    editor.getByRole('link', { name: 'Post-incident report (PDF)' }).click(),
  ]);
  const file = path.join('test-results', 'incidents', 'report-en.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  expect(text).toContain('Post-incident report');
  expect(text).toContain(title);
  expect(text).toContain('Let in without 2FA');
  expect(text).toContain('IT Admins');
  expect(text).toContain('Revert evidence');
  expect(text).toMatch(/Message sent: Remote access VPN/);

  await editor.getByRole('button', { name: 'Turn into a drill record' }).click();
  await expect(editor.getByText('Recorded as a live drill.')).toBeVisible();
  const after = await (await editor.request.get(`/api/v1/incidents/${id}`)).json();
  expect(after.drillId).toBeTruthy();
  drills.push(after.drillId);
  await shot(editor, 'desktop-en-closed');

  await editor.goto('/incidents');
  await expect(editor.getByRole('link', { name: title })).toBeVisible();
  await editor.context().close();
  await admin.context().close();
  await viewer.context().close();
});

test('phone width, German: the responder runs Primary Only Mode and closes after the revert; an English viewer follows', async ({
  browser,
}) => {
  const env = cliEnv();
  execFileSync(
    'npm',
    [
      'run',
      '--silent',
      'user:create',
      '--',
      '--email',
      GERMAN_EDITOR,
      '--role',
      'editor',
      '--name',
      'Bereitschaft',
      '--password',
      PASSWORD,
    ],
    { env, encoding: 'utf8' },
  );
  const phone = { width: 390, height: 844 };
  const ctx = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
  opened.push(ctx);
  const de = await ctx.newPage();
  await de.goto('/login');
  await de.locator('#email').fill(GERMAN_EDITOR);
  await de.locator('#password').fill(PASSWORD);
  await de.locator('#password').press('Enter');
  await expect(de).toHaveURL(/\/dashboard/);
  // At phone width the language switch sits in the header menu (issue 18 item 7).
  await de.locator('header[data-app-header] [data-nav-toggle]').click();
  await de.locator('header[data-app-header]').getByRole('button', { name: 'Deutsch' }).click();
  await expect(de.locator('html')).toHaveAttribute('lang', 'de');

  const title = uniq('Push-Ausfall');
  await de.goto('/incidents/new');
  await de.getByLabel('Szenario').selectOption('push-down');
  await de.getByLabel('Titel (optional)').fill(title);
  await de.getByLabel('Anwendungen (optional)').selectOption(['Remote access VPN']);
  await de.getByRole('button', { name: 'Vorfall ausrufen' }).click();
  await expect(de).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  const id = de.url().split('/').pop()!;
  await noHorizontalScroll(de);

  const viewer = await contextFor(browser, 'viewer', phone);
  await viewer.goto(`/incidents/${id}`);
  const step = (p: Page) => p.getByRole('checkbox').first();
  await step(de).check();
  await expect(step(viewer)).toBeChecked({ timeout: 5_000 });

  await expect(de.getByRole('timer', { name: 'Nachricht fällig in' })).toHaveText(/Nachricht fällig in 1?\d:\d\d/);
  await de.getByLabel('Maßnahme', { exact: true }).selectOption('primary-only');
  await de.getByLabel('Anwendung (Auth Proxy)').selectOption('Remote access VPN');
  await de.getByLabel('Minuten').fill('30');
  await de.getByRole('button', { name: 'Maßnahme erfassen' }).click();
  await expect(de.getByRole('timer', { name: 'Proxy hält an in' })).toHaveText(/Proxy hält an in (30:00|29:\d\d)/);
  await expect(viewer.getByRole('timer', { name: 'Proxy stops in' })).toHaveText(/Proxy stops in (30:00|29:\d\d)/, { timeout: 5_000 });
  await noHorizontalScroll(de);
  await shot(de, 'phone-de-open');

  await de.getByRole('button', { name: 'Vorfall abschließen' }).click();
  await expect(de.getByRole('alert').filter({ hasText: 'Der Vorfall kann noch nicht abgeschlossen werden' })).toContainText(
    'Nur primärer Modus',
  );
  await de.getByRole('checkbox', { name: /Remote access VPN: Nur primärer Modus/ }).check();
  await de.getByRole('button', { name: 'Vorfall abschließen' }).click();
  await expect(de.getByText('Abgeschlossen', { exact: true })).toBeVisible();
  await expect(viewer.getByText('Closed', { exact: true })).toBeVisible({ timeout: 5_000 });

  const [download] = await Promise.all([
    de.waitForEvent('download'),
    de.getByRole('link', { name: 'Bericht nach dem Vorfall (PDF-Datei)' }).click(),
  ]);
  const file = path.join('test-results', 'incidents', 'report-de.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  expect(text).toContain('Bericht nach dem Vorfall');
  expect(text).toContain('Nachweis des Rückbaus');
  expect(text).toContain('Nur primärer Modus des Auth Proxy');
  await noHorizontalScroll(de);
  await shot(de, 'phone-de-closed');
  await ctx.close();
  await viewer.context().close();
});
