// The `assess` CLI (SPEC §3): every exit code, in-process through runAssess and end to end through
// `npx tsx scripts/assess.ts` (one subprocess case per exit code at least).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESS_USAGE, formatInputError, parseAssessArgs, runAssess } from '../../../lib/cli/assess';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE_JSON = path.join(ROOT, 'examples/inventory.example.json');
const EXAMPLE_CSV = path.join(ROOT, 'examples/inventory.example.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'orp-assess-'));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runAssess(argv, {
    readFile: (p) => {
      if (p in files) return files[p]!;
      return readFileSync(p, 'utf8');
    },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

const CLEAN = JSON.stringify({
  version: 1,
  groups: [{ name: 'Clinicians', alwaysRequireMfa: true }],
  applications: [
    {
      name: 'EHR',
      integration: 'adfs-3-4',
      dataClasses: ['health'],
      mfaMandate: 'all-users',
      criticality: 'critical',
      configuredFailmode: 'secure',
      groups: ['Clinicians'],
    },
  ],
});
const WARN_ONLY = JSON.stringify({
  version: 1,
  groups: [],
  applications: [{ name: 'Lab', integration: 'okta', mfaMandate: 'none', criticality: 'low', configuredFailmode: 'none' }],
});

describe('assess CLI, in-process', () => {
  it('exit 0: no finding; stdout is exactly the SPEC JSON', () => {
    const r = run(['clean.json'], { 'clean.json': CLEAN });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      applications: [
        {
          name: 'EHR',
          restrictionLevel: 'most-restrictive',
          recommendedFailmode: 'secure',
          configuredFailmode: 'secure',
          bypassAllowedGroups: [],
          bypassForbiddenGroups: ['Clinicians'],
          findings: [],
        },
      ],
    });
  });

  it('exit 0 with warnings only', () => {
    const r = run(['w.json'], { 'w.json': WARN_ONLY });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.applications[0].findings.map((f: { code: string }) => f.code)).toEqual(['FAILMODE_NOT_CONFIGURABLE', 'NO_GROUPS']);
  });

  it('exit 1: at least one critical finding (the example inventory); German with --lang de', () => {
    const en = run([EXAMPLE_JSON]);
    expect(en.code).toBe(1);
    const vpn = JSON.parse(en.stdout).applications.find((a: { name: string }) => a.name === 'VPN');
    expect(vpn).toMatchObject({
      restrictionLevel: 'restrictive',
      recommendedFailmode: 'secure',
      configuredFailmode: 'safe',
      bypassAllowedGroups: ['All Staff', 'Contractors', 'Help Desk'],
      bypassForbiddenGroups: ['IT Admins'],
    });
    expect(vpn.findings.map((f: { code: string }) => f.code)).toEqual([
      'FAILMODE_OPEN_ON_RESTRICTED',
      'BYPASS_GROUP_SPANS_APPS',
      'BYPASS_GROUP_SPANS_APPS',
    ]);
    expect(vpn.findings[2]).toMatchObject({ groups: ['Help Desk'], relatedApplications: ['Payroll'] });
    const de = run([EXAMPLE_JSON, '--lang', 'de']);
    expect(de.code).toBe(1);
    expect(de.stdout).toContain('„VPN“ ist auf Fail safe (offen) konfiguriert');
  });

  it('the CSV example gives the same output as the JSON example', () => {
    expect(run([EXAMPLE_CSV]).stdout).toBe(run([EXAMPLE_JSON]).stdout);
  });

  it('the file policy decides the default language; --lang overrides it', () => {
    const deFile = JSON.stringify({ ...JSON.parse(WARN_ONLY), policy: { defaultLanguage: 'de' } });
    expect(run(['p.json'], { 'p.json': deFile }).stdout).toContain('Okta bietet keine Failmode-Steuerung');
    expect(run(['p.json', '--lang=en'], { 'p.json': deFile }).stdout).toContain('Okta offers no failmode control');
  });

  it('the file policy changes the levels (mandatoryDataClasses)', () => {
    const inv = JSON.parse(CLEAN);
    inv.applications[0].mfaMandate = 'none';
    inv.groups[0].alwaysRequireMfa = false;
    const withPolicy = JSON.stringify({ ...inv, policy: { mandatoryDataClasses: [] } });
    expect(JSON.parse(run(['a.json'], { 'a.json': JSON.stringify(inv) }).stdout).applications[0].restrictionLevel).toBe('most-restrictive');
    expect(JSON.parse(run(['b.json'], { 'b.json': withPolicy }).stdout).applications[0].restrictionLevel).toBe('less-restrictive');
  });

  it('--format md prints the Markdown report and keeps the exit code', () => {
    const r = run([EXAMPLE_JSON, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# Outage readiness assessment\n/);
    expect(r.stdout).toContain('| VPN | Restrictive | Fail secure | Fail safe | 1 | 2 | 0 |');
    expect(r.stdout).toContain('`FAILMODE_OPEN_ON_RESTRICTED`');
    const de = run([EXAMPLE_JSON, '--format=md', '--lang=de']);
    expect(de.stdout).toMatch(/^# Bewertung der Ausfallbereitschaft/);
  });

  it('exit 2: malformed JSON names the file and the line', () => {
    const r = run(['bad.json'], { 'bad.json': '{\n  "version": 1,\n  "applications": [\n    {"name": "x",, }\n  ]\n}\n' });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: "bad.json:4: invalid JSON: expected a property name in double quotes but found ','\n",
    });
  });

  it('exit 2: a schema error names the line, the JSON path and what was expected', () => {
    const text =
      '{"version": 1,\n"applications": [\n{"name":"B","integration":"nope","mfaMandate":"none","criticality":"low","configuredFailmode":"none"}\n]}';
    const r = run(['inv.json'], { 'inv.json': text });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^inv\.json:3: at applications\[0\]\.integration: Integration must be one of the catalog slugs: auth-proxy-radius, .* \(got "nope"\)\n$/,
    );
  });

  it('exit 2: malformed CSV names the line', () => {
    const csv = 'name,integration,mfaMandate,criticality,configuredFailmode\r\nA,okta,none,low,none\r\nB,"okta,none,low,none\r\n';
    expect(run(['inv.csv'], { 'inv.csv': csv })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'inv.csv:3: invalid CSV: unterminated quoted field (missing closing ")\n',
    });
    const invalid = 'name,integration,mfaMandate,criticality,configuredFailmode\nA,okta,none,low,none\nB,okta,none,urgent,none\n';
    expect(run(['v.csv'], { 'v.csv': invalid }).stderr).toBe(
      'v.csv:3: at applications[1].criticality: column "criticality": Criticality must be one of critical, high, medium, low (got "urgent")\n',
    );
  });

  it('exit 2: at most 50 errors are printed, the rest counted', () => {
    const apps = Array.from({ length: 60 }, (_, i) => ({
      name: `a${i}`,
      integration: 'x',
      mfaMandate: 'none',
      criticality: 'low',
      configuredFailmode: 'none',
    }));
    const r = run(['many.json'], { 'many.json': JSON.stringify({ version: 1, applications: apps }) });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('… and 10 more errors');
  });

  it.each([
    [[], 'assess: missing FILE'],
    [['--bogus', 'x.json'], 'assess: unknown option --bogus'],
    [['x.json', '--format', 'xml'], 'assess: --format must be json or md, got "xml"'],
    [['x.json', '--lang', 'fr'], 'assess: --lang must be en or de, got "fr"'],
    [['x.json', '--lang'], 'assess: option --lang needs a value'],
    [['a.json', 'b.json'], 'assess: only one FILE is accepted (got "a.json" and "b.json")'],
  ])('exit 2: usage error %j', (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n${ASSESS_USAGE}\n`);
  });

  it('exit 2: a missing file or a directory', () => {
    expect(run([path.join(dir, 'nope.json')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${path.join(dir, 'nope.json')}: cannot read: no such file\n`,
    });
    expect(run([dir]).stderr).toBe(`${dir}: cannot read: is a directory, expected an inventory file\n`);
  });

  it('--help prints the usage on stdout and exits 0', () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: `${ASSESS_USAGE}\n`, stderr: '' });
  });

  it('argument parsing: "--" ends the options', () => {
    expect(parseAssessArgs(['--', '--weird-name.json'])).toEqual({ ok: true, args: { file: '--weird-name.json', format: 'json' } });
    expect(formatInputError({ message: 'm' }, 'f')).toBe('f: m');
    expect(formatInputError({ line: 3, path: 'a', message: 'm' }, 'f')).toBe('f:3: at a: m');
  });
});

