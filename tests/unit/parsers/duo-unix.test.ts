// Duo Unix login_duo.conf / pam_duo.conf: failmode case-sensitive, absent = safe (default), inline
// comments after whitespace, secrets dropped.
import { describe, expect, it } from 'vitest';
import { parseDuoUnixConfig } from '../../../lib/parsers/duo-unix';
import type { DuoUnixParseResult, DuoUnixParseSuccess } from '../../../lib/parsers/duo-unix';
import { readFixture } from './helpers';

function ok(r: DuoUnixParseResult): DuoUnixParseSuccess {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r;
}

const VALID: {
  file: string;
  name: string;
  failmode: 'safe' | 'secure';
  source: 'configured' | 'default';
  failmodeLine: number | null;
  unixGroups: string[];
  warnings: RegExp[];
}[] = [
  {
    file: 'duo-unix/login_duo.conf',
    name: 'login_duo',
    failmode: 'secure',
    source: 'configured',
    failmodeLine: 11,
    unixGroups: [],
    warnings: [],
  },
  {
    file: 'duo-unix/pam_duo.conf',
    name: 'pam_duo',
    failmode: 'safe',
    source: 'default',
    failmodeLine: null,
    unixGroups: ['admins', 'ops team', '!contractors'],
    warnings: [],
  },
  {
    file: 'duo-unix/pam_duo-inline-comment.conf',
    name: 'pam_duo-inline-comment',
    failmode: 'secure',
    source: 'configured',
    failmodeLine: 6,
    unixGroups: [],
    warnings: [/failmode set again \(first at line 5\): Duo Unix uses the last value/],
  },
];

describe('Duo Unix fixtures (valid)', () => {
  it.each(VALID)('$file', ({ file, name, failmode, source, failmodeLine, unixGroups, warnings }) => {
    const r = ok(parseDuoUnixConfig(readFixture(file), file));
    expect(r.application).toEqual({
      name,
      failmode,
      failmodeSource: source,
      failmodeLine,
      host: 'api-12345678.duosecurity.com',
      unixGroups,
    });
    expect(r.warnings.map((w) => w.message)).toEqual(warnings.map((w) => expect.stringMatching(w)));
  });
});

describe('Duo Unix fixtures (invalid)', () => {
  it('failmode = Secure (capital S) is an error naming the line', () => {
    const file = 'duo-unix/invalid-failmode-capital.conf';
    const r = parseDuoUnixConfig(readFixture(file), file);
    expect(r).toEqual({
      ok: false,
      errors: [
        { file, line: 5, message: expect.stringMatching(/failmode must be exactly safe or secure .*case-sensitively.*got "Secure"/) },
      ],
    });
  });

  it('a line without "=" is an error naming the line and not echoing it', () => {
    const file = 'duo-unix/invalid-syntax.conf';
    const r = parseDuoUnixConfig(readFixture(file), file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ file, line: 4, message: expect.stringContaining('expected "name = value"') }]);
    expect(JSON.stringify(r.errors)).not.toContain('S3CR3T');
  });
});

