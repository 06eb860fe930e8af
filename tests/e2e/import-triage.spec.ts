// Issue 15: the import screen as an IT admin uses it, in English and German, with screenshots
// (test-results/import-*.png). Fixtures of our own (tests/fixtures/authproxy/authproxy-vpn-secure.cfg).
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { storageStateFor, test, e2eBaseUrl, cliEnv } from './fixtures';

const RUN = Date.now().toString(36);
const EMAIL = `import-${RUN}@example.com`;
const PASSWORD = 'import-password-2026';
const FIXTURE = readFileSync('tests/fixtures/authproxy/authproxy-vpn-secure.cfg', 'utf8');
/** The fixture with an ikey of this run (the e2e database is shared by the specs of one run). */
const cfg = (n: number) => FIXTURE.replace('DIKEYVAL0000000000071', `DIKEYVAL${RUN.padStart(12, '0').slice(-12)}${n}`);
const CFG = cfg(1);

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  const env = cliEnv();
  execFileSync(
    'npm',
    ['run', '--silent', 'user:create', '--', '--email', EMAIL, '--role', 'editor', '--name', 'Importer', '--password', PASSWORD],
    { env, encoding: 'utf8' },
  );
});

// The specs of one run share the database: the applications this spec imported go again, so the
// demo inventory the other specs count (e.g. one "vpn", three most-restrictive) stays as seeded.
test.afterAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: e2eBaseUrl(), storageState: storageStateFor('editor') });
  const { items } = (await (await api.get(`/api/v1/applications?q=${RUN}&limit=100`)).json()) as { items: { id: string; name: string }[] };
  for (const app of items.filter((a) => a.name.includes(RUN)))
    expect((await api.delete(`/api/v1/applications/${app.id}`)).status()).toBe(204);
  await api.dispose();
});

async function signIn(page: Page) {
  await page.goto('/login');
  await page.locator('#email').fill(EMAIL);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#password').press('Enter');
  await expect(page).toHaveURL(/\/dashboard/);
}

async function paste(page: Page, name: string, text: string) {
  await page.goto('/import');
  await page.locator('#paste').fill(text);
  await page.locator('#paste-name').fill(name);
}

test('English: the preview shows failmode + line, secrets dropped, match; imported apps need triage; re-import changes nothing', async ({
  page,
}) => {
  await signIn(page);
  const file = `vpn-${RUN}.cfg`;
  const appName = `vpn-${RUN} radius_server_auto`;
  await paste(page, file, CFG);
  await page.getByRole('button', { name: 'Preview' }).click();
  const row = page.getByTestId('import-row').filter({ hasText: appName });
  await expect(row).toContainText('(line 19)');
  await expect(row).toContainText('3 dropped');
  await expect(row).toContainText('new application');
  await expect(row).toContainText('starts as “needs triage”');
  await expect(row.getByLabel('MFA mandate')).toHaveValue('');
  // The pasted text holds secrets (it is the file); the preview never shows one.
  for (const t of await page.getByTestId('import-row').allInnerTexts()) expect(t).not.toContain('S3CR3T');
  await page.screenshot({ path: 'test-results/import-preview-en.png', fullPage: true });

  await page.getByRole('button', { name: /^Import 1 application/ }).click();
  await expect(page.getByText('Imported: 1 created')).toBeVisible();

  await page.goto(`/applications?q=${encodeURIComponent(appName)}`);
  await expect(page.locator('tbody tr').filter({ hasText: appName })).toContainText('Needs triage');
  await page.getByRole('link', { name: appName }).click();
  await expect(page.getByRole('status').filter({ hasText: 'not classified yet' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('FAILMODE_STRICTER_THAN_NEEDED');
  await page.screenshot({ path: 'test-results/import-app-triage-en.png', fullPage: true });

  // The same file again: matched by its section, unchanged, nothing to apply.
  await paste(page, file, CFG);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-row').filter({ hasText: appName })).toContainText('unchanged');
  await expect(page.getByTestId('import-row').filter({ hasText: appName })).toContainText('(same Duo integration key)');
  await expect(page.getByRole('button', { name: /^Import 0 application/ })).toBeDisabled();

  // A file nothing can be told from: the page says what to do on the page, not a CLI flag.
  await paste(page, `notes-${RUN}.txt`, 'just some words\n');
  await page.getByRole('button', { name: 'Preview' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('Pick the format under “Format” above');
  await expect(alert).not.toContainText('--format');
  await page.screenshot({ path: 'test-results/import-error-en.png', fullPage: true });
});

test('the new-application form pre-selects no MFA mandate (it must be chosen)', async ({ page }) => {
  await signIn(page);
  await page.goto('/applications/new');
  await expect(page.locator('input[type="radio"][name="mfaMandate"]')).toHaveCount(3);
  await expect(page.locator('input[type="radio"][name="mfaMandate"]:checked')).toHaveCount(0);
  await page.getByLabel('Name').fill(`No mandate ${RUN}`);
  await page.getByLabel('Integration').selectOption('duo-unix');
  await page.getByRole('button', { name: 'Add application' }).click();
  await expect(page).toHaveURL(/\/applications\/new$/);
  await expect(page.locator('#mfaMandate-error')).toBeVisible();
});

test('German: the same flow in German, rename and mandate set in the preview', async ({ page }) => {
  await signIn(page);
  await page.locator('header[data-app-header]').getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const file = `hq-${RUN}.cfg`;
  await paste(page, file, cfg(2));
  await page.getByRole('button', { name: 'Vorschau' }).click();
  const row = page.getByTestId('import-row').filter({ hasText: `hq-${RUN} radius_server_auto` });
  await expect(row).toContainText('(Zeile 19)');
  await expect(row).toContainText('3 verworfen');
  await expect(row).toContainText('beginnt mit „Einstufung offen“');
  await page.screenshot({ path: 'test-results/import-preview-de.png', fullPage: true });

  await row.getByLabel(/Name für/).fill(`HQ VPN ${RUN}`);
  await row.getByLabel('MFA-Pflicht').selectOption('all-users');
  await page.getByRole('button', { name: 'Vorschau aktualisieren' }).click();
  await expect(row).not.toContainText('Einstufung offen');
  await page.getByRole('button', { name: /^1 Anwendung und \d+ Gruppen? importieren/ }).click();
  await expect(page.getByText(/Importiert: 1 neu/)).toBeVisible();
  await page.goto(`/applications?q=${encodeURIComponent(`HQ VPN ${RUN}`)}`);
  await expect(page.getByRole('link', { name: `HQ VPN ${RUN}` })).toBeVisible();
  await expect(page.locator('tbody')).not.toContainText('Einstufung offen');

  await paste(page, `notizen-${RUN}.txt`, 'nur ein paar Wörter\n');
  await page.getByRole('button', { name: 'Vorschau' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Wählen Sie oben unter „Format“');
  await page.screenshot({ path: 'test-results/import-error-de.png', fullPage: true });
  await page.locator('header[data-app-header]').getByRole('button', { name: 'English' }).click();
});
