// Issue 18, items 1, 6 and 8: the German UI shows German errors (forms, conflicts, the drill form,
// a bad import, the API with Accept-Language: de); English counts are plurals; a runbook follows the
// reader's language unless the link says otherwise. Screenshots in both languages, axe at desktop
// and phone width on the changed pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { storageStateFor, test, cliEnv } from './fixtures';

// An editor of its own, so that the demo users keep English for the other specs.
const EMAIL = `lang18a-${Date.now().toString(36)}@example.com`;
const PASSWORD = 'lang18a-password-2026';

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  const env = cliEnv();
  const out = execFileSync(
    'npm',
    ['run', '--silent', 'user:create', '--', '--email', EMAIL, '--role', 'editor', '--name', 'Sprache', '--password', PASSWORD],
    { env, encoding: 'utf8' },
  );
  expect(out).toContain(`created editor ${EMAIL}`);
});

/** Signs in through the form and switches the UI to German (stored on the user). */
async function signInGerman(page: Page) {
  await page.goto('/login');
  await page.locator('#email').fill(EMAIL);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#password').press('Enter');
  await expect(page).toHaveURL(/\/dashboard/);
  const header = page.locator('header[data-app-header]');
  if ((await page.locator('html').getAttribute('lang')) !== 'de') {
    await header.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  }
}

async function seriousViolations(page: Page) {
  // After a client-side navigation Next.js streams the new page's <title> a moment after its content.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const ENGLISH_ERRORS = /Name is required|Choose an integration|already exists|Name who took part|is not valid|required field|invalid JSON/;

test('German UI: the application form, a duplicate name, the drill form and a bad import answer in German (18.1)', async ({
  page,
}, info) => {
  await signInGerman(page);

  // The empty application form: the schema's messages, translated in the browser (zodResolver).
  await page.goto('/applications/new');
  await page.getByRole('button', { name: 'Anwendung hinzufügen' }).click();
  await expect(page.locator('#name-error')).toHaveText('Der Name fehlt');
  await expect(page.locator('#integration-error')).toHaveText('Wählen Sie eine Integration');
  await expect(page.locator('main')).not.toContainText(ENGLISH_ERRORS);
  await page.screenshot({ path: info.outputPath('application-form-errors-de.png'), fullPage: true });

  // A name that exists: the server's ALREADY_EXISTS, in German (server action → user's language).
  await page.locator('#name').fill('Remote access VPN');
  await page.locator('#integration').selectOption('duo-unix');
  await page.locator('input[name="mfaMandate"][value="none"]').check();
  await page.getByRole('button', { name: 'Anwendung hinzufügen' }).click();
  await expect(page.getByText('Es gibt bereits eine Anwendung namens „Remote access VPN“.')).toBeVisible();
  await expect(page.locator('#name-error')).toHaveText('Diesen Namen trägt schon eine andere Anwendung');
  await expect(page.locator('main')).not.toContainText(ENGLISH_ERRORS);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('application-duplicate-de.png'), fullPage: true });

  // The drill form without participants.
  await page.goto('/drills/new');
  await page.locator('#participants').fill('');
  await page.getByRole('button', { name: 'Übung speichern' }).click();
  await expect(page.locator('#participants-error')).toHaveText('Nennen Sie, wer teilgenommen hat');
  await expect(page.locator('main')).not.toContainText(ENGLISH_ERRORS);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('drill-form-errors-de.png'), fullPage: true });

  // A bad import: the parser's messages and their locations in German.
  await page.goto('/import');
  await page.locator('#paste').fill('{"version":1,"applications":[{"name":"Halb"}]}');
  await page.locator('#paste-name').fill('bestand.json');
  await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Pflichtfeld' });
  await expect(alert).toContainText('bestand.json: Zeile 1: applications[0].integration');
  await expect(alert).toContainText('Pflichtfeld „integration“ fehlt (Wählen Sie eine Integration');
  await expect(page.locator('main')).not.toContainText(ENGLISH_ERRORS);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('import-error-de.png'), fullPage: true });

  // Broken JSON syntax too.
  await page.locator('#paste').fill('{"version":1,');
  await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
  await expect(page.getByText(/ungültiges JSON: erwartet: ein Eigenschaftsname/)).toBeVisible();
});