// ---------------------------------------------------------------------------------------------------
// End to end: `npx tsx scripts/assess.ts`, as `npm run --silent assess -- FILE` runs it.

function cli(args: string[]) {
  const r = spawnSync('npx', ['--no-install', 'tsx', 'scripts/assess.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', npm_config_loglevel: 'silent' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('assess CLI, end to end (subprocess)', () => {
  it('exit 0: clean inventory, JSON on stdout and nothing else', () => {
    const r = cli([file('clean.json', CLEAN)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).applications[0]).toMatchObject({ name: 'EHR', restrictionLevel: 'most-restrictive', findings: [] });
  });

  it('exit 1: critical finding in the example; CSV and Markdown', () => {
    const r = cli([EXAMPLE_CSV, '--format', 'md', '--lang', 'de']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# Bewertung der Ausfallbereitschaft/);
    expect(r.stdout).toContain('`FAILMODE_OPEN_ON_RESTRICTED`');
  });

  it('exit 2: malformed JSON (line named), malformed CSV (line named), unknown flag, missing file', () => {
    const badJson = file('bad.json', '{\n  "version": 1,\n  "applications": [\n    {"name": "x",, }\n  ]\n}\n');
    const j = cli([badJson]);
    expect(j.code).toBe(2);
    expect(j.stdout).toBe('');
    expect(j.stderr).toContain(`${badJson}:4: invalid JSON`);

    const badCsv = file(
      'bad.csv',
      'name,integration,mfaMandate,criticality,configuredFailmode\nA,okta,none,low,none\nB,okta,none,low,\n"C,okta\n',
    );
    const c = cli([badCsv]);
    expect(c.code).toBe(2);
    expect(c.stdout).toBe('');
    expect(c.stderr).toContain(`${badCsv}:4: invalid CSV: unterminated quoted field`);

    const u = cli(['--nope', EXAMPLE_JSON]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('unknown option --nope');

    const m = cli([path.join(dir, 'missing.json')]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('cannot read: no such file');
  });
});
