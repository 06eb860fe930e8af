import { chromium, type FullConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, ROLES, storageStateFor } from './fixtures';

/** Signs each demo user in once through the login page and keeps the session for the tests. */
export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0].use;
  mkdirSync(path.dirname(storageStateFor('admin')), { recursive: true });
  const browser = await chromium.launch(launchOptions);
  for (const role of ROLES) {
    const page = await browser.newPage({ baseURL });
    await page.goto('/login');
    await page.getByLabel('Email').fill(`${role}@example.com`);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard/);
    await page.context().storageState({ path: storageStateFor(role) });
    await page.close();
  }
  await browser.close();
}
