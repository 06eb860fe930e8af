// authproxy.cfg parser: one table row per fixture (applications, failmodes, default marking, errors
// with file and line), the Auth Proxy's own rules, and parse(render(config)) = config (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authProxyServerType, isAuthProxySecretKey, parseAuthProxyConfig, renderAuthProxyConfig } from '../../../lib/parsers/authproxy';
import type { AuthProxyConfig, AuthProxyParseResult, AuthProxyParseSuccess } from '../../../lib/parsers/authproxy';
import type { SourceError } from '../../../lib/parsers/common';
import { readFixture } from './helpers';

function ok(r: AuthProxyParseResult): AuthProxyParseSuccess {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r;
}

function errorsOf(r: AuthProxyParseResult): SourceError[] {
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

type AppRow = [
  section: string,
  type: 'radius' | 'ldap',
  failmode: 'safe' | 'secure',
  source: 'configured' | 'default',
  port: number | null,
  client: string | null,
];

const VALID: { file: string; apps: AppRow[]; warnings?: RegExp[] }[] = [
  {
    file: 'authproxy/authproxy01.cfg',
    apps: [
      ['radius_server_auto', 'radius', 'secure', 'configured', 1812, 'ad_client'],
      ['ldap_server_auto', 'ldap', 'safe', 'default', 389, 'ad_client'],
    ],
  },
  {
    file: 'authproxy/authproxy-numbered.cfg',
    apps: [
      ['radius_server_auto', 'radius', 'secure', 'configured', 1812, 'radius_client'],
      ['radius_server_auto2', 'radius', 'safe', 'configured', 18120, 'radius_client'],
      ['radius_server_iframe3', 'radius', 'safe', 'default', 18130, 'radius_client'],
      ['radius_server_duo_only', 'radius', 'secure', 'configured', 18140, 'duo_only_client'],
      ['ldap_server_auto2', 'ldap', 'safe', 'configured', 1389, 'radius_client'],
    ],
    // The proxy's own config check (lib/validation/config/check/cross_config.py, ldap_server_auto.py).
    warnings: [
      /client in \[radius_server_duo_only\] has no effect/,
      /\[ldap_server_auto2\] has no api_host/,
      /ldap_server_auto section needs an \[ad_client\]/,
    ],
  },
  {
    file: 'authproxy/authproxy-templated.cfg',
    apps: [
      ['radius_server_challenge', 'radius', 'secure', 'configured', null, 'ad_client'],
      ['radius_server_eap', 'radius', 'safe', 'default', 1813, 'ad_client'],
    ],
    warnings: [/port in \[radius_server_challenge\] is not a number/],
  },
  {
    file: 'authproxy/authproxy-windows.cfg',
    apps: [['ldap_server_auto', 'ldap', 'secure', 'configured', 636, 'ad_client']],
  },
  {
    file: 'authproxy/authproxy-unknown-section.cfg',
    apps: [['radius_server_concat', 'radius', 'safe', 'default', 1812, 'ad_client']],
    warnings: [
      /\[radius_server_concat\] has no api_host/,
      /failmode in \[ad_client\] has no effect/,
      /unknown section \[my_custom_section\]/,
    ],
  },
];

describe('authproxy.cfg fixtures (valid)', () => {
  it.each(VALID)('$file', ({ file, apps, warnings }) => {
    const r = ok(parseAuthProxyConfig(readFixture(file), file));
    expect(r.file).toBe(file);
    expect(r.applications.map((a) => [a.section, a.type, a.failmode, a.failmodeSource, a.port, a.client])).toEqual(apps);
    for (const a of r.applications) {
      if (a.failmodeSource === 'default') expect(a.failmodeLine).toBeNull();
      else expect(a.failmodeLine).toBeGreaterThan(a.line);
    }
    const messages = r.warnings.map((w) => w.message);
    for (const w of warnings ?? []) expect(messages.some((m) => w.test(m))).toBe(true);
    expect(r.warnings.length).toBe((warnings ?? []).length);
  });

  it('keeps ; and # inside values, empty values, and drops every secret key and ikey', () => {
    const r = ok(parseAuthProxyConfig(readFixture('authproxy/authproxy-windows.cfg'), 'w.cfg'));
    const ad = r.config.sections.find((s) => s.name === 'ad_client')!;
    expect(ad.entries).toContainEqual({ key: 'search_dn', value: 'OU=Staff;OU=Users,DC=example,DC=com' });
    expect(ad.entries).toContainEqual({ key: 'security_group_dn', value: 'CN=RDP #1,OU=Groups,DC=example,DC=com' });
    const main = r.config.sections.find((s) => s.name === 'main')!;
    expect(main.entries).toEqual([
      { key: 'http_proxy_host', value: '' },
      { key: 'http_proxy_port', value: '' },
    ]);
    const keys = r.config.sections.flatMap((s) => s.entries.map((e) => e.key));
    expect(keys).not.toContain('ikey');
    expect(keys.filter((k) => isAuthProxySecretKey(k))).toEqual([]);
    expect(r.droppedSecrets.map((d) => [d.section, d.key, d.line])).toEqual([
      ['ad_client', 'service_account_password_protected', 9],
      ['ldap_server_auto', 'ikey', 14],
      ['ldap_server_auto', 'skey_protected', 15],
    ]);
  });

  it('reads the BOM / CRLF file like its LF twin', () => {
    const crlf = readFixture('authproxy/authproxy-windows.cfg');
    expect(crlf.charCodeAt(0)).toBe(0xfeff);
    expect(crlf).toContain('\r\n');
    const lf = crlf.slice(1).replace(/\r\n/g, '\n');
    expect(ok(parseAuthProxyConfig(crlf, 'x')).applications).toEqual(ok(parseAuthProxyConfig(lf, 'x')).applications);
  });
});

const INVALID: { file: string; errors: [line: number, message: RegExp][] }[] = [
  {
    file: 'authproxy/invalid-duplicate-section.cfg',
    errors: [[15, /duplicate section \[RADIUS_SERVER_AUTO\]: already defined at line 4/]],
  },
  {
    file: 'authproxy/invalid-duplicate-key.cfg',
    errors: [
      [9, /duplicate key "radius_secret_1" in \[radius_server_auto\]: already set at line 8/],
      [12, /duplicate key "Port" in \[radius_server_auto\]: already set at line 11/],
    ],
  },
  {
    file: 'authproxy/invalid-failmode.cfg',
    errors: [[10, /failmode in \[radius_server_auto\] must be safe or secure \(case-insensitive\), got "open"/]],
  },
  {
    file: 'authproxy/invalid-syntax.cfg',
    errors: [
      [4, /expected "key = value", a \[section\] header or a full-line comment/],
      [6, /malformed section header/],
    ],
  },
];

describe('authproxy.cfg fixtures (invalid)', () => {
  it.each(INVALID)('$file', ({ file, errors }) => {
    const r = errorsOf(parseAuthProxyConfig(readFixture(file), file));
    expect(r.map((e) => e.file)).toEqual(errors.map(() => file));
    expect(r.map((e) => e.line)).toEqual(errors.map(([line]) => line));
    r.forEach((e, i) => expect(e.message).toMatch(errors[i]![1]));
  });
});

describe('Auth Proxy rules', () => {
  const p = (text: string) => parseAuthProxyConfig(text, 't.cfg');

  it('treats # and ; as comments only at the start of a line', () => {
    const r = ok(p('  # comment\n\t; comment\n[ad_client]\nhost = 10.0.0.1 ; primary DC\nsearch_dn = #1\n'));
    expect(r.config.sections).toEqual([
      {
        name: 'ad_client',
        entries: [
          { key: 'host', value: '10.0.0.1 ; primary DC' },
          { key: 'search_dn', value: '#1' },
        ],
      },
    ]);
  });

  it('a ; after the failmode value makes it invalid (the value is not cut)', () => {
    const errors = errorsOf(p('[radius_server_auto]\nfailmode = secure ; fail closed\n'));
    expect(errors).toEqual([{ file: 't.cfg', line: 2, message: expect.stringContaining('got "secure ; fail closed"') }]);
  });

  it('accepts key=value and key = value, failmode in any case, absent failmode = safe (default)', () => {
    const r = ok(p('[radius_server_auto]\nfailmode=SeCuRe\n[radius_server_auto1]\nfailmode =   safe  \n[ldap_server_auto]\nport=389\n'));
    expect(r.applications.map((a) => [a.section, a.failmode, a.failmodeSource])).toEqual([
      ['radius_server_auto', 'secure', 'configured'],
      ['radius_server_auto1', 'safe', 'configured'],
      ['ldap_server_auto', 'safe', 'default'],
    ]);
  });

  it('recognises every server section type, numbered, and nothing else', () => {
    for (const t of ['auto', 'iframe', 'challenge', 'concat', 'duo_only', 'eap']) {
      expect(authProxyServerType(`radius_server_${t}`)).toBe('radius');
      expect(authProxyServerType(`radius_server_${t}12`)).toBe('radius');
    }
    expect(authProxyServerType('ldap_server_auto')).toBe('ldap');
    expect(authProxyServerType('ldap_server_auto3')).toBe('ldap');
    for (const s of ['radius_server', 'radius_server_foo', 'ldap_server_iframe', 'radius_client', 'ad_client', 'radius_server_auto_2']) {
      expect(authProxyServerType(s)).toBeNull();
    }
  });

  it('an empty failmode value is an error naming the line', () => {
    expect(errorsOf(p('[ldap_server_auto]\n\nfailmode=\n'))).toEqual([
      { file: 't.cfg', line: 3, message: expect.stringContaining('got ""') },
    ]);
  });

  it('a key before any section is an error', () => {
    expect(errorsOf(p('debug=true\n[main]\n'))[0]).toMatchObject({ line: 1, message: expect.stringContaining('outside a section') });
  });

  it('reports every error in the file, not only the first', () => {
    const errors = errorsOf(p('[main]\n[Main]\n[radius_server_auto]\nfailmode=x\nport=1\nport=2\n'));
    expect(errors.map((e) => e.line)).toEqual([2, 4, 6]);
  });

  it('warns when a server section uses a client section that is not in the file', () => {
    const r = ok(p('[radius_server_auto]\nikey=DIKEY\nskey=S3CR3T-x\napi_host=api-x.duosecurity.com\nclient=ad_client\n'));
    expect(r.warnings).toEqual([{ file: 't.cfg', line: 5, message: expect.stringContaining('no [ad_client] client section') }]);
  });

  // duoauthproxy lib/config_provider.py get_section_client + lib/validation/config/check/cross_config.py
  // check_server_client_mapping; base.py / ldap_server_auto.py: ikey, skey, api_host required.
  const KEYS = 'ikey=DIKEY\nskey=S3CR3T-x\napi_host=api-x.duosecurity.com\n';
  it.each([
    // [file text, expected warnings]
    [
      `[radius_server_auto]\n${KEYS}client=radius_server_auto\n`,
      [/uses client "radius_server_auto" but the file has no \[radius_server_auto\] client section/],
    ],
    [`[radius_server_auto]\n${KEYS}\n[ad_client]\nhost=dc1\n`, []], // the only client section is inferred
    [
      `[main]\nclient=ad_client2\n[radius_server_auto]\n${KEYS}\n[ad_client]\nhost=dc1\n`,
      [/uses client "ad_client2" \(inferred\) but the file has no \[ad_client2\]/],
    ],
    [`[radius_server_auto]\n${KEYS}`, [/names no client section/]],
    [`[radius_server_auto]\n${KEYS}\n[ad_client]\nhost=dc1\n[radius_client]\nhost=r1\n`, [/names no client section/]], // two clients: nothing to infer
    [`[ldap_server_auto]\n${KEYS}\n[ad_client]\nhost=dc1\n[radius_client]\nhost=r1\n`, []], // ldap takes the only ad_client
    [`[radius_server_duo_only]\n${KEYS}`, []],
    [
      `[radius_server_auto]\nikey=DIKEY\nskey_protected=S3CR3T-x\nclient=ad_client\n[ad_client]\nhost=dc1\n`,
      [/has no api_host: the Auth Proxy cannot reach Duo/],
    ],
    [`[radius_server_auto]\napi_host=api-x.duosecurity.com\nclient=ad_client\n[ad_client]\nhost=dc1\n`, [/has no ikey, skey:/]],
  ] as const)('%j → warnings %s', (text, expected) => {
    const r = ok(p(text));
    expect(r.warnings.map((w) => w.message)).toEqual(expected.map((re) => expect.stringMatching(re)));
  });

  it('accepts an empty file and a file without server sections (with a warning)', () => {
    expect(ok(p('')).applications).toEqual([]);
    const r = ok(p('[main]\ndebug=true\n'));
    expect(r.applications).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringContaining('protects no application')]);
  });

  it('classifies secret keys', () => {
    for (const k of [
      'skey',
      'SKEY',
      'secret',
      'radius_secret',
      'radius_secret_1',
      'radius_secret_12',
      'skey_protected',
      'radius_secret_2_protected',
      'service_account_password',
      'service_account_password_protected',
      'ikey',
    ]) {
      expect(isAuthProxySecretKey(k)).toBe(true);
    }
    for (const k of [
      'host',
      'port',
      'client',
      'failmode',
      'api_host',
      'search_dn',
      'service_account_username',
      'radius_ip_1',
      'ssl_key_path',
    ]) {
      expect(isAuthProxySecretKey(k)).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Round trip

const SERVER_NAMES = [
  'radius_server_auto',
  'radius_server_iframe',
  'radius_server_challenge',
  'radius_server_concat',
  'radius_server_duo_only',
  'radius_server_eap',
  'ldap_server_auto',
];

const sectionNameArb = fc.oneof(
  fc.tuple(fc.constantFrom(...SERVER_NAMES), fc.constantFrom('', '2', '3', '10')).map(([a, b]) => a + b),
  fc.constantFrom('main', 'cloud', 'sso', 'ad_client', 'radius_client', 'duo_only_client', 'http_proxy'),
  fc.stringMatching(/^[A-Za-z0-9_.-][A-Za-z0-9_. -]{0,20}[A-Za-z0-9_.-]$/),
);
const keyArb = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,15}$/)
  .filter((k) => !isAuthProxySecretKey(k) && k.toLowerCase() !== 'failmode');
const valueArb = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((v) => v === v.trim() && !/[\r\n]/.test(v));
const failmodeArb = fc.constantFrom('safe', 'secure', 'SAFE', 'Secure', 'sEcUrE');

const configArb: fc.Arbitrary<AuthProxyConfig> = fc
  .uniqueArray(sectionNameArb, { selector: (s) => s.toLowerCase(), maxLength: 8 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc
          .record({
            entries: fc.uniqueArray(fc.record({ key: keyArb, value: valueArb }), { selector: (e) => e.key.toLowerCase(), maxLength: 6 }),
            failmode: fc.option(failmodeArb, { nil: undefined }),
          })
          .map(({ entries, failmode }) => ({
            name,
            entries:
              authProxyServerType(name) !== null && failmode !== undefined ? [...entries, { key: 'failmode', value: failmode }] : entries,
          })),
      ),
    ),
  )
  .map((sections) => ({ sections }));

describe('round trip (fast-check)', () => {
  it('parse(render(config)).config = config, with one application per server section', () => {
    fc.assert(
      fc.property(configArb, (cfg) => {
        const r = parseAuthProxyConfig(renderAuthProxyConfig(cfg), 'p.cfg');
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(r.config).toEqual(cfg);
        const servers = cfg.sections.filter((s) => authProxyServerType(s.name) !== null);
        expect(r.applications.map((a) => a.section)).toEqual(servers.map((s) => s.name));
        r.applications.forEach((a, i) => {
          const fm = servers[i]!.entries.find((e) => e.key === 'failmode');
          expect(a.failmode).toBe(fm ? fm.value.toLowerCase() : 'safe');
          expect(a.failmodeSource).toBe(fm ? 'configured' : 'default');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('render is stable: render(parse(render(c))) = render(c)', () => {
    fc.assert(
      fc.property(configArb, (cfg) => {
        const text = renderAuthProxyConfig(cfg);
        expect(renderAuthProxyConfig(ok(parseAuthProxyConfig(text, 'p.cfg')).config)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
