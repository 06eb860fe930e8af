// Issue 18 item 7: at phone width (390 × 844) the header is one row with a menu button (the
// navigation hidden until it is opened), no page scrolls sideways, and a wide table scrolls inside
// its own box so every column stays reachable. At desktop width the header is as before.
import { expect, type Page } from '@playwright/test';
import { storageStateFor, test, uniq, appBody } from './fixtures';

test.use({ storageState: storageStateFor('admin') });

const MAIN_PAGES = [
  '/dashboard',
  '/applications',
  '/groups',
  '/findings',
  '/runbooks',
  '/reviews',
  '/simulate',
  '/incidents',
  '/drills',
  '/import',
  '/duo',
  '/logs',
  '/policy',
  '/admin/users',
  '/admin/audit',
  '/account',
];

const headerHeight = (page: Page) => page.locator('[data-app-header]').evaluate((h) => h.getBoundingClientRect().height);
const pageScrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

async function runbookPath(page: Page) {
  const res = await page.request.get('/api/v1/applications?q=VPN');
  const app = (await res.json()).items.find((a: { name: string }) => a.name === 'Remote access VPN');
  return `/applications/${app.id}/runbook`;
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every main page: header at most 120 px high, no sideways page scroll', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of [...MAIN_PAGES, await runbookPath(page)]) {
      await page.goto(path);
      await expect(page.locator('main h1'), path).toBeVisible();
      expect(await headerHeight(page), `${path} header height`).toBeLessThanOrEqual(120);
      expect(await pageScrollWidth(page), `${path} scrollWidth`).toBeLessThanOrEqual(390);
    }
  });

  test('a runbook with long unbroken words (an email address, a team name) does not scroll sideways', async ({ page, request }) => {
    // Found when a reviewer with a 28-character address decided on the VPN: the runbook header table
    // grew to 409 px. User-typed values and addresses break where they must.
    const owner = 'Network-Operations-Centre-Frankfurt-am-Main@example.com';
    const res = await request.post('/api/v1/applications', {
      data: appBody(uniq('Long words'), {
        integration: 'auth-proxy-radius',
        owner,
        onCallContact: 'noc-primary-pager-rotation@example.com',
      }),
    });
    expect(res.status(), await res.text()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    try {
      await page.goto(`/applications/${id}/runbook`);
      await expect(page.locator('article.runbook')).toContainText(owner);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(390);
    } finally {
      expect((await request.delete(`/api/v1/applications/${id}`)).status()).toBe(204);
    }
  });

  test('the menu button opens and closes the navigation (aria-expanded); a link closes it', async ({ page }) => {
    await page.goto('/dashboard');
    const toggle = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Audit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    // Escape closes it and gives the focus back to the button.
    await nav.getByRole('link', { name: 'Groups' }).focus();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await toggle.click();
    await nav.getByRole('link', { name: 'Applications' }).click();
    await expect(page).toHaveURL(/\/applications$/);
    await expect(page.locator('main h1')).toHaveText('Applications');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
  });

  test('the applications table scrolls inside its box: the last column is reachable, the page does not move', async ({ page }) => {
    await page.goto('/applications');
    const box = page.locator('[data-table-scroll]');
    const widths = await box.evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    const last = page.getByRole('columnheader', { name: 'Groups' });
    await expect(last).not.toBeInViewport();
    // The keyboard reaches the box (focusable region) and scrolls it.
    await box.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
    // The bulk-edit panel sits above the table: bring the table's top into view, then scroll it sideways.
    await box.evaluate((b) => b.scrollIntoView({ block: 'start' }));
    await box.evaluate((b) => b.scrollTo({ left: b.scrollWidth }));
    await expect(last).toBeInViewport();
    await expect(page.locator('tbody tr').first().locator('td').last()).toBeInViewport();
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(390);
  });
});

test.describe('desktop width', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the navigation is shown in the header row without a menu button', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Audit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    // Logo, navigation and the account links share one band (the navigation wraps inside it), as before.
    const [logo, box, account] = await Promise.all([
      page.locator('[data-app-header] a').first().boundingBox(),
      nav.boundingBox(),
      page.getByRole('button', { name: 'Sign out' }).boundingBox(),
    ]);
    for (const b of [logo!, account!]) {
      const mid = b.y + b.height / 2;
      expect(mid).toBeGreaterThan(box!.y);
      expect(mid).toBeLessThan(box!.y + box!.height);
    }
    expect(box!.x).toBeGreaterThan(logo!.x + logo!.width);
    expect(account!.x).toBeGreaterThan(box!.x + box!.width - 1);
    expect(await headerHeight(page)).toBeLessThanOrEqual(100);
  });
});
