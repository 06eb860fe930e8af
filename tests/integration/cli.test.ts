import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

// The CLIs as a user runs them, against a real database of their own.
async function cli(script: string, args: string[], env: Record<string, string>) {
  try {
    const r = await run('npx', ['tsx', '--conditions=react-server', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe.runIf(!process.env.TEST_DATABASE_URL)('CLIs on a real database', () => {
  const env = { DATABASE_URL: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'orp-cli-')), 'cli.db')}`, SEED_DEMO: 'false' };

  it('user:create makes the first admin; a weak password or duplicate is refused with exit 2', async () => {
    const ok = await cli(
      'user-create',
      ['--email', 'first@corp.example', '--role', 'admin', '--password', 'a long enough passphrase'],
      env,
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('created admin first@corp.example');
    const weak = await cli('user-create', ['--email', 'two@corp.example', '--role', 'admin', '--password', 'short'], env);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/password.*12 characters/i);
    const dup = await cli(
      'user-create',
      ['--email', 'first@corp.example', '--role', 'viewer', '--password', 'a long enough passphrase'],
      env,
    );
    expect(dup.code).toBe(2);
    const badRole = await cli(
      'user-create',
      ['--email', 'x@corp.example', '--role', 'root', '--password', 'a long enough passphrase'],
      env,
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('role');
  }, 120_000);

  it('token:create prints one token; unknown users exit 2', async () => {
    const t = await cli('token-create', ['--email', 'first@corp.example', '--name', 'ci'], env);
    expect(t.code).toBe(0);
    expect(t.stdout.trim()).toMatch(/^orp_[A-Za-z0-9_-]{43}$/);
    expect((await cli('token-create', ['--email', 'nobody@corp.example'], env)).code).toBe(2);
    const expiring = await cli('token-create', ['--email', 'first@corp.example', '--name', 'ci-90', '--expires-days', '90'], env);
    expect(expiring.code).toBe(0);
    const bad = await cli('token-create', ['--email', 'first@corp.example', '--expires-days', 'soon'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--expires-days');
    expect((await cli('token-create', ['--email', 'first@corp.example', '--expires-days', '0'], env)).code).toBe(2);
  }, 120_000);

  it('user:create refuses a common breached password', async () => {
    const common = await cli('user-create', ['--email', 'three@corp.example', '--role', 'viewer', '--password', 'password1234'], env);
    expect(common.code).toBe(2);
    expect(common.stderr).toMatch(/common breached passwords/);
  }, 60_000);

  it('import writes all or nothing; export prints the interchange format', async () => {
    const bad = await cli('import', ['tests/fixtures/authproxy/authproxy01.cfg', 'tests/fixtures/authproxy/invalid-failmode.cfg'], env);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    const empty = await cli('export', [], env);
    expect(JSON.parse(empty.stdout).applications).toEqual([]);

    const ok = await cli('import', ['tests/fixtures/authproxy/authproxy01.cfg'], env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).created).toBeGreaterThan(0);
    const out = await cli('export', ['--format', 'json'], env);
    const inv = JSON.parse(out.stdout);
    expect(inv.applications.map((a: { name: string }) => a.name)).toContain('authproxy01 radius_server_auto');
    expect(out.stdout).not.toContain('S3CR3T');
    const csv = await cli('export', ['--format', 'csv'], env);
    expect(csv.stdout.split('\r\n')[0]).toContain('name,integration');
    expect((await cli('export', ['--format', 'xml'], env)).code).toBe(2);
  }, 120_000);
});
