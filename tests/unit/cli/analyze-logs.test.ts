// The analyze-logs CLI: the SPEC §3 JSON on stdout, exit 0 (garbage is counted, never fatal), exit 2
// for missing files and usage. One spawned run checks the real script wiring.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyzeLogs } from '../../../lib/cli/analyze-logs';

const ROOT = path.resolve(__dirname, '../../..');
const fx = (f: string) => path.join(ROOT, 'tests/fixtures/logs', f);

async function run(argv: string[], opts = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyzeLogs(
    argv,
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    },
    opts,
  );
  return { code, stdout, stderr };
}

const EVENT_KEYS = ['timestamp', 'kind', 'username', 'section', 'clientIp', 'file', 'line'];

describe('analyze-logs CLI', () => {
  it('spawned: exit 0 and only the JSON on stdout', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/analyze-logs.ts', 'tests/fixtures/logs/authproxy-garbage.log'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      summary: { failmodeSafeAllowed: 1, failmodeSecureDenied: 0, primaryOnlyBypassed: 0, unparsedLines: 2 },
      events: [
        {
          timestamp: '2018-11-09T21:53:57.000Z',
          kind: 'failmode-safe-allowed',
          username: null,
          section: null,
          clientIp: '10.0.1.99',
          file: 'tests/fixtures/logs/authproxy-garbage.log',
          line: 1,
        },
      ],
    });
  });

  it('all fixtures: summary and events in the SPEC shape', async () => {
    const files = ['authproxy-old.log', 'authproxy-new.log', 'authevents.log', 'auth.log', 'authproxy-garbage.log'].map(fx);
    const r = await run(files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { summary: Record<string, number>; events: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['summary', 'events']);
    expect(out.summary).toEqual({ failmodeSafeAllowed: 8, failmodeSecureDenied: 6, primaryOnlyBypassed: 2, unparsedLines: 3 });
    expect(out.events).toHaveLength(16);
    for (const e of out.events) {
      expect(Object.keys(e)).toEqual(EVENT_KEYS);
      expect(['failmode-safe-allowed', 'failmode-secure-denied', 'primary-only-bypassed']).toContain(e.kind);
      if (e.timestamp !== null) expect(e.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
  });

  it('the same output when events are spilled to disk', async () => {
    const files = ['authevents.log', 'auth.log'].map(fx);
    const a = await run(files);
    const b = await run(files, { maxEventsInMemory: 1 });
    expect(b).toEqual(a);
  });

  it('an empty result is still the full shape', async () => {
    const r = await run([fx('authproxy-old.log'), '--', fx('authproxy-old.log')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.failmodeSafeAllowed).toBe(2);
    const dir = mkdtempSync(path.join(tmpdir(), 'orp-cli-logs-'));
    try {
      const empty = path.join(dir, 'empty.log');
      writeFileSync(empty, '');
      const e = await run([empty]);
      expect(e).toEqual({
        code: 0,
        stdout: '{"summary":{"failmodeSafeAllowed":0,"failmodeSecureDenied":0,"primaryOnlyBypassed":0,"unparsedLines":0},"events":[]}\n',
        stderr: '',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit 2 for a missing file or a directory, before anything is printed', async () => {
    const r = await run([fx('auth.log'), fx('missing.log'), path.join(ROOT, 'tests/fixtures/logs')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${fx('missing.log')}: cannot read: no such file\n${path.join(ROOT, 'tests/fixtures/logs')}: is a directory, expected a log file\n`,
    );
  });

  it.each([
    [[], 'missing FILE'],
    [['--json', 'x.log'], 'unknown option --json'],
  ])('usage error %j → exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `analyze-logs: ${message}\nusage: npm run --silent analyze-logs -- FILE…\n` });
  });
});
