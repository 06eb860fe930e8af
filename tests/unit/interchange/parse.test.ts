// The interchange parsers and renderers: errors name the file, line and JSON path and say what was
// expected; CSV follows RFC 4180 (quotes, CRLF, BOM) with the formula-injection guard.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardCell, parseCsvRecords, unguardCell } from '../../../lib/interchange/csv';
import { findJsonSyntaxError, formatJsonPath, locateJsonPaths } from '../../../lib/interchange/json-locate';
import { detectFormat, parseInventoryText, renderInventoryCsv, renderInventoryJson } from '../../../lib/interchange/parse';
import type { ParseResult } from '../../../lib/interchange/parse';

const ROOT = path.resolve(__dirname, '../../..');

function errorsOf(r: ParseResult) {
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

const APP = '{"name":"A","integration":"okta","mfaMandate":"none","criticality":"low","configuredFailmode":"none"}';

describe('JSON', () => {
  it('parses a minimal inventory and applies the defaults', () => {
    const r = parseInventoryText(`{"version":1,"applications":[${APP}]}`);
    expect(r).toEqual({
      ok: true,
      inventory: {
        version: 1,
        groups: [],
        applications: [
          {
            name: 'A',
            integration: 'okta',
            dataClasses: [],
            mfaMandate: 'none',
            criticality: 'low',
            configuredFailmode: 'none',
            groups: [],
          },
        ],
      },
    });
  });

  it('accepts a BOM', () => {
    expect(parseInventoryText(`\uFEFF{"version":1}`).ok).toBe(true);
  });

  it('a syntax error names the line and column', () => {
    const text = '{\n  "version": 1,\n  "applications": [\n    {"name": "x",, }\n  ]\n}\n';
    expect(errorsOf(parseInventoryText(text, { filename: 'inv.json' }))).toEqual([
      { file: 'inv.json', line: 4, column: 18, message: "invalid JSON: expected a property name in double quotes but found ','" },
    ]);
  });

  it.each([
    ['', 1, 'expected a JSON value but found end of input'],
    ['{"version": 1', 1, "expected ',' or '}' after a property value but found end of input"],
    ['{"version": 1}\n\n x', 3, 'expected end of input after the JSON value'],
    ['{\n"a": "b\nc"}', 2, 'control character U+000A inside a string'],
    ['[1, 2,]', 1, 'expected a JSON value'],
    ['{"a": tru}', 1, 'expected a JSON value'],
    ['{"a": "\\x"}', 1, 'invalid escape \\x'],
    ['\r\n\r\n{]', 3, 'expected a property name'],
  ])('syntax error in %j is on line %i', (text, line, message) => {
    const e = errorsOf(parseInventoryText(text, { format: 'json' }));
    expect(e).toHaveLength(1);
    expect(e[0]!.line).toBe(line);
    expect(e[0]!.message).toContain(message);
  });

  it('schema errors carry the JSON path, the line where the element begins and what was expected', () => {
    const text = [
      '{"version": 1, "groups": [],',
      '"applications": [',
      APP + ',',
      '{"name":"B","integration":"nope","mfaMandate":"none","criticality":"low","configuredFailmode":"none","extra":1},',
      '{"integration":"okta","mfaMandate":"none",',
      ' "criticality":"low","configuredFailmode":"none"}',
      ']}',
    ].join('\n');
    const e = errorsOf(parseInventoryText(text, { filename: 'f.json' }));
    expect(e.map((x) => [x.line, x.path])).toEqual([
      [4, 'applications[1].integration'],
      [4, 'applications[1].extra'],
      [5, 'applications[2].name'],
    ]);
    expect(e[0]!.message).toMatch(/Integration must be one of the catalog slugs: auth-proxy-radius, .*custom \(got "nope"\)/);
    expect(e[1]!.message).toBe(
      'unknown field "extra"; expected only: name, integration, dataClasses, mfaMandate, criticality, configuredFailmode, groups, owner, notes, onCallContact, escalation',
    );
    expect(e[2]!.message).toBe('required field "name" is missing');
    expect(e.every((x) => x.file === 'f.json')).toBe(true);
  });

  it('referential errors: an undefined group and duplicate names (case-insensitive)', () => {
    const text = JSON.stringify(
      {
        version: 1,
        groups: [
          { name: 'Staff', alwaysRequireMfa: false },
          { name: 'STAFF', alwaysRequireMfa: true },
        ],
        applications: [JSON.parse(APP), { ...JSON.parse(APP), name: 'a', groups: ['Ghost'] }],
      },
      null,
      2,
    );
    const e = errorsOf(parseInventoryText(text));
    expect(e.map((x) => [x.path, x.message])).toEqual([
      ['groups[1].name', 'Group "STAFF" is defined twice'],
      ['applications[1].name', 'Application "a" is defined twice'],
      ['applications[1].groups[0]', 'Group "Ghost" is not defined in "groups"'],
    ]);
    expect(e.every((x) => typeof x.line === 'number' && x.line > 1)).toBe(true);
  });

  it('rejects a group name with ";" and a group listed twice in different case', () => {
    const bad = { version: 1, groups: [{ name: 'a;b', alwaysRequireMfa: false }], applications: [] };
    expect(errorsOf(parseInventoryText(JSON.stringify(bad)))[0]!.message).toMatch(/must not contain ";"/);
    const dup = { version: 1, groups: [{ name: 'Staff' }], applications: [{ ...JSON.parse(APP), groups: ['Staff', 'staff'] }] };
    expect(errorsOf(parseInventoryText(JSON.stringify(dup)))[0]).toMatchObject({
      path: 'applications[0].groups',
      message: 'Groups must not repeat',
    });
  });

  it('a JSON value that is not an object', () => {
    expect(errorsOf(parseInventoryText('[1,2]', { format: 'json' }))[0]!.message).toMatch(/expected a JSON object/);
    expect(errorsOf(parseInventoryText('null', { format: 'json' }))[0]!.message).toMatch(/got null/);
  });

  it('wrong types say what they got', () => {
    const e = errorsOf(parseInventoryText(`{"version":1,"applications":[{"name":5}]}`));
    expect(e.find((x) => x.path === 'applications[0].name')).toMatchObject({
      line: 1,
      message: 'Name must be text (expected a string, got number)',
    });
    expect(e.find((x) => x.path === 'applications[0].integration')?.message).toMatch(
      /^required field "integration" is missing \(.*auth-proxy-radius.*custom\)$/,
    );
  });
});

describe('json-locate', () => {
  it('formats paths', () => {
    expect(formatJsonPath(['applications', 3, 'integration'])).toBe('applications[3].integration');
    expect(formatJsonPath(['policy', 'odd key'])).toBe('policy["odd key"]');
    expect(formatJsonPath([])).toBe('');
  });
  it('locates paths, falling back to the deepest existing prefix', () => {
    const text = '{\n "a": [\n  {"b": 1},\n  {\n   "c": 2\n  }\n ]\n}';
    const where = locateJsonPaths(text, [
      ['a', 1, 'c'],
      ['a', 0, 'missing'],
      ['a', 5],
    ]);
    expect(where.get('a[1].c')).toMatchObject({ line: 5, column: 4 });
    expect(where.get('a[0].missing')).toMatchObject({ line: 3 });
    expect(where.get('a[5]')).toMatchObject({ line: 2 });
  });
  it('says where strict JSON is broken', () => {
    expect(findJsonSyntaxError('{"a": 1 // note\n}')).toMatchObject({
      line: 1,
      column: 9,
      message: "expected ',' or '}' after a property value but found '/'",
    });
    expect(findJsonSyntaxError('[truex]')).toMatchObject({
      column: 6,
      message: "expected ',' or ']' after an array element but found 'x'",
    });
    expect(findJsonSyntaxError('[1.]')).toMatchObject({ column: 4, message: "expected a digit after '1.' but found ']'" });
    expect(findJsonSyntaxError('[1"x"]')).toMatchObject({
      column: 3,
      message: "expected ',' or ']' after an array element but found '\"'",
    });
    expect(findJsonSyntaxError('["a\\u12"]')).toMatchObject({ column: 4, message: 'invalid \\u escape (expected 4 hex digits)' });
    expect(findJsonSyntaxError('["a\tb"]')).toMatchObject({ column: 4, message: 'control character U+0009 inside a string (escape it)' });
    expect(findJsonSyntaxError('{"a": "b')).toMatchObject({ column: 7, message: 'unterminated string' });
    expect(findJsonSyntaxError('\u00a0{}')?.message).toBe("expected a JSON value but found '\u00a0'");
  });
  it('survives deep nesting without a stack overflow', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonSyntaxError(deep)?.message).toMatch(/end of input/);
    expect(findJsonSyntaxError(`${'['.repeat(1000)}${']'.repeat(1000)}`)).toBeNull();
  });
});