describe('Duo Unix rules', () => {
  const p = (text: string, name?: string) => parseDuoUnixConfig(text, '/etc/duo/pam_duo.conf', name ? { name } : {});

  it.each(['SAFE', 'Safe', 'secure ', ' safe;x', 'fail-secure', '"secure"', ''])('failmode %j is rejected', (v) => {
    const r = p(`[duo]\nfailmode = ${v}\n`);
    if (v === 'secure ') {
      // Trailing whitespace is trimmed by Duo Unix too: this one is valid.
      expect(ok(r).application.failmode).toBe('secure');
      return;
    }
    expect(r.ok).toBe(false);
  });

  it('an inline comment needs whitespace before ";"', () => {
    expect(ok(p('[duo]\nfailmode = secure ;comment\n')).application.failmode).toBe('secure');
    expect(p('[duo]\nfailmode = secure;comment\n').ok).toBe(false);
  });

  it('uses the name option, else the file base name', () => {
    expect(ok(p('[duo]\n')).application.name).toBe('pam_duo');
    expect(ok(p('[duo]\n', 'bastion01 sshd')).application.name).toBe('bastion01 sshd');
  });

  it('warns about a missing [duo] section and options elsewhere; an unknown option stops Duo Unix', () => {
    const r = ok(p('failmode = secure\nikey = DIKEYVAL9\nskey = S3CR3T-x\nhost = api-x.duosecurity.com\n[other]\nprompts = 1\n'));
    expect(r.application.failmode).toBe('secure');
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('before any section'),
      expect.stringContaining('in [other]'),
      expect.stringContaining('no [duo] section'),
    ]);
    // lib/util.c duo_common_ini_handler returns 0 for "foo": pam_duo.c logs "Invalid pam_duo option".
    const bad = p('[duo]\nfoo = bar\n');
    expect(bad).toEqual({
      ok: false,
      errors: [{ file: '/etc/duo/pam_duo.conf', line: 2, message: expect.stringContaining('unknown option "foo"') }],
    });
  });

  it('drops skey, ikey and http_proxy without echoing them', () => {
    const r = ok(
      p('[duo]\nikey = DIKEYVAL9\nskey = S3CR3T-x\nhttp_proxy = http://user:S3CR3T-pw@proxy:3128\nhost = api-x.duosecurity.com\n'),
    );
    expect(JSON.stringify(r)).not.toMatch(/S3CR3T|DIKEYVAL9|proxy:3128/);
  });
});

