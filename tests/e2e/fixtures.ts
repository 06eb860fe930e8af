// What every spec imports `test` from. Each Playwright worker has a stack of its own, started by
// global-setup.ts: a production server on a seeded SQLite file and a Duo test double, with the demo
// users signed in. A spec reaches its worker's stack through `baseURL` (set here), storageStateFor(),
// e2eDatabaseUrl() and duoDoubleUrl(); nothing is shared between workers (decision 0097).
import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DEMO_PASSWORD = 'outage-demo-2026';
export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** One worker's server, database and Duo double (written by global-setup.ts to stacks.json). */
export interface E2eStack {
  index: number;
  dir: string;
  baseURL: string;
  databaseUrl: string;
  duoUrl: string;
}

export const stacksFile = () => path.join(process.env.E2E_DB_DIR ?? 'test-results', 'stacks.json');
export const authFile = (dir: string, role: Role) => path.join(dir, 'auth', `${role}.json`);

let current: E2eStack | undefined;
/** This worker's stack: TEST_PARALLEL_INDEX runs from 0 to workers - 1 and stays with a restarted worker. */
export function stack(): E2eStack {
  if (current) return current;
  const all = JSON.parse(readFileSync(stacksFile(), 'utf8')) as E2eStack[];
  const index = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
  const found = all.find((s) => s.index === index);
  if (!found) throw new Error(`no e2e stack for worker ${index} in ${stacksFile()} (global-setup.ts started ${all.length})`);
  current = found;
  return found;
}

export const e2eBaseUrl = () => stack().baseURL;
export const e2eDatabaseUrl = () => stack().databaseUrl;
export const duoDoubleUrl = () => stack().duoUrl;
export const storageStateFor = (role: Role): string => authFile(stack().dir, role);
/** The environment for running a CLI (`npm run user:create`, …) against this worker's database. */
export const cliEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DATABASE_URL: stack().databaseUrl });

export const test = base.extend({
  baseURL: async ({}, provide) => provide(stack().baseURL),
});

/** Logs in through the form (for tests that need a fresh session rather than a stored one). */
export async function login(page: Page, role: Role, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(`${role}@example.com`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

/** A valid application body: fail secure, no data classes, low criticality (less restrictive). */
export const appBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  integration: 'duo-unix',
  dataClasses: [],
  mfaMandate: 'none',
  criticality: 'low',
  configuredFailmode: 'secure',
  groups: [],
  ...extra,
});

export const uniq = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
