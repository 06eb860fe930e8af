// The import CLI: exit codes 0/2, dry-run output (the interchange JSON, nothing else on stdout),
// errors naming file and line, all or nothing, deps.apply only without --dry-run.
// One spawned run per exit code checks the real script wiring; the rest runs in-process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseImportArgs, runImport } from '../../../lib/cli/import';
import type { ImportDeps } from '../../../lib/cli/import';
import { parseInventoryText } from '../../../lib/interchange/parse';
import type { InventoryData } from '../../../lib/validations/inventory';
import { inventorySchema } from '../../../lib/validations/inventory';

const ROOT = path.resolve(__dirname, '../../..');
const fx = (rel: string) => path.join('tests/fixtures', rel);

async function run(argv: string[], deps: ImportDeps = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runImport(
    argv,
    {
      readFile: (f) => readFileSync(path.resolve(ROOT, f), 'utf8'),
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    },
    deps,
  );
  return { code, stdout, stderr };
}

describe('import CLI (spawned: the real script)', () => {
  it('exit 0: --dry-run prints only the interchange JSON and needs no database', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/import.ts', '--dry-run', fx('authproxy/authproxy01.cfg'), fx('duo-unix/pam_duo.conf')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const inv = JSON.parse(r.stdout) as unknown;
    expect(inventorySchema.safeParse(inv).success).toBe(true);
    expect((inv as InventoryData).applications.map((a) => [a.name, a.configuredFailmode])).toEqual([
      ['authproxy01 radius_server_auto', 'secure'],
      ['authproxy01 ldap_server_auto', 'safe'],
      ['pam_duo', 'safe'],
    ]);
    expect(r.stdout + r.stderr).not.toContain('S3CR3T');
  });

  it('exit 2: invalid input, stderr names file and line, stdout empty', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/import.ts', '--dry-run', fx('authproxy/invalid-failmode.cfg')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${fx('authproxy/invalid-failmode.cfg')}:10: failmode in [radius_server_auto] must be safe or secure`);
    expect(r.stderr).not.toContain('S3CR3T');
  });
});

