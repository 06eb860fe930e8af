import { expect, type Page } from '@playwright/test';

/**
 * Runs `fn` with the signed-in user's language switched to German through the header switch, and
 * switches back to English afterwards (the choice is stored on the user, whom other specs share).
 * At phone width the switch sits in the header menu: it is opened first.
 */
export async function asGerman(page: Page, fn: () => Promise<void>) {
  const header = page.locator('[data-app-header]');
  const openMenu = async () => {
    const toggle = header.locator('[data-nav-toggle]');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  };
  await openMenu();
  await header.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  try {
    await fn();
  } finally {
    await openMenu();
    await header.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}
