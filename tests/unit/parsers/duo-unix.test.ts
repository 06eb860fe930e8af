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

const VALID: { file: string; name: string; failmode: 'safe' | 'secure'; source: 'configured' | 'default'; failmodeLine: number | null; unixGroups: string[]; warnings: RegExp[] }[] = [
  { file: 'duo-unix/login_duo.conf', name: 'login_duo', failmode: 'secure', source: 'configured', failmodeLine: 11, unixGroups: [], warnings: [] },
  { file: 'duo-unix/pam_duo.conf', name: 'pam_duo', failmode: 'safe', source: 'default', failmodeLine: null, unixGroups: ['admins', 'ops team', '!contractors'], warnings: [] },
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
    expect(r.application).toEqual({ name, failmode, failmodeSource: source, failmodeLine, host: 'api-12345678.duosecurity.com', unixGroups });
    expect(r.warnings.map((w) => w.message)).toEqual(warnings.map((w) => expect.stringMatching(w)));
  });
});

describe('Duo Unix fixtures (invalid)', () => {
  it('failmode = Secure (capital S) is an error naming the line', () => {
    const file = 'duo-unix/invalid-failmode-capital.conf';
    const r = parseDuoUnixConfig(readFixture(file), file);
    expect(r).toEqual({
      ok: false,
      errors: [{ file, line: 5, message: expect.stringMatching(/failmode must be exactly safe or secure .*case-sensitively.*got "Secure"/) }],
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

  it('warns about a missing [duo] section, options elsewhere and unknown options', () => {
    const r = ok(p('failmode = secure\n[other]\nfoo = bar\n'));
    expect(r.application.failmode).toBe('secure');
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('before any section'),
      expect.stringContaining('in [other]'),
      expect.stringContaining('unknown option "foo"'),
      expect.stringContaining('no [duo] section'),
    ]);
  });

  it('drops skey, ikey and http_proxy without echoing them', () => {
    const r = ok(p('[duo]\nikey = DIKEYVAL9\nskey = S3CR3T-x\nhttp_proxy = http://user:S3CR3T-pw@proxy:3128\nhost = api-x.duosecurity.com\n'));
    expect(JSON.stringify(r)).not.toMatch(/S3CR3T|DIKEYVAL9|proxy:3128/);
  });
});