test('the API answers in the language of Accept-Language with the same code; English by default (18.1)', async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: storageStateFor('editor') });
  const post = (lang?: string) =>
    ctx.request.post('/api/v1/applications', { data: { name: '', integration: 'nope' }, headers: lang ? { 'accept-language': lang } : {} });
  const en = await post();
  const de = await post('de-CH,de;q=0.9,en;q=0.8');
  const enFirst = await post('en-GB,en;q=0.9,de;q=0.8');
  expect(en.status()).toBe(400);
  expect(de.status()).toBe(400);
  const [e, d, f] = [(await en.json()).error, (await de.json()).error, (await enFirst.json()).error];
  expect(d.code).toBe(e.code);
  expect(d.code).toBe('VALIDATION_FAILED');
  expect(e.message).toMatch(/^The application is not valid\. name: Name is required/);
  expect(d.message).toMatch(/^Die Anwendung ist nicht gültig\. name: Der Name fehlt/);
  expect(f.message).toBe(e.message);
  expect(d.issues.map((i: { path: string }) => i.path)).toEqual(e.issues.map((i: { path: string }) => i.path));
  expect(d.issues.find((i: { path: string }) => i.path === 'name').message).toBe('Der Name fehlt');
  expect(de.headers()['content-language']).toBe('de');

  const missing = await ctx.request.get('/api/v1/applications/no-such-id', { headers: { 'accept-language': 'de' } });
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toEqual({ code: 'NOT_FOUND', message: 'Keine Anwendung mit dieser ID.' });
  await ctx.close();
});

test('English counts are plurals: the import button says "1 application and 1 group" (18.6)', async ({ browser }, info) => {
  const ctx = await browser.newContext({ storageState: storageStateFor('editor') });
  const page = await ctx.newPage();
  await page.goto('/import');
  await page.locator('#paste').fill(
    JSON.stringify({
      version: 1,
      groups: [{ name: 'Plural test group', alwaysRequireMfa: false }],
      applications: [
        {
          name: 'Plural test app',
          integration: 'duo-unix',
          mfaMandate: 'none',
          criticality: 'low',
          configuredFailmode: 'safe',
          groups: ['Plural test group'],
        },
      ],
    }),
  );
  await page.locator('#paste-name').fill('plural.json');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Import 1 application and 1 group', exact: true })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('(s)');
  await page.screenshot({ path: info.outputPath('import-plural-en.png'), fullPage: true });
  await ctx.close();
});

test('a runbook opens in the reader language with its Print button; ?lang= still picks the other one (18.8)', async ({ page }, info) => {
  await signInGerman(page);
  await page.goto('/applications?q=VPN');
  await page.getByRole('link', { name: 'Remote access VPN' }).click();
  await page.locator('main a[href$="/runbook"]').first().click();
  await expect(page).toHaveURL(/\/runbook$/);
  await expect(page.getByRole('heading', { name: /nicht erreichbar \(Failmode aufgerufen\)/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'Deutsch' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('button', { name: 'Nachricht kopieren' }).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('runbook-de.png'), fullPage: true });

  // The link's language wins, and the whole toolbar follows it.
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page.getByRole('heading', { name: /unreachable \(failmode invoked\)/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy message' }).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('runbook-en-link.png'), fullPage: true });

  // The binder page picks the reader's language too.
  await page.goto('/runbooks');
  await expect(page.locator('#b-lang')).toHaveValue('de');
});

test.describe('accessibility of the changed pages in German at desktop and 390 px (18.1, 18.8)', () => {
  for (const width of [1280, 390]) {
    test(`application form with errors, drill form, import, policy and runbook at ${width} px`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: 844 });
      await signInGerman(page);
      await page.goto('/applications/new');
      await page.getByRole('button', { name: 'Anwendung hinzufügen' }).click();
      await expect(page.locator('#name-error')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      for (const path of ['/drills/new', '/import', '/policy', '/runbooks']) {
        await page.goto(path);
        await expect(page.locator('main h1')).toBeVisible();
        expect(await seriousViolations(page), path).toEqual([]);
      }
      await page.goto('/applications?q=VPN');
      await page.getByRole('link', { name: 'Remote access VPN' }).click();
      await page.locator('main a[href$="/runbook"]').first().click();
      await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: info.outputPath(`runbook-de-${width}.png`) });
    });
  }
});
