import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { storageStateFor, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('login page has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/login');
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('signed in', () => {
  test.use({ storageState: storageStateFor('admin') });
  for (const path of [
    '/dashboard',
    '/applications',
    '/applications/new',
    '/groups',
    '/groups/new',
    '/findings',
    '/policy',
    '/reviews',
    '/drills/new',
    '/simulate?scenario=unreachable&fw=1&bg=All+Staff',
    '/admin/users',
    '/admin/audit',
  ]) {
    test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
  test('an application page has no serious or critical accessibility violation', async ({ page }) => {
    await page.goto('/applications?q=VPN');
    await page.getByRole('link', { name: 'Remote access VPN' }).click();
    await expect(page.locator('main h1')).toHaveText('Remote access VPN');
    // After a client-side navigation Next streams the new <title> in after the body.
    await expect(page).toHaveTitle(/^Application · /);
    expect(await seriousViolations(page)).toEqual([]);
  });
  test('a runbook page has no serious or critical accessibility violation (links in its text are underlined, not only coloured)', async ({
    page,
  }) => {
    await page.goto('/applications?q=VPN');
    await page.getByRole('link', { name: 'Remote access VPN' }).click();
    await page.getByRole('link', { name: 'Runbook', exact: true }).first().click();
    await expect(page.locator('main h1')).toContainText('Remote access VPN');
    await expect(page).toHaveTitle(/^DR runbook · /);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

// Issue 18 items 2, 3, 4 and 9: the pages they change, with their new parts rendered, at desktop and phone width.
for (const width of [1280, 390]) {
  test.describe(`changed by issue 18 (decisions), ${width} px`, () => {
    test.use({ storageState: storageStateFor('admin'), viewport: { width, height: width === 390 ? 844 : 900 } });
    for (const path of ['/dashboard', '/groups', '/simulate?scenario=unreachable', '/drills/new']) {
      test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('main h1')).toBeVisible();
        if (path === '/drills/new') await page.getByRole('button', { name: 'Add a follow-up' }).click();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
    test('a group edit form with its live bypass warning has no serious or critical accessibility violation', async ({ page }) => {
      await page.goto('/groups');
      await page.getByRole('link', { name: 'Edit All Staff' }).click();
      await expect(page.getByTestId('bypass-preview').getByRole('status')).toContainText('at risk');
      expect(await seriousViolations(page)).toEqual([]);
    });
    test('the new application form with its live bypass warning has no serious or critical accessibility violation', async ({ page }) => {
      await page.goto('/applications/new');
      await page.getByRole('checkbox', { name: /^health records/ }).check();
      await page.getByRole('checkbox', { name: /^All Staff/ }).check();
      await expect(page.getByTestId('bypass-preview').getByRole('status')).toContainText('at risk');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

// Issue 18 items 5, 7, 10: the changed pages at phone width too, the header menu open and closed.
test.describe('signed in, phone width (390 px)', () => {
  test.use({ storageState: storageStateFor('admin'), viewport: { width: 390, height: 844 } });
  for (const path of [
    '/dashboard',
    '/applications',
    '/groups?q=a&sort=members&dir=desc',
    '/runbooks',
    '/admin/audit',
    '/admin/audit?entity=group&action=group.create',
  ]) {
    test(`${path} at 390 px has no serious or critical accessibility violation`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
  test('the header menu, opened, at 390 px has no serious or critical accessibility violation', async ({ page }) => {
    await page.goto('/groups');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('signed in, desktop: the changed list views', () => {
  test.use({ storageState: storageStateFor('admin') });
  for (const path of ['/groups?q=a&sort=members&dir=desc', '/admin/audit?entity=group&action=group.create', '/runbooks']) {
    test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
