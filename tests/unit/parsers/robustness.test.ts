// Random bytes and strings never crash a parser: every call returns a result object (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLogLine } from '../../../lib/logs/analyze';
import { parseAuthProxyConfig } from '../../../lib/parsers/authproxy';
import { IMPORT_FORMATS } from '../../../lib/parsers/common';
import { detectFormat } from '../../../lib/parsers/detect';
import { parseDuoAdminApiIntegrations } from '../../../lib/parsers/duo-admin-api';
import { parseDuoUnixConfig } from '../../../lib/parsers/duo-unix';
import { importArtefacts, parseSource } from '../../../lib/parsers/index';
import { inventorySchema } from '../../../lib/validations/inventory';
import { fixturesIn, readFixture } from './helpers';

type Result = { ok: true } | { ok: false; errors: { file: string; message: string }[] };

function wellFormed(r: Result): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.file).toBe('string');
      expect(typeof e.message).toBe('string');
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
}

function everyParser(text: string): void {
  wellFormed(parseAuthProxyConfig(text, 'f.cfg'));
  wellFormed(parseDuoUnixConfig(text, 'f.conf'));
  wellFormed(parseDuoAdminApiIntegrations(text, 'f.json'));
  const fmt = detectFormat(text, 'f');
  expect(fmt === null || (IMPORT_FORMATS as readonly string[]).includes(fmt)).toBe(true);
  for (const f of [...IMPORT_FORMATS, 'auto' as const]) wellFormed(parseSource({ file: 'f', text }, f));
  const merged = importArtefacts([{ file: 'f', text }]);
  wellFormed(merged);
  if (merged.ok) expect(inventorySchema.safeParse(merged.inventory).success).toBe(true);
  for (const line of text.split(/\r\n|\n|\r/).slice(0, 50)) expect(['event', 'ignored', 'unparsed']).toContain(classifyLogLine(line).class);
}

/** Text built from the tokens these formats are made of, so the fuzzing reaches deep paths. */
const TOKENS = [
  '[',
  ']',
  '=',
  ' ',
  '\t',
  ';',
  '#',
  '\r\n',
  '\n',
  '\r',
  '{',
  '}',
  '"',
  ',',
  ':',
  '[duo]',
  '[main]',
  '[radius_server_auto]',
  '[ldap_server_auto2]',
  'failmode',
  'safe',
  'secure',
  'Secure',
  'port',
  'client',
  'skey',
  'S3CR3T',
  '"stat"',
  '"OK"',
  '"response"',
  '"name"',
  '"type"',
  '"groups_allowed"',
  'null',
  '[]',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  'é',
  '😀',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));

describe('robustness (fast-check)', () => {
  it('random strings (any code unit, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), everyParser), { numRuns: 300 });
  });

  it('random bytes decoded as UTF-8 and as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        everyParser(Buffer.from(bytes).toString('utf8'));
        everyParser(Buffer.from(bytes).toString('latin1'));
      }),
      { numRuns: 300 },
    );
  });

  it('texts made of format tokens', () => {
    fc.assert(fc.property(tokenText, everyParser), { numRuns: 500 });
  });

  it('fixtures with lines dropped, duplicated and swapped', () => {
    const texts = [...fixturesIn('authproxy'), ...fixturesIn('duo-unix'), ...fixturesIn('admin-api')].map(readFixture);
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'dup', 'swap', 'cut')), { maxLength: 6 }),
        (text, edits) => {
          const lines = text.split('\n');
          for (const [a, b, op] of edits) {
            if (lines.length === 0) break;
            const i = a % lines.length;
            const j = b % lines.length;
            if (op === 'drop') lines.splice(i, 1);
            else if (op === 'dup') lines.splice(i, 0, lines[i]!);
            else if (op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
            else lines[i] = lines[i]!.slice(0, b % (lines[i]!.length + 1));
          }
          everyParser(lines.join('\n'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('non-string input from untyped callers does not throw', () => {
    const junk = [undefined, null, 42, {}, []] as unknown as string[];
    for (const j of junk) {
      wellFormed(parseAuthProxyConfig(j, 'f'));
      wellFormed(parseDuoUnixConfig(j, 'f'));
      wellFormed(parseDuoAdminApiIntegrations(j, 'f'));
      detectFormat(j);
    }
  });
});
