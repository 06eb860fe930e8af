import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { storageStateFor } from './fixtures';
test.use({ storageState: storageStateFor('admin') });
test('shots', async ({ page }, info) => {
  test.setTimeout(240_000);
  await page.goto('/dashboard');
  await page.locator('header').getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const paths = ['/dashboard', '/simulate?scenario=unreachable&fw=1&bg=All+Staff', '/reviews', '/findings', '/groups', '/groups/new', '/applications/new', '/drills', '/drills/new', '/admin/users', '/admin/audit', '/runbooks', '/policy'];
  for (const p of paths) {
    await page.goto(p);
    await expect(page.locator('main h1')).toBeVisible();
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${p}: ${v.id}`);
    console.log(p, bad.length ? bad : 'axe ok');
    await page.screenshot({ path: info.outputPath(`${p.replace(/[^a-z]/g, '_')}.png`), fullPage: true });
  }
  await page.goto('/applications?q=Research+file+share');
  await page.getByRole('link', { name: 'Research file share' }).click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  const url = page.url();
  await page.goto(`${url}/edit`);
  await page.getByLabel('Kritikalität').selectOption('high');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await page.waitForURL(url);
  await page.goto(`${url}/review`);
  await page.screenshot({ path: info.outputPath(`review.png`), fullPage: true });
  await page.goto(`/nope`);
  await page.screenshot({ path: info.outputPath(`notfound.png`) });
});
