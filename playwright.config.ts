import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeTestCa } from './tests/support/test-ca';

// One fresh SQLite file per run, seeded with the demo data; the production server on its own port.
const dbDir = process.env.E2E_DB_DIR ?? mkdtempSync(path.join(tmpdir(), 'orp-e2e-'));
process.env.E2E_DB_DIR = dbDir;
const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:${path.join(dbDir, 'e2e.db')}`;
process.env.E2E_DATABASE_URL = databaseUrl;
const port = Number(process.env.E2E_PORT ?? 3100);
// The Duo Admin API / Statuspage test double (issue 19, tests/support/duo-double.ts) on HTTPS with a
// test CA made here, once per run (the config is loaded again by each worker: the env carries it).
// The app trusts that CA through NODE_EXTRA_CA_CERTS; ORP_DUO_BASE_URL sends every Admin API request
// to the double. The double answers "operational" unless a spec changes it (and changes it back).
const duoDir = process.env.E2E_DUO_DIR ?? path.join(dbDir, 'duo-ca');
process.env.E2E_DUO_DIR = duoDir;
if (!existsSync(path.join(duoDir, 'server.pem'))) makeTestCa(duoDir);
const duoPort = Number(process.env.E2E_DUO_PORT ?? port + 1);
process.env.E2E_DUO_PORT = String(duoPort);
export const duoDoubleUrl = `https://localhost:${duoPort}`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'npx tsx tests/support/duo-double-main.ts',
      url: `${duoDoubleUrl}/api/v2/summary.json`,
      ignoreHTTPSErrors: true,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { E2E_DUO_DIR: duoDir, E2E_DUO_PORT: String(duoPort) },
    },
    {
      command: 'node scripts/run.mjs start',
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        HOSTNAME: '127.0.0.1',
        NODE_EXTRA_CA_CERTS: path.join(duoDir, 'ca.pem'),
        ORP_DUO_BASE_URL: duoDoubleUrl,
        ORP_DUO_STATUS_URL: `${duoDoubleUrl}/api/v2/summary.json`,
        ORP_DUO_STATUS_CACHE_SECONDS: '1',
        ORP_SECRET_KEY: 'e2e-only-secret-key-material-not-for-production',
      },
    },
  ],
});