describe('format detection', () => {
  it.each([
    ['{}', {}, 'json'],
    ['name,integration\n', {}, 'csv'],
    ['"name","integration"\n', {}, 'csv'],
    ['hello', {}, 'json'],
    ['{}', { filename: 'x.CSV' }, 'csv'],
    ['name,x', { filename: 'x.json' }, 'json'],
    ['name,x', { format: 'json' as const }, 'json'],
  ])('%j %j → %s', (text, opts, expected) => {
    expect(detectFormat(text, opts)).toBe(expected);
  });
});

const CSV_HEADER = 'name,integration,dataClasses,mfaMandate,criticality,configuredFailmode,groups,owner,notes';

describe('CSV', () => {
  it('parses applications, implicit groups, CRLF, quoting and a BOM', () => {
    const text = `\uFEFF${CSV_HEADER}\r\nEHR,adfs-3-4,health;pii,all-users,critical,secure,Clinicians; Staff ,Clinical,"Notes, with ""quotes""\r\nand a line break"\r\nWiki,duo-sso,,none,low,none,,,\r\n`;
    const r = parseInventoryText(text, { filename: 'inv.csv' });
    expect(r).toEqual({
      ok: true,
      inventory: {
        version: 1,
        groups: [
          { name: 'Clinicians', alwaysRequireMfa: false },
          { name: 'Staff', alwaysRequireMfa: false },
        ],
        applications: [
          {
            name: 'EHR',
            integration: 'adfs-3-4',
            dataClasses: ['health', 'pii'],
            mfaMandate: 'all-users',
            criticality: 'critical',
            configuredFailmode: 'secure',
            groups: ['Clinicians', 'Staff'],
            owner: 'Clinical',
            notes: 'Notes, with "quotes"\r\nand a line break',
          },
          {
            name: 'Wiki',
            integration: 'duo-sso',
            dataClasses: [],
            mfaMandate: 'none',
            criticality: 'low',
            configuredFailmode: 'none',
            groups: [],
          },
        ],
      },
    });
  });

  it('columns in any order and case; optional columns may be left out', () => {
    const r = parseInventoryText('Criticality,NAME,configuredfailmode,mfaMandate,integration\nlow,A,none,none,okta\n', { format: 'csv' });
    expect(r.ok && r.inventory.applications[0]).toMatchObject({ name: 'A', criticality: 'low', groups: [], dataClasses: [] });
  });

  it('group and policy tables', () => {
    const text = [
      CSV_HEADER,
      'EHR,adfs-3-4,health,all-users,critical,secure,clinicians,,',
      '',
      'group,alwaysRequireMfa,memberCount,description',
      'Clinicians,true,420,Doctors',
      'Unused,no,,',
      '',
      'policy,value',
      'mandatoryDataClasses,health;pii',
      'reviewIntervalDays,90',
      'defaultLanguage,de',
    ].join('\n');
    const r = parseInventoryText(text, { format: 'csv' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.inventory.groups).toEqual([
      { name: 'Clinicians', alwaysRequireMfa: true, memberCount: 420, description: 'Doctors' },
      { name: 'Unused', alwaysRequireMfa: false },
    ]);
    expect(r.inventory.applications[0]!.groups).toEqual(['clinicians']);
    expect(r.inventory.policy).toEqual({ mandatoryDataClasses: ['health', 'pii'], reviewIntervalDays: 90, defaultLanguage: 'de' });
  });

  it('errors name the CSV line (and the column)', () => {
    const text = [CSV_HEADER, 'A,okta,,none,low,none,,,', 'B,oktaa,,none,low,nix,,,', 'C,,,none,low,none,,,'].join('\r\n');
    const e = errorsOf(parseInventoryText(text, { filename: 'inv.csv' }));
    expect(e.map((x) => [x.line, x.path])).toEqual([
      [3, 'applications[1].integration'],
      [3, 'applications[1].configuredFailmode'],
      [4, 'applications[2].integration'],
    ]);
    expect(e[0]!.message).toMatch(/^column "integration": Integration must be one of .* \(got "oktaa"\)$/);
    expect(e[2]!.message).toMatch(/^column "integration": .*expected one of: auth-proxy-radius, .*custom \(got ""\)$/);
    expect(e[0]!.file).toBe('inv.csv');
    // Referential checks run once the rows are valid: duplicates (case-insensitive) name their line.
    const dup = [CSV_HEADER, 'A,okta,,none,low,none,,,', 'b,okta,,none,low,none,,,', 'a,okta,,none,low,none,,,'].join('\n');
    expect(errorsOf(parseInventoryText(dup, { format: 'csv' }))).toEqual([
      { line: 4, path: 'applications[2].name', message: 'column "name": Application "a" is defined twice' },
    ]);
  });

  it.each([
    [`${CSV_HEADER}\nA,"okta,none\n`, 2, 'unterminated quoted field'],
    [`${CSV_HEADER}\nA,ok"ta,,none,low,none,,,\n`, 2, 'a quote (") inside an unquoted field'],
    [`${CSV_HEADER}\nA,"okta"x,,none,low,none,,,\n`, 2, 'unexpected character after a closing quote'],
    [`name,integration,bogus\n`, 1, 'unknown column "bogus"'],
    [`name,integration\n`, 1, 'missing columns mfaMandate, criticality, configuredFailmode'],
    [`${CSV_HEADER}\nA,okta,,none,low,none,,,,extra\n`, 2, '10 cells but the header has 9 columns'],
    [`${CSV_HEADER}\n\ngroup,alwaysRequireMfa\nG,maybe\n`, 4, 'column "alwaysRequireMfa": expected true or false, got "maybe"'],
    [`${CSV_HEADER}\n\ngroup,alwaysRequireMfa,memberCount\nG,true,-1\n`, 4, 'expected a whole number, got "-1"'],
    [`${CSV_HEADER}\n\npolicy,value\ncolour,blue\n`, 4, 'unknown policy setting "colour"'],
    [`${CSV_HEADER}\n\npolicy,value\nreviewIntervalDays,0\n`, 4, 'Review interval must be at least 1 day'],
    [`${CSV_HEADER}\n\npolicy,value\npaidEdition,perhaps\n`, 4, 'expected true or false'],
    [
      `${CSV_HEADER}\nA,okta,,none,low,none,,,\n"multi\nline",okta,,none,low,none,,,\n"x",nope,,none,low,none,,,\n`,
      5,
      'Integration must be one of',
    ],
  ])('malformed CSV %#: line %i', (text, line, message) => {
    const e = errorsOf(parseInventoryText(text, { format: 'csv' }));
    expect(e[0]!.line).toBe(line);
    expect(e[0]!.message).toContain(message);
  });

  it('an empty file asks for the header row', () => {
    expect(errorsOf(parseInventoryText('', { format: 'csv' }))[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/expected a header row/),
    });
  });

  it('records keep their starting physical line across quoted line breaks and CR-only line ends', () => {
    expect(parseCsvRecords('a,"x\ny"\rb\r\nc').map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'x\ny']],
      [3, ['b']],
      [4, ['c']],
    ]);
    expect(parseCsvRecords('a,').map((r) => r.cells)).toEqual([['a', '']]);
  });
});

