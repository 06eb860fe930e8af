// Issue 18 item 10 (a–c) as an editor meets it: edit and delete a drill, bulk changes on the
// inventory with the conflict rules of single edits, contacts per application in the runbook header.
// Screenshots in English and German; the changed pages pass axe at desktop and at 390 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { storageStateFor, uniq, test, cliEnv } from './fixtures';

// A German-speaking editor of its own, so that the demo users keep English for the other specs.
const DE_EMAIL = `editor-18d-${Date.now().toString(36)}@example.com`;
const DE_PASSWORD = 'issue18d-password-2026';
const PREFIX = uniq('Bulk18d');
const created: string[] = [];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function adminRequest(browser: Browser): Promise<APIRequestContext> {
  const ctx = await browser.newContext({ storageState: storageStateFor('admin') });
  return ctx.request;
}

async function createApp(request: APIRequestContext, name: string, extra: Record<string, unknown> = {}) {
  const r = await request.post('/api/v1/applications', {
    data: {
      name,
      integration: 'auth-proxy-radius',
      dataClasses: ['pii'],
      mfaMandate: 'none',
      criticality: 'medium',
      configuredFailmode: 'safe',
      groups: [],
      ...extra,
    },
  });
  expect(r.status(), await r.text()).toBe(201);
  const app = (await r.json()) as { id: string; version: number };
  created.push(app.id);
  return app;
}

async function getApp(request: APIRequestContext, id: string) {
  const r = await request.get(`/api/v1/applications/${id}`);
  expect(r.ok()).toBe(true);
  return (await r.json()) as {
    id: string;
    version: number;
    owner?: string;
    criticality: string;
    onCallContact?: string;
    escalation?: string;
  };
}

