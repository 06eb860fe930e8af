import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A second production server on its own database: SIGTERM lets the in-flight request finish,
// refuses new connections, and the process exits.
test('SIGTERM finishes in-flight requests, then stops', async () => {
  test.setTimeout(120_000);
  const port = 3190 + Math.floor(Math.random() * 5);
  const dir = mkdtempSync(path.join(tmpdir(), 'orp-stop-'));
  const env = { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'stop.db')}`, NEXT_TELEMETRY_DISABLED: '1' };
  const child = spawn(process.execPath, ['scripts/run.mjs', 'start'], { env, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 143 : null))));
  const base = `http://127.0.0.1:${port}`;
  await expect(async () => {
    const r = await fetch(`${base}/api/health`);
    expect(r.status).toBe(200);
  }).toPass({ timeout: 90_000 });

  // Sign in (demo data is seeded) and start a slow request: the PDF binder of every application.
  const login = await fetch(`${base}/login`);
  expect(login.status).toBe(200);
  const token = await (async () => {
    const { execFileSync } = await import('node:child_process');
    return execFileSync('npm', ['run', '--silent', 'token:create', '--', '--email', 'viewer@example.com'], {
      env,
      encoding: 'utf8',
    }).trim();
  })();
  const started = Date.now();
  const inFlight = fetch(`${base}/api/v1/runbooks?format=pdf`, { headers: { authorization: `Bearer ${token}` } });
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGTERM');
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(
    Buffer.from(await res.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  const code = await exited;
  expect([0, 143]).toContain(code);
  expect(Date.now() - started).toBeGreaterThan(300);
  await expect(fetch(`${base}/api/health`)).rejects.toThrow();
});
