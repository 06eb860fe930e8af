// detectFormat: the content decides; the file name only breaks ties.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../lib/parsers/detect';
import { readFixture } from './helpers';

describe('detectFormat on the fixtures', () => {
  it.each([
    ['authproxy/authproxy01.cfg', 'authproxy'],
    ['authproxy/authproxy-numbered.cfg', 'authproxy'],
    ['authproxy/authproxy-templated.cfg', 'authproxy'],
    ['authproxy/authproxy-windows.cfg', 'authproxy'],
    ['authproxy/authproxy-unknown-section.cfg', 'authproxy'],
    ['authproxy/invalid-duplicate-section.cfg', 'authproxy'],
    ['authproxy/invalid-failmode.cfg', 'authproxy'],
    ['duo-unix/login_duo.conf', 'duo-unix'],
    ['duo-unix/pam_duo.conf', 'duo-unix'],
    ['duo-unix/invalid-failmode-capital.conf', 'duo-unix'],
    ['admin-api/integrations.json', 'duo-admin-api'],
    ['admin-api/integrations-bare.json', 'duo-admin-api'],
    ['admin-api/invalid-fail-envelope.json', 'duo-admin-api'],
    ['inventory/inventory.json', 'inventory'],
    ['inventory/inventory.csv', 'inventory'],
    ['inventory/inventory-invalid.json', 'inventory'],
  ] as const)('%s → %s (by content, under any file name)', (file, expected) => {
    const text = readFixture(file);
    expect(detectFormat(text, file)).toBe(expected);
    expect(detectFormat(text, 'upload.bin')).toBe(expected);
    expect(detectFormat(text)).toBe(expected);
  });
});

describe('detectFormat edge cases', () => {
  it('tells an INI file starting with [section] from a JSON array', () => {
    expect(detectFormat('[main]\ndebug=true\n')).toBe('authproxy');
    expect(detectFormat('[]')).toBe('duo-admin-api');
    expect(detectFormat('[duo]\nfailmode=safe\n')).toBe('duo-unix');
  });

  it('reads a CSV inventory header in any column order', () => {
    expect(detectFormat('integration,"Name",mfaMandate,criticality,configuredFailmode\r\nokta,A,none,low,none\r\n')).toBe('inventory');
  });

  it('reads a Duo Unix conf without a section by its option names', () => {
    expect(detectFormat('ikey = x\nskey = y\nhost = api-x.duosecurity.com\n')).toBe('duo-unix');
  });

  it('uses the file name when the content does not decide', () => {
    expect(detectFormat('', 'authproxy.cfg')).toBe('authproxy');
    expect(detectFormat('', '/etc/duo/login_duo.conf')).toBe('duo-unix');
    expect(detectFormat('# nothing yet\n', 'pam_duo.conf')).toBe('duo-unix');
    expect(detectFormat('', 'inventory.csv')).toBe('inventory');
  });

  it('sends broken JSON to a JSON parser', () => {
    expect(detectFormat('{"version": 1, ')).toBe('inventory');
    expect(detectFormat('[{"name": "x", ')).toBe('duo-admin-api');
  });

  it('returns null for content it cannot place', () => {
    expect(detectFormat('hello world\nthis is not a config')).toBeNull();
    expect(detectFormat('\u0000\u0001\u0002')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });
});