describe('formula-injection guard', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    ['plain', 'plain'],
  ])('%j ↔ %j', (value, cell) => {
    expect(guardCell(value)).toBe(cell);
    expect(unguardCell(cell)).toBe(value);
  });

  it('rendered CSV never starts a cell with a formula character', () => {
    const csv = renderInventoryCsv({
      version: 1,
      groups: [{ name: '@admins', alwaysRequireMfa: false, description: '-x' }],
      applications: [
        {
          name: '=cmd|calc',
          integration: 'okta',
          dataClasses: [],
          mfaMandate: 'none',
          criticality: 'low',
          configuredFailmode: 'none',
          groups: ['@admins'],
          notes: '+1',
        },
      ],
    });
    const cells = parseCsvRecords(csv).flatMap((r) => r.cells);
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain("'=cmd|calc");
    const back = parseInventoryText(csv, { format: 'csv' });
    expect(back.ok && back.inventory.applications[0]!.name).toBe('=cmd|calc');
    expect(back.ok && back.inventory.groups[0]).toEqual({ name: '@admins', alwaysRequireMfa: false, description: '-x' });
  });
});

describe('rendering', () => {
  const inv = {
    version: 1 as const,
    policy: { reviewIntervalDays: 30, mandatoryDataClasses: ['health' as const] },
    groups: [{ name: 'G', alwaysRequireMfa: true, memberCount: 3 }],
    applications: [
      {
        name: 'A',
        integration: 'okta' as const,
        dataClasses: [],
        mfaMandate: 'none' as const,
        criticality: 'low' as const,
        configuredFailmode: 'none' as const,
        groups: ['G'],
        owner: 'me',
      },
    ],
  };

  it('JSON: stable key order, two-space indent, trailing newline', () => {
    const json = renderInventoryJson(inv);
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual(['version', 'policy', 'groups', 'applications']);
    expect(Object.keys(JSON.parse(json).policy)).toEqual(['mandatoryDataClasses', 'reviewIntervalDays']);
    expect(json).toContain('\n  "groups": [\n    {\n      "name": "G",');
    expect(renderInventoryJson(inv)).toBe(json);
  });

  it('CSV: CRLF, the three tables', () => {
    expect(renderInventoryCsv(inv)).toBe(
      [
        CSV_HEADER,
        'A,okta,,none,low,none,G,me,',
        '',
        'group,alwaysRequireMfa,memberCount,description',
        'G,true,3,',
        '',
        'policy,value',
        'mandatoryDataClasses,health',
        'reviewIntervalDays,30',
        '',
      ].join('\r\n'),
    );
  });
});

describe('examples', () => {
  const json = readFileSync(path.join(ROOT, 'examples/inventory.example.json'), 'utf8');
  const csv = readFileSync(path.join(ROOT, 'examples/inventory.example.csv'), 'utf8');

  it('the JSON and CSV examples are valid and describe the same inventory', () => {
    const a = parseInventoryText(json, { filename: 'inventory.example.json' });
    const b = parseInventoryText(csv, { filename: 'inventory.example.csv' });
    if (!a.ok || !b.ok) throw new Error('example invalid');
    expect(b.inventory).toEqual(a.inventory);
    expect(renderInventoryCsv(a.inventory)).toBe(csv);
    expect(a.inventory.applications.length).toBeGreaterThanOrEqual(8);
  });
});
