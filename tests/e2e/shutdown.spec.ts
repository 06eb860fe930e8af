import { expect } from '@playwright/test';
import { startServer } from './own-server';
import { DEMO_PASSWORD, test } from './fixtures';

// A second production server on its own database: SIGTERM lets the in-flight request finish,
// refuses new connections, and the process exits.
test('SIGTERM finishes in-flight requests, then stops', async () => {
  test.setTimeout(120_000);
  // A server of its own on a free port (tests/e2e/own-server.ts): this test stops it.
  const srv = await startServer();
  const { env, url: base, exited, child } = srv;
  expect((await fetch(`${base}/api/health`)).status).toBe(200);

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

// PORT=0 (a free port, as every e2e stack uses): Next.js fetches a server action's redirect target
// from its own port, and used to try 3000 ("failed to get redirect response … ECONNREFUSED").
test('a server on PORT=0 answers a server action redirect itself', async ({ browser }) => {
  const lines: string[] = [];
  const srv = await startServer({}, { onStderr: (line) => lines.push(line) });
  try {
    const page = await browser.newPage({ baseURL: srv.url });
    await page.goto('/login');
    await page.getByLabel('Email').fill('viewer@example.com');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await page.close();
    expect(lines.filter((l) => /failed to get redirect response|ECONNREFUSED/.test(l))).toEqual([]);
  } finally {
    await srv.stop();
  }
});