describe('import CLI (in-process)', () => {
  it('--dry-run writes nothing: apply is not called', async () => {
    const apply = vi.fn(async () => ({ created: 0, updated: 0, unchanged: 0 }));
    const r = await run(['--dry-run', fx('admin-api/integrations.json')], { apply });
    expect(r.code).toBe(0);
    expect(apply).not.toHaveBeenCalled();
    const parsed = parseInventoryText(r.stdout);
    expect(parsed.ok).toBe(true);
    expect(
      r.stderr
        .split('\n')
        .filter(Boolean)
        .every((l) => l.includes(': warning: ')),
    ).toBe(true);
  });

  it('without --dry-run applies the inventory once and prints a one-line JSON summary', async () => {
    const apply = vi.fn(async (inv: InventoryData) => ({ created: inv.applications.length, updated: 0, unchanged: 0 }));
    const r = await run([fx('authproxy/authproxy-numbered.cfg'), fx('inventory/inventory.csv')], { apply });
    expect(r.code).toBe(0);
    expect(apply).toHaveBeenCalledTimes(1);
    const inv = apply.mock.calls[0]![0];
    expect(inventorySchema.safeParse(inv).success).toBe(true);
    expect(inv.applications.map((a) => a.name)).toEqual([
      'authproxy-numbered radius_server_auto',
      'authproxy-numbered radius_server_auto2',
      'authproxy-numbered radius_server_iframe3',
      'authproxy-numbered radius_server_duo_only',
      'authproxy-numbered ldap_server_auto2',
      'Payroll',
    ]);
    expect(r.stdout).toBe('{"created":6,"updated":0,"unchanged":0}\n');
  });

  it('all or nothing: one invalid file among valid ones → exit 2, apply not called, every error listed', async () => {
    const apply = vi.fn(async () => ({ created: 1, updated: 0, unchanged: 0 }));
    const r = await run(
      [
        fx('authproxy/authproxy01.cfg'),
        fx('authproxy/invalid-duplicate-key.cfg'),
        fx('authproxy/invalid-duplicate-section.cfg'),
        fx('duo-unix/invalid-failmode-capital.conf'),
      ],
      { apply },
    );
    expect(r.code).toBe(2);
    expect(apply).not.toHaveBeenCalled();
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^tests\/fixtures\/authproxy\/invalid-duplicate-key\.cfg:9: duplicate key "radius_secret_1"/),
      expect.stringMatching(/^tests\/fixtures\/authproxy\/invalid-duplicate-key\.cfg:12: duplicate key "Port"/),
      expect.stringMatching(
        /^tests\/fixtures\/authproxy\/invalid-duplicate-section\.cfg:15: duplicate section \[RADIUS_SERVER_AUTO\]: already defined at line 4/,
      ),
      expect.stringMatching(/^tests\/fixtures\/duo-unix\/invalid-failmode-capital\.conf:5: failmode must be exactly safe or secure/),
    ]);
  });

  it('inventory errors keep their JSON path', async () => {
    const r = await run(['--dry-run', fx('inventory/inventory-invalid.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tests\/fixtures\/inventory\/inventory-invalid\.json:4: at applications\[0\]\.integration: /);
  });

  it('a name clash between two files names both', async () => {
    const r = await run(['--dry-run', fx('authproxy/authproxy01.cfg'), `./${fx('authproxy/authproxy01.cfg')}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `./${fx('authproxy/authproxy01.cfg')}:16: application name "authproxy01 radius_server_auto" clashes with the application from ${fx('authproxy/authproxy01.cfg')}:16`,
    );
  });

  it('--format forces a format; auto detects per file', async () => {
    const forced = await run(['--dry-run', '--format', 'duo-admin-api', fx('authproxy/authproxy01.cfg')]);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('invalid JSON');
    const auto = await run(['--dry-run', '--format=auto', fx('admin-api/integrations-bare.json'), fx('duo-unix/login_duo.conf')]);
    expect(auto.code).toBe(0);
    expect(JSON.parse(auto.stdout).applications.map((a: { name: string }) => a.name)).toEqual(['Okta', 'OWA', 'login_duo']);
  });

  it('exit 2 for a missing file, naming it', async () => {
    const r = await run(['--dry-run', 'nope/missing.cfg']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'nope/missing.cfg: cannot read: no such file\n' });
  });

  it('exit 2 when the write fails, with nothing on stdout', async () => {
    const r = await run([fx('duo-unix/login_duo.conf')], {
      apply: async () => {
        throw new Error('database is locked');
      },
    });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'import: nothing was imported: database is locked\n' });
  });

  it('exit 2 without --dry-run when no writer is wired', async () => {
    const r = await run([fx('duo-unix/login_duo.conf')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it.each([
    [[], 'missing FILE'],
    [['--format'], 'option --format needs a value'],
    [['--format', 'yaml', 'x'], '--format must be one of auto, inventory, authproxy, duo-unix, duo-admin-api; got "yaml"'],
    [['--verbose', 'x'], 'unknown option --verbose'],
    [['--dry-run=yes', 'x'], '--dry-run takes no value'],
  ])('usage error %j → exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `import: ${message}\nusage: npm run --silent import -- [--dry-run] [--format auto|inventory|authproxy|duo-unix|duo-admin-api] FILE…\n`,
    );
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage:');
  });

  it('parses arguments', () => {
    expect(parseImportArgs(['--dry-run', '--', '--odd-name.cfg'])).toEqual({
      ok: true,
      args: { dryRun: true, format: 'auto', files: ['--odd-name.cfg'] },
    });
    expect(parseImportArgs(['a', '--format', 'authproxy', 'b'])).toEqual({
      ok: true,
      args: { dryRun: false, format: 'authproxy', files: ['a', 'b'] },
    });
  });
});