/** A row of the runbook's key-value tables by its exact key. */
function row(page: Page, key: string) {
  return page.locator('table.rb-kv tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${key}$`) }) });
}

async function signInGerman(page: Page) {
  await page.goto('/login');
  await page.locator('#email').fill(DE_EMAIL);
  await page.locator('#password').fill(DE_PASSWORD);
  await page.locator('#password').press('Enter');
  await expect(page).toHaveURL(/\/dashboard/);
  const header = page.locator('header[data-app-header]');
  const deutsch = header.getByRole('button', { name: 'Deutsch' });
  if ((await deutsch.getAttribute('aria-pressed')) !== 'true') await deutsch.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
}

test.beforeAll(() => {
  const env = cliEnv();
  const out = execFileSync(
    'npm',
    ['run', '--silent', 'user:create', '--', '--email', DE_EMAIL, '--role', 'editor', '--name', 'Redakteurin', '--password', DE_PASSWORD],
    { env, encoding: 'utf8' },
  );
  expect(out).toContain(`created editor ${DE_EMAIL}`);
});

test.afterAll(async ({ browser }) => {
  const request = await adminRequest(browser);
  for (const id of created) await request.delete(`/api/v1/applications/${id}`);
});

test.describe('as an editor', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('the application page shows the on-call contact and the escalation, and says when one is missing', async ({ page, browser }) => {
    const admin = await adminRequest(browser);
    const full = await createApp(admin, `${PREFIX} detail contacts`, {
      onCallContact: 'NOC rota +49 30 1234 5678',
      escalation: 'After 15 minutes: duty manager IT operations',
    });
    const bare = await createApp(admin, `${PREFIX} detail no contacts`);
    const contact = (key: string) => page.locator('main dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) });

    await page.goto(`/applications/${full.id}`);
    await expect(contact('On call').locator('dd')).toHaveText('NOC rota +49 30 1234 5678');
    await expect(contact('Escalation').locator('dd')).toHaveText('After 15 minutes: duty manager IT operations');
    await page.goto(`/applications/${bare.id}`);
    await expect(contact('On call').locator('dd')).toContainText('Not recorded');
    await expect(contact('Escalation').locator('dd')).toContainText('Not recorded');
  });

  test('10c: on-call contact and escalation are edited in the app form and printed in the runbook header (HTML, Markdown, PDF; en/de)', async ({
    page,
    browser,
  }, info) => {
    const app = await createApp(await adminRequest(browser), `${PREFIX} contacts`);
    await page.goto(`/applications/${app.id}/edit`);
    await page.getByLabel('On-call contact').fill('NOC rota +49 30 1234 5678');
    await page.getByLabel('Escalation').fill('After 15 minutes: duty manager IT operations');
    await page.screenshot({ path: info.outputPath('app-form-contacts-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(new RegExp(`/applications/${app.id}$`));
    expect(await getApp(page.request, app.id)).toMatchObject({
      onCallContact: 'NOC rota +49 30 1234 5678',
      escalation: 'After 15 minutes: duty manager IT operations',
    });

    await page.goto(`/applications/${app.id}/runbook?lang=en`);
    await expect(row(page, 'On call')).toContainText('NOC rota +49 30 1234 5678');
    await expect(row(page, 'Escalation')).toContainText('After 15 minutes: duty manager IT operations');
    await expect(page.getByText('Call (on call)').first()).toBeVisible();
    await page.screenshot({ path: info.outputPath('runbook-contacts-en.png') });
    await page.goto(`/applications/${app.id}/runbook?lang=de`);
    await expect(row(page, 'Bereitschaft')).toContainText('NOC rota +49 30 1234 5678');
    await expect(row(page, 'Eskalation')).toContainText('duty manager');
    await page.screenshot({ path: info.outputPath('runbook-contacts-de.png') });

    for (const [lang, onCall] of [
      ['en', 'On call'],
      ['de', 'Bereitschaft'],
    ] as const) {
      const html = await page.request.get(`/api/v1/applications/${app.id}/runbook?format=html&lang=${lang}`);
      expect(html.status()).toBe(200);
      expect(await html.text()).toMatch(new RegExp(`${onCall}</th><td>NOC rota \\+49 30 1234 5678`));
      const md = await page.request.get(`/api/v1/applications/${app.id}/runbook?format=md&lang=${lang}`);
      expect(await md.text()).toContain('NOC rota +49 30 1234 5678');
      const pdf = await page.request.get(`/api/v1/applications/${app.id}/runbook?format=pdf&lang=${lang}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
    }
    // The export carries them (additive optional fields of the interchange format).
    const exp = (await (await page.request.get('/api/v1/export?format=json')).json()) as {
      applications: { name: string; onCallContact?: string }[];
    };
    expect(exp.applications.find((a) => a.name === `${PREFIX} contacts`)?.onCallContact).toBe('NOC rota +49 30 1234 5678');
    // Too long: a field error, nothing saved.
    await page.goto(`/applications/${app.id}/edit`);
    await page.getByLabel('On-call contact').evaluate((el: HTMLInputElement) => el.removeAttribute('maxlength'));
    await page.getByLabel('On-call contact').fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /at most 200/ })).toBeVisible();
  });

  test('10a: a drill is edited (outcomes, follow-ups keep their state) and deleted after a confirmation', async ({
    page,
    browser,
  }, info) => {
    const app = await createApp(await adminRequest(browser), `${PREFIX} drilled`);
    const who = uniq('Drill crew');
    await page.goto('/drills/new');
    await page.getByLabel('Date').fill('2026-03-17');
    await page.getByLabel('Participants').fill(who);
    await page.getByLabel('Filter applications').fill(`${PREFIX} drilled`);
    await page.getByLabel(`${PREFIX} drilled`, { exact: true }).selectOption('failed');
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await page.getByLabel('What').first().fill('Fix the proxy');
    await page.getByLabel('Owner').first().fill('Ops');
    await page.getByLabel('Due').first().fill('2026-12-31');
    await page.getByRole('button', { name: 'Record drill' }).click();
    await expect(page).toHaveURL(/\/drills$/);
    const card = page.getByText(who).locator('xpath=ancestor::div[contains(@class,"p-6")][1]');
    await expect(card).toContainText(`${PREFIX} drilled: failed`);
    // The toggle is controlled by the server's answer: click, then wait for the refreshed state.
    await card.getByRole('checkbox', { name: 'Done: Fix the proxy' }).click();
    await expect(card.getByRole('checkbox', { name: 'Done: Fix the proxy' })).toBeChecked();

    await card.getByRole('link', { name: /^Edit the drill of / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit the drill of');
    await expect(page.getByLabel('Participants')).toHaveValue(who);
    await page.getByLabel('Participants').fill(`${who} and Security`);
    await page.getByLabel(`${PREFIX} drilled`, { exact: true }).selectOption('passed');
    await page.getByLabel('Kind').selectOption('live');
    await page.screenshot({ path: info.outputPath('drill-edit-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/\/drills$/);
    const edited = page.getByText(`${who} and Security`).locator('xpath=ancestor::div[contains(@class,"p-6")][1]');
    await expect(edited).toContainText(`${PREFIX} drilled: passed`);
    await expect(edited).toContainText('Live drill');
    await expect(edited.getByRole('checkbox', { name: 'Done: Fix the proxy' })).toBeChecked();
    await expect(edited).toContainText('Last changed by editor@example.com');

    // A stale edit page (changed meanwhile) is refused with the conflict message.
    const [id] = /\/drills\/([^/]+)\/edit/
      .exec((await edited.getByRole('link', { name: /^Edit the drill of / }).getAttribute('href')) ?? '')!
      .slice(1);
    const stale = await page.context().newPage();
    await stale.goto(`/drills/${id}/edit`);
    await page.goto(`/drills/${id}/edit`);
    await page.getByLabel('Notes').first().fill('first');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/\/drills$/);
    await stale.getByLabel('Notes').first().fill('second');
    await stale.getByRole('button', { name: 'Save changes' }).click();
    await expect(stale.getByText(/This drill was changed by editor@example.com/)).toBeVisible();
    await stale.close();

    await edited.getByRole('button', { name: /^Delete the drill of / }).click();
    await expect(edited.getByText(/with its outcomes and follow-ups\?/)).toBeVisible();
    await edited.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByText(`${who} and Security`)).toHaveCount(0);
    const audit = await (await adminRequest(browser)).get(`/api/v1/audit?entity=drill&entityId=${id}`);
    const actions = (await audit.json()) as { items?: { action: string }[] } | { action: string }[];
    const list = Array.isArray(actions) ? actions : (actions.items ?? []);
    expect(list.map((a) => a.action)).toEqual(expect.arrayContaining(['drill.create', 'drill.update', 'drill.delete']));
    void app;
  });

  test('10b: bulk owner change applies to the selection, and an app changed meanwhile is reported, not overwritten', async ({
    page,
    browser,
  }, info) => {
    const admin = await adminRequest(browser);
    const a = await createApp(admin, `${PREFIX} bulk one`);
    const b = await createApp(admin, `${PREFIX} bulk two`);
    const c = await createApp(admin, `${PREFIX} bulk three`);
    await page.goto(`/applications?q=${encodeURIComponent(`${PREFIX} bulk`)}`);
    await expect(page.locator('tbody tr')).toHaveCount(3);
    await page.getByRole('checkbox', { name: 'Select all applications on this page' }).check();
    await expect(page.getByText('3 applications selected')).toBeVisible();
    // Someone else changes "two" after the page was read.
    const r = await admin.patch(`/api/v1/applications/${b.id}`, { data: { version: b.version, criticality: 'low' } });
    expect(r.status()).toBe(200);
    await page.getByLabel('Set', { exact: true }).selectOption('owner');
    await page.getByLabel('to', { exact: true }).fill('Platform team');
    await page.getByRole('button', { name: 'Change 3 applications' }).click();
    const status = page.getByRole('status').filter({ hasText: 'applications changed' });
    await expect(status).toContainText('2 applications changed.');
    await expect(status).toContainText('1 application was changed by someone else since this page loaded and was not overwritten');
    await expect(status).toContainText(`${PREFIX} bulk two (changed by admin@example.com)`);
    await page.screenshot({ path: info.outputPath('bulk-en.png'), fullPage: true });
    expect((await getApp(admin, a.id)).owner).toBe('Platform team');
    expect((await getApp(admin, c.id)).owner).toBe('Platform team');
    expect(await getApp(admin, b.id)).toMatchObject({ criticality: 'low' });
    expect((await getApp(admin, b.id)).owner).toBeUndefined();
    // The table shows the new owners after the refresh.
    await expect(page.locator('tbody tr', { hasText: `${PREFIX} bulk one` })).toContainText('Platform team');

    // Criticality for one row, by its own checkbox.
    await page.getByRole('checkbox', { name: 'Select all applications on this page' }).uncheck();
    await page.getByRole('checkbox', { name: `Select ${PREFIX} bulk three` }).check();
    await page.getByLabel('Set', { exact: true }).selectOption('criticality');
    await page.getByLabel('to', { exact: true }).selectOption('critical');
    await page.getByRole('button', { name: 'Change 1 application' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'changed' })).toContainText('1 application changed.');
    expect((await getApp(admin, c.id)).criticality).toBe('critical');
  });

  test('changed pages have no serious or critical accessibility violation at desktop and 390 px', async ({ page, browser }) => {
    const app = await createApp(await adminRequest(browser), `${PREFIX} a11y`, { onCallContact: 'NOC', escalation: 'Duty manager' });
    await page.goto('/drills/new');
    await page.getByLabel('Participants').fill('A11y crew');
    await page.getByLabel(`${PREFIX} a11y`, { exact: true }).selectOption('passed');
    await page.getByRole('button', { name: 'Record drill' }).click();
    await expect(page).toHaveURL(/\/drills$/);
    const card = page.getByText('Participants: A11y crew').first().locator('xpath=ancestor::div[contains(@class,"p-6")][1]');
    const editHref = (await card.getByRole('link', { name: /^Edit the drill of / }).getAttribute('href'))!;
    const paths = [
      '/drills',
      editHref,
      `/applications?q=${encodeURIComponent(PREFIX)}`,
      `/applications/${app.id}/edit`,
      `/applications/${app.id}/runbook`,
    ];
    for (const size of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator('main h1')).toBeVisible();
        expect(await seriousViolations(page), `${path} at ${size.width} px`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/drills');
    await card.getByRole('button', { name: /^Delete the drill of / }).click();
    await card.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByText('Participants: A11y crew')).toHaveCount(0);
  });
});

test('German: the contacts, the drill edit and the bulk panel in German (screenshots)', async ({ page, browser }, info) => {
  const app = await createApp(await adminRequest(browser), `${PREFIX} deutsch`, {
    onCallContact: 'Leitstelle +49 30 1234',
    escalation: 'Nach 15 Minuten: Schichtleitung',
  });
  await signInGerman(page);
  await page.goto(`/applications/${app.id}/edit`);
  await expect(page.getByRole('group', { name: 'Kontakte bei einem Duo-Ausfall' })).toBeVisible();
  await expect(page.getByLabel('Bereitschaftskontakt')).toHaveValue('Leitstelle +49 30 1234');
  await expect(page.getByLabel('Eskalation')).toHaveValue('Nach 15 Minuten: Schichtleitung');
  await page.screenshot({ path: info.outputPath('app-form-contacts-de.png'), fullPage: true });

  await page.goto(`/applications?q=${encodeURIComponent(PREFIX)}`);
  await expect(page.getByRole('group', { name: 'Ausgewählte Anwendungen ändern' })).toBeVisible();
  await page.getByRole('checkbox', { name: `${PREFIX} deutsch auswählen` }).check();
  await expect(page.getByText('1 Anwendung ausgewählt')).toBeVisible();
  await page.getByLabel('Setzen', { exact: true }).selectOption('configuredFailmode');
  await expect(page.getByText('Ein neuer Failmode ändert, was die Prüfung abdeckt')).toBeVisible();
  await page.getByLabel('auf', { exact: true }).selectOption('secure');
  await page.getByRole('button', { name: '1 Anwendung ändern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'geändert' })).toContainText('1 Anwendung geändert.');
  await page.screenshot({ path: info.outputPath('bulk-de.png'), fullPage: true });

  await page.goto('/drills/new');
  await page.getByLabel('Teilnehmende').fill('Übungsteam 18d');
  await page.getByLabel(`${PREFIX} deutsch`, { exact: true }).selectOption('partial');
  await page.getByRole('button', { name: 'Übung speichern' }).click();
  await expect(page).toHaveURL(/\/drills$/);
  const card = page.getByText('Übungsteam 18d').locator('xpath=ancestor::div[contains(@class,"p-6")][1]');
  await card.getByRole('link', { name: /bearbeiten$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('bearbeiten');
  await page.screenshot({ path: info.outputPath('drill-edit-de.png'), fullPage: true });
  await page.goto('/drills');
  await card.getByRole('button', { name: /löschen$/ }).click();
  await expect(card.getByText(/mit ihren Ergebnissen und Folgeaufgaben löschen\?/)).toBeVisible();
  await page.screenshot({ path: info.outputPath('drill-delete-de.png') });
  await card.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(page.getByText('Übungsteam 18d')).toHaveCount(0);
});
