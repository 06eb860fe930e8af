import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { test, cliEnv } from './fixtures';

// A user of its own, so that the demo users keep English for the other tests.
const EMAIL = `i18n-${Date.now().toString(36)}@example.com`;
const PASSWORD = 'i18n-password-2026';

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  const env = cliEnv();
  const out = execFileSync(
    'npm',
    ['run', '--silent', 'user:create', '--', '--email', EMAIL, '--role', 'viewer', '--name', 'I18n', '--password', PASSWORD],
    { env, encoding: 'utf8' },
  );
  expect(out).toContain(`created viewer ${EMAIL}`);
});

/** Signs in through the form whatever its language (by the field ids). */
async function signIn(page: Page) {
  await page.goto('/login');
  await page.locator('#email').fill(EMAIL);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#password').press('Enter');
  await expect(page).toHaveURL(/\/dashboard/);
}

test('a signed-in user switches to Deutsch in the header: navigation, tables and forms are German, it survives a reload and a new login, and English comes back', async ({
  page,
  browser,
}, info) => {
  await signIn(page);
  const html = page.locator('html');
  const header = page.locator('header[data-app-header]');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await header.getByRole('button', { name: 'Deutsch' }).click();
  await expect(html).toHaveAttribute('lang', 'de');
  await expect(header.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  for (const name of ['Anwendungen', 'Gruppen', 'Befunde', 'Prüfungen', 'Was wäre, wenn', 'Übungen', 'Richtlinie']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(header.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await expect(header).toContainText('(Leser)');
  await expect(page.getByRole('heading', { level: 1, name: 'Ausfallbereitschaft' })).toBeVisible();
  await expect(page.getByText('Letzte Übung:')).toBeVisible();

  // The applications table: German headers, and the domain names (levels, failmodes) in German too.
  await nav.getByRole('link', { name: 'Anwendungen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anwendungen' })).toBeVisible();
  const head = page.locator('thead');
  // The sorted column says so to screen readers (in German too).
  await expect(head.getByRole('columnheader', { name: /^Anwendung\s*, aufsteigend sortiert$/ })).toBeVisible();
  for (const name of ['Integration', 'Kritikalität', 'Ebene', 'Failmode (konfiguriert → empfohlen)', 'Befunde', 'Prüfung', 'Gruppen']) {
    await expect(head.getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  const table = page.locator('tbody');
  await expect(table.getByText('Am stärksten restriktiv').first()).toBeVisible();
  await expect(table.getByText('Weniger restriktiv').first()).toBeVisible();
  await expect(table.getByText('Fail secure').first()).toBeVisible();

  // A form's labels: the filter form (and it still works).
  await expect(page.getByLabel('Suche')).toBeVisible();
  await expect(page.getByLabel('Datenklasse')).toBeVisible();
  await expect(page.getByLabel('Einschränkungsebene')).toBeVisible();
  await page.getByLabel('Konfigurierter Failmode').selectOption('secure');
  await page.getByRole('button', { name: 'Anwenden' }).click();
  await expect(page).toHaveURL(/failmode=secure/);
  for (const text of await page.locator('tbody tr').allInnerTexts()) expect(text).toContain('Fail secure');
  await page.screenshot({ path: info.outputPath('applications-de.png'), fullPage: true });

  // An application: assessment, findings and the explanation in German.
  await page.goto('/applications?q=VPN');
  await page.getByRole('link', { name: 'Remote access VPN' }).click();
  await expect(page.getByRole('heading', { name: 'Bewertung' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Begründung der Einschränkungsebene' })).toBeVisible();
  await expect(page.getByText('Wenn Duo nicht erreichbar ist')).toBeVisible();
  await page.screenshot({ path: info.outputPath('application-de.png'), fullPage: true });

  // The policy form (read-only for a viewer): German labels.
  await page.goto('/policy');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationsrichtlinie' })).toBeVisible();
  await expect(page.getByLabel('Prüfintervall (Tage)')).toBeVisible();
  await expect(page.getByLabel('Runbook-Sprache für Exporte über API und Kommandozeile')).toBeVisible();
  await expect(page.getByText('Nur Admins können die Richtlinie ändern.')).toBeVisible();

  // A reload keeps it.
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationsrichtlinie' })).toBeVisible();

  // A new login in a browser without the cookie: the choice is stored on the user.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/login');
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
  await signIn(fresh);
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    fresh.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Anwendungen', exact: true }),
  ).toBeVisible();
  await other.close();

  // Back to English.
  await header.getByRole('button', { name: 'English' }).click();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation policy' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' })).toBeVisible();
  await expect(page.getByLabel('Review interval (days)')).toBeVisible();
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'en');
});

test('the login page switch works for a signed-out visitor (cookie), and a signed-in user’s own language wins over it', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Email')).toBeVisible();

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('E-Mail')).toBeVisible();
  await expect(page.getByLabel('Passwort')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await expect(page.getByText('Vorbereitet auf den Tag, an dem Duo ausfällt.')).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === 'orp_locale')?.value).toBe('de');
  await page.screenshot({ path: test.info().outputPath('login-de.png') });

  // The cookie keeps it; the known sign-in errors are German too.
  await page.reload();
  await page.getByLabel('E-Mail').fill('nobody@example.com');
  await page.getByLabel('Passwort').fill('not-the-password');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Anmeldung fehlgeschlagen' })).toContainText('E-Mail oder Passwort ist falsch.');

  // The user's stored language (English, set back by the test above) wins over the cookie.
  await signIn(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Outage readiness' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Email')).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === 'orp_locale')?.value).toBe('en');
});

test.describe('a browser that asks for German', () => {
  test.use({ locale: 'de-DE' });
  test('gets the login page in German without any cookie (Accept-Language)', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByLabel('E-Mail')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
  });
});
