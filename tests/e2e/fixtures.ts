import { expect, type Page } from '@playwright/test';
import path from 'node:path';

export const DEMO_PASSWORD = 'outage-demo-2026';
export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function storageStateFor(role: Role): string {
  return path.join(process.env.E2E_DB_DIR ?? 'test-results', 'auth', `${role}.json`);
}

/** Logs in through the form (for tests that need a fresh session rather than a stored one). */
export async function login(page: Page, role: Role, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(`${role}@example.com`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

export const uniq = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
