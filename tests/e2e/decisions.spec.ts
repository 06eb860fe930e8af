// Issue 18 items 2, 3, 4 and 9: warnings where the decision is made, numbers that add up, defaults.
import { expect, type APIRequestContext } from '@playwright/test';
import { storageStateFor, uniq, test } from './fixtures';

test.use({ storageState: storageStateFor('admin') });

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const num = (s: string) => Number(s.replace(/[^\d]/g, ''));

const created: string[] = [];
async function deleteGroupNamed(request: APIRequestContext, name: string) {
  const list = await (await request.get(`/api/v1/groups?q=${encodeURIComponent(name)}&limit=10`)).json();
  for (const g of list.items ?? []) if (g.name === name) await request.delete(`/api/v1/groups/${g.id}?version=${g.version}`);
}
test.afterAll(async ({ request }) => {
  for (const name of created) await deleteGroupNamed(request, name);
});

test.describe('item 2: the bypass warning where the choice is made', () => {
  test('the group form warns live, before saving, and the groups list shows the finding after saving', async ({ page, request }) => {
    const name = uniq('Temps');
    created.push(name);
    await page.goto('/groups/new');
    await page.getByLabel('Name').fill(name);
    await page.getByRole('checkbox', { name: /^Customer portal/ }).check();
    await page.getByRole('checkbox', { name: new RegExp(`^${esc('Payroll (Workday)')}`) }).check();
    const preview = page.getByTestId('bypass-preview').getByRole('status');
    // Bypass-tolerable on a less-restrictive and a most-restrictive app: Payroll is at risk, at once.
    await expect(preview).toContainText('1 most-restrictive application is at risk: Payroll (Workday)');
    await expect(preview).toContainText(`Group "${name}" may be switched to bypass for "Customer portal"`);
    await expect(preview).toContainText('New with this change');
    await page.screenshot({ path: test.info().outputPath('group-form-warning.png'), fullPage: true });
    // Flagged "always 2FA": never bypassed, so nothing is at risk.
    await page.getByLabel(/Always require 2FA/).check();
    await expect(preview).toContainText('No bypass warning');
    await page.getByLabel(/Always require 2FA/).uncheck();
    await expect(preview).toContainText('Payroll (Workday)');

    await page.getByRole('button', { name: 'Add group' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    const table = page.getByRole('table', { name: 'User groups' });
    await expect(table.getByRole('columnheader', { name: 'Findings' })).toBeVisible();
    const row = table.getByRole('row', { name: new RegExp(esc(name)) });
    await expect(row).toContainText('1 bypass warning');
    await expect(row).toContainText('If bypassed for Customer portal, 2FA is also skipped in Payroll (Workday) (most restrictive).');
    await page.screenshot({ path: test.info().outputPath('groups-list.png'), fullPage: true });

    await deleteGroupNamed(request, name);
  });

  test('the groups list names the bypass findings of the demo groups', async ({ page }) => {
    await page.goto('/groups');
    const table = page.getByRole('table', { name: 'User groups' });
    // All Staff may be bypassed for the wiki (and more) but reaches Concur (financial data: most restrictive).
    await expect(table.getByRole('row', { name: /^All Staff/ })).toContainText(/2FA is also skipped in Expense reports \(Concur\)/);
    await expect(table.getByRole('row', { name: /^Research/ })).toContainText('No finding');
  });

  test('the application form warns live which apps the change puts at risk', async ({ page }) => {
    await page.goto('/applications/new');
    await page.getByLabel('Name').fill(uniq('Lab results'));
    await page.getByRole('checkbox', { name: /^health records/ }).check();
    await page.getByRole('checkbox', { name: /^All Staff/ }).check();
    const preview = page.getByTestId('bypass-preview').getByRole('status');
    // Health records make it most restrictive; All Staff may be bypassed for the wiki and Outlook Web Access.
    await expect(preview).toContainText(/may be switched to bypass for "Staff wiki \(Confluence\)"/);
    await expect(preview).toContainText(/may be switched to bypass for "Outlook Web Access"/);
    await expect(preview).toContainText('New with this change');
    await page.screenshot({ path: test.info().outputPath('application-form-warning.png'), fullPage: true });
    await page.getByRole('checkbox', { name: /^All Staff/ }).uncheck();
    await expect(preview).toContainText('No bypass warning');
    // Nothing was saved.
    await page.goto('/applications?q=Lab+results');
    await expect(page.getByRole('link', { name: /^Lab results/ })).toHaveCount(0);
  });

  test('the edit form of an application shows the warnings it already has, not as new', async ({ page }) => {
    await page.goto('/applications?q=Staff+wiki');
    await page.getByRole('link', { name: 'Staff wiki (Confluence)' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/edit`);
    const preview = page.getByTestId('bypass-preview').getByRole('status');
    await expect(preview).toContainText(/All Staff" may be switched to bypass for "Staff wiki \(Confluence\)".*Expense reports \(Concur\)/);
    await expect(preview).not.toContainText('New with this change');
  });
});

test.describe('item 3: the simulator counts people once', () => {
  test('the totals add up to the members of the groups with access, the page says how, and per application each group counts once', async ({
    page,
    request,
  }) => {
    const groups = (await (await request.get('/api/v1/groups?limit=100')).json()).items as {
      name: string;
      memberCount?: number;
      applications: string[];
    }[];
    const withAccess = groups.filter((g) => g.applications.length > 0).reduce((n, g) => n + (g.memberCount ?? 0), 0);
    const members = (names: string[]) => names.reduce((n, name) => n + (groups.find((g) => g.name === name)?.memberCount ?? 0), 0);

    await page.goto('/simulate?scenario=unreachable');
    const how = page.getByTestId('people-how');
    await expect(how).toContainText('each group once, in the first box that applies');
    await expect(how).toContainText(`add up to the ${withAccess.toLocaleString('en-US')} members`);
    const boxes = page.locator('[data-testid^="people-"]:not([data-testid="people-how"])');
    const values = (await boxes.allInnerTexts()).map(num);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(values.reduce((a, b) => a + b, 0)).toBe(withAccess);
    await expect(page.getByTestId('people-allowed-without-2fa-somewhere')).toBeVisible();
    await expect(page.getByTestId('people-denied-everywhere')).toBeVisible();

    const perApp = page.getByRole('table', { name: /People per application/ });
    // Fail-safe wiki (LDAP proxy, absent = safe): All Staff and Contractors get in without 2FA.
    const wiki = perApp.getByRole('row', { name: /Staff wiki/ });
    await expect(wiki.getByRole('cell').first()).toHaveText(members(['All Staff', 'Contractors']).toLocaleString('en-US'));
    // Fail-secure Linux jump hosts: IT Admins and SRE On-call are denied, nobody is allowed.
    const jump = perApp.getByRole('row', { name: /Linux jump hosts/ });
    await expect(jump.getByRole('cell').nth(0)).toHaveText('0');
    await expect(jump.getByRole('cell').nth(1)).toHaveText(members(['IT Admins', 'SRE On-call']).toLocaleString('en-US'));
  });

  test('German: the same boxes and the explanation', async ({ browser }) => {
    // The viewer switches to German and back (the stored language is the user's).
    const ctx = await browser.newContext({ storageState: storageStateFor('viewer') });
    const page = await ctx.newPage();
    try {
      await page.goto('/simulate?scenario=unreachable');
      await page.getByRole('banner').getByRole('button', { name: 'Deutsch' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.getByTestId('people-how')).toContainText('jede Gruppe einmal, im ersten zutreffenden Feld');
      await expect(page.getByRole('table', { name: /Personen je Anwendung/ })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('simulate-de.png'), fullPage: true });
      await page.goto('/dashboard');
      await expect(page.getByTestId('failmode-definition')).toContainText('keine Failmode-Steuerung bietet');
      await page.screenshot({ path: test.info().outputPath('dashboard-de.png'), fullPage: true });
    } finally {
      await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await ctx.close();
    }
  });
});

test.describe('item 4 and 9: the dashboard agrees with itself and says why', () => {
  test('"No failmode setting" is one number in the chart and the list, with what it counts', async ({ page }) => {
    await page.goto('/dashboard');
    const chart = page.getByRole('img', { name: /^Applications by failmode setting:/ });
    const label = (await chart.getAttribute('aria-label')) ?? '';
    const inChart = Number(label.match(/No failmode setting (\d+)/)![1]);
    const heading = page.getByRole('heading', { name: /^No failmode setting: \d+ applications?$/ });
    await expect(heading).toBeVisible();
    const inList = num(await heading.innerText());
    expect(inList).toBe(inChart);
    await expect(page.getByTestId('failmode-definition')).toContainText('offers no failmode control (finding FAILMODE_NOT_CONFIGURABLE)');
  });

  test('when an approval goes stale the readiness card says why the score dropped', async ({ page, request }) => {
    const find = async () =>
      (await (await request.get('/api/v1/applications?q=Linux+jump+hosts&limit=5')).json()).items.find(
        (a: { name: string }) => a.name === 'Linux jump hosts',
      );
    const app = await find();
    expect(app.review.state).toBe('approved');
    const other = app.criticality === 'low' ? 'medium' : 'low';
    const res = await request.patch(`/api/v1/applications/${app.id}`, { data: { criticality: other, version: app.version } });
    expect(res.status()).toBe(200);
    try {
      await page.goto('/dashboard');
      const why = page.getByTestId('readiness-lost');
      await expect(why).toContainText(/approvals? (is|are) stale: the inventory changed after the review/);
      await expect(why.getByRole('link', { name: 'Review them again to restore the score' })).toHaveAttribute('href', '/reviews');
    } finally {
      const now = await find();
      await request.patch(`/api/v1/applications/${app.id}`, { data: { criticality: app.criticality, version: now.version } });
    }
    expect((await find()).review.state).toBe('approved');
  });

  test('a new follow-up on the drill form is due two weeks after the drill, not today', async ({ page }) => {
    await page.goto('/drills/new');
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    const today = new Date().toISOString().slice(0, 10);
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 14);
    await expect(page.getByLabel('Due')).toHaveValue(d.toISOString().slice(0, 10));
    await expect(page.getByText('By default 14 days after the drill')).toBeVisible();
  });
});
