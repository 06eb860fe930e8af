import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

// `npm start` / `npm run dev` run scripts/migrate.ts before the server (scripts/run.mjs): a bad value
// stops the start there, with the variable's name (before: SESSION_IDLE_HOURS=abc became NaN and broke sign-in).
describe.runIf(!process.env.TEST_DATABASE_URL)('start with a bad environment', () => {
  it('refuses SESSION_IDLE_HOURS=abc, naming the variable, and starts with a good one', async () => {
    const db = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'orp-env-')), 'env.db')}`;
    const start = (extra: Record<string, string>) =>
      run('npx', ['tsx', '--conditions=react-server', 'scripts/migrate.ts'], {
        env: { ...process.env, DATABASE_URL: db, SEED_DEMO: 'false', ...extra },
        timeout: 60_000,
      }).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    const bad = await start({ SESSION_IDLE_HOURS: 'abc' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('SESSION_IDLE_HOURS');
    const good = await start({ SESSION_IDLE_HOURS: '8' });
    expect(good.code).toBe(0);
    expect(good.stderr).toContain('database ready');
  }, 120_000);
});
