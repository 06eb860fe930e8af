// Viewing a page costs the server one render, not one per visible link: Next's <Link> prefetches
// every link in the viewport, which for pages rendered per user meant up to 65 renders per page view
// and, on the runbook page, printing the runbook PDF behind its download link (components/ui/link.tsx).
import { expect, type Page } from '@playwright/test';
import { storageStateFor, test } from './fixtures';

test.use({ storageState: storageStateFor('admin') });

/** Every request the page makes from now until `ms` later. */
function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname + new URL(r.url()).search));
  return urls;
}

test('the inventory page loads without prefetching the pages it links to', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto('/applications');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await page.waitForTimeout(1500);
  expect(urls.filter((u) => u.includes('_rsc='))).toEqual([]);
  expect(urls.filter((u) => u.startsWith('/api/'))).toEqual([]);
});

test('the runbook page does not fetch its PDF, HTML or Markdown downloads until asked', async ({ page }) => {
  await page.goto('/applications?q=VPN');
  await page.getByRole('link', { name: 'Remote access VPN' }).click();
  const urls = recordRequests(page);
  await page.getByRole('link', { name: 'Runbook', exact: true }).first().click();
  await expect(page.locator('main h1')).toContainText('Remote access VPN');
  await page.waitForTimeout(1500);
  expect(urls.filter((u) => u.startsWith('/api/'))).toEqual([]);
  // The download links are plain links to the API, and they work.
  const pdf = page.getByRole('link', { name: 'PDF', exact: true });
  await expect(pdf).toHaveAttribute('href', /\/api\/v1\/applications\/[^/]+\/runbook\?format=pdf/);
  const md = await page.request.get((await page.getByRole('link', { name: 'Markdown', exact: true }).getAttribute('href'))!);
  expect(md.status()).toBe(200);
  expect(await md.text()).toContain('Remote access VPN');
});

test('links still navigate within the app without a full page load', async ({ page }) => {
  await page.goto('/dashboard');
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByRole('heading', { name: 'User groups' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test('the app has an icon, also on the login page', async ({ browser }) => {
  const context = await browser.newContext(); // signed out
  const page = await context.newPage();
  await page.goto('/login');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  await context.close();
});
