import { defineConfig, devices } from '@playwright/test';
import { cpus } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Each worker gets a production server of its own on a freshly seeded SQLite file and a Duo test
// double (tests/e2e/global-setup.ts, decision 0097); specs import `test` from tests/e2e/fixtures.ts,
// which points `baseURL` at the worker's server. The config is loaded again by each worker: the env
// carries the run's directory.
const dbDir = process.env.E2E_DB_DIR ?? mkdtempSync(path.join(tmpdir(), 'orp-e2e-'));
process.env.E2E_DB_DIR = dbDir;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// One worker per core, at most 4 (each worker is a browser plus a server); E2E_WORKERS or
// `--workers` overrides it.
const workers = Number(process.env.E2E_WORKERS) || Math.max(1, Math.min(4, cpus().length));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
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
});