// The model of duo_unix's reader: lib/ini.c (inih with INI_ALLOW_MULTILINE), lib/util.c
// duo_common_ini_handler, pam_duo/pam_duo.c and login_duo/login_duo.c (github.com/duosecurity/duo_unix).
describe('Duo Unix reads its file with inih, multi-line values on (lib/ini.c)', () => {
  const p = (text: string, file = '/etc/duo/pam_duo.conf') => parseDuoUnixConfig(text, file);
  const KEYS = 'ikey = DIKEYVAL9\nskey = S3CR3T-x\nhost = api-x.duosecurity.com\n';

  it('a valid multi-line file with real options reads (fixture pam_duo-multiline.conf)', () => {
    const file = 'duo-unix/pam_duo-multiline.conf';
    const r = ok(parseDuoUnixConfig(readFixture(file), file));
    expect(r.application).toMatchObject({ failmode: 'secure', failmodeLine: 8, host: 'api-87654321.duosecurity.com' });
    expect(r.application.unixGroups).toEqual(['builders', 'release managers', '*,!robots']);
    expect(r.effect).toBe('runs');
    expect(r.secretsDropped).toBe(2);
    // gecos_delim, gecos_username_pos, verified_push, dev_fips_mode … are real options, not errors.
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringContaining('dev_fips_mode is deprecated')]);
    expect(r.warnings.some((w) => w.severity === 'critical')).toBe(false);
  });

  it('an indented how-to snippet swallows skey and host: CRITICAL, Duo Unix lets every login through', () => {
    const file = 'duo-unix/pam_duo-indented-snippet.conf';
    const r = ok(parseDuoUnixConfig(readFixture(file), file));
    expect(r.effect).toBe('allows-every-login');
    const critical = r.warnings.filter((w) => w.severity === 'critical');
    expect(critical).toHaveLength(1);
    expect(critical[0]!.message).toMatch(
      /host, skey are missing or empty.*line 4 is indented, so it was read as part of "ikey".*lets EVERY login through without it/,
    );
    expect(r.warnings.filter((w) => /continuation of "ikey" \(line 3\), not as the option "skey"/.test(w.message))).toHaveLength(1);
    // failmode = safe on line 6 was swallowed as well: Duo Unix never set it (default safe).
    expect(r.application.failmodeSource).toBe('default');
    expect(JSON.stringify(r)).not.toMatch(/S3CR3T|DIKEYVAL/);
  });

  it('an unknown option stops Duo Unix at that line with failmode safe: the error says every login goes through', () => {
    const file = 'duo-unix/pam_duo-typo-option.conf';
    const r = parseDuoUnixConfig(readFixture(file), file);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          file,
          line: 5,
          message: expect.stringMatching(
            /unknown option "autopsuh".*Parse error in pam_duo-typo-option, line 5.*failmode safe \(the default.*lets EVERY login through without 2FA/,
          ),
        },
      ],
    });
  });

  it("motd is login_duo's own option (login_duo.c): accepted there, an error for pam_duo", () => {
    const text = readFixture('duo-unix/login_duo-motd.conf');
    expect(ok(parseDuoUnixConfig(text, 'duo-unix/login_duo-motd.conf')).target).toBe('login_duo');
    const r = parseDuoUnixConfig(text, '/etc/duo/pam_duo.conf');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/login_duo only/);
  });

  it('every group negated: CRITICAL, no user matches so 2FA is skipped for everyone (util.c duo_groups_all_negated)', () => {
    const r = ok(parseDuoUnixConfig(readFixture('duo-unix/pam_duo-all-negated.conf'), 'pam_duo-all-negated.conf'));
    expect(r.effect).toBe('allows-every-login');
    expect(r.warnings.filter((w) => w.severity === 'critical').map((w) => w.message)).toEqual([
      expect.stringContaining('every group pattern is negated'),
    ]);
  });

  it.each([
    // [text after the keys, failmode, effect, critical?]
    ['failmode = secure\n', 'secure', 'runs', false],
    ['failmode = safe\n    secure\n', 'secure', 'runs', false], // an indented line re-runs failmode with "secure"
    ['groups = a\n\n  b\n', 'safe', 'runs', false], // a blank line does not end the continuation
    ['autopush = yes\nverified_push = on\n', 'safe', 'allows-every-login', true],
    ['autopush = yes\nverified_push = on\nfailmode = secure\n', 'secure', 'refuses-every-login', true],
    ['autopush = maybe\nverified_push = on\n', 'safe', 'runs', false], // "maybe" is off
    ['gecos_parsed = yes\n', 'safe', 'runs', false],
  ] as const)('after the keys %j → failmode %s, %s', (tail, failmode, effect, critical) => {
    const r = ok(p(`[duo]\n${KEYS}${tail}`));
    expect(r.application.failmode).toBe(failmode);
    expect(r.effect).toBe(effect);
    expect(r.warnings.some((w) => w.severity === 'critical')).toBe(critical);
  });

  it.each([
    ['[duo]\nikey = x\nskey = y\n', 'host is missing'],
    ['[duo]\nikey = x\nskey =\nhost = h\n', 'skey is missing or empty'],
    ['[duo]\nikey = x\nskey = y\nhost = h\n  [other]\n', null], // "[other]" is a continuation of host, not a section
  ])('%j → %s', (text, msg) => {
    const r = ok(p(text));
    if (msg === null) {
      expect(r.warnings.map((w) => w.message)).toEqual([expect.stringContaining('not as a section header')]);
      expect(r.application.host).toBeNull(); // host now holds the swallowed line: not kept
      return;
    }
    expect(r.warnings.find((w) => w.severity === 'critical')?.message).toContain(msg);
  });

  it.each([
    ['gecos_delim = ::\n', 'exactly one character'],
    ['gecos_delim = :\n', 'other than ":"'],
    ['gecos_delim = a\n', 'punctuation'],
    ['gecos_username_pos = 0\n', 'from 1'],
    ['Failmode = secure\n', 'unknown option "Failmode"'],
    ['[duo\n', 'malformed section header'],
  ])('%j is a parse error for Duo Unix (%s)', (tail, msg) => {
    const r = p(`[duo]\n${tail}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ file: '/etc/duo/pam_duo.conf', line: 2, message: expect.stringContaining(msg) }]);
  });

  it('an indented "#" line is a value, not a comment: after failmode it is a bad failmode (line 3)', () => {
    const r = p('[duo]\nfailmode = secure\n  # a note\n');
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          file: '/etc/duo/pam_duo.conf',
          line: 3,
          message: expect.stringMatching(/failmode must be exactly.*failmode secure \(line 2\), refuses every login/),
        },
      ],
    });
  });

  it('the failmode read before the bad line decides: secure → every login refused', () => {
    const r = p('[duo]\nfailmode = secure\nbogus = 1\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/failmode secure \(line 2\), refuses every login/);
  });
});
