// Property tests of the interchange format: render → parse is lossless for JSON and CSV, and no
// input string can crash the parsers (they answer ok:false with located errors instead).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../lib/interchange/csv';
import { findJsonSyntaxError } from '../../../lib/interchange/json-locate';
import { parseInventoryText, renderInventoryCsv, renderInventoryJson } from '../../../lib/interchange/parse';
import type { ParseResult } from '../../../lib/interchange/parse';
import { inventorySchema } from '../../../lib/validations/inventory';
import { inventoryArb } from '../domain/arbitraries';

const canonical = inventoryArb.map((raw) => inventorySchema.parse(raw));

function checkResult(r: ParseResult): void {
  if (r.ok) {
    expect(inventorySchema.safeParse(r.inventory).success).toBe(true);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.message).toBe('string');
      expect(e.message.length).toBeGreaterThan(0);
      if (e.line !== undefined) expect(e.line).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('round trips', () => {
  it('parse(renderInventoryJson(inv)) = inv', () => {
    fc.assert(
      fc.property(canonical, (inv) => {
        const r = parseInventoryText(renderInventoryJson(inv), { format: 'auto' });
        expect(r).toEqual({ ok: true, inventory: inv });
      }),
      { numRuns: 300 },
    );
  });

  it('parse(renderInventoryCsv(inv)) = inv', () => {
    fc.assert(
      fc.property(canonical, (inv) => {
        const csv = renderInventoryCsv(inv);
        const r = parseInventoryText(csv, { format: 'csv' });
        expect(r).toEqual({ ok: true, inventory: inv });
        // auto-detection recognises the rendered CSV
        expect(parseInventoryText(csv).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rendering is stable: render(parse(render(inv))) = render(inv)', () => {
    fc.assert(
      fc.property(canonical, (inv) => {
        const json = renderInventoryJson(inv);
        const csv = renderInventoryCsv(inv);
        const a = parseInventoryText(json);
        const b = parseInventoryText(csv, { format: 'csv' });
        if (!a.ok || !b.ok) throw new Error('round trip failed');
        expect(renderInventoryJson(a.inventory)).toBe(json);
        expect(renderInventoryCsv(b.inventory)).toBe(csv);
      }),
      { numRuns: 100 },
    );
  });
});

describe('robustness', () => {
  const formats = ['json', 'csv', 'auto'] as const;

  it('random strings never crash the parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...formats), (text, format) => {
        checkResult(parseInventoryText(text, { format }));
      }),
      { numRuns: 1000 },
    );
  });

  it('strings made of JSON/CSV punctuation never crash the parser', () => {
    const unit = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      '\\',
      'u',
      '1',
      '-',
      'e',
      '.',
      ' ',
      '\n',
      '\r',
      ';',
      "'",
      '=',
      'a',
      'name',
      'version',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.constantFrom(...formats), (text, format) => {
        checkResult(parseInventoryText(text, { format }));
      }),
      { numRuns: 1000 },
    );
  });

  it('arbitrary JSON values never crash the parser, and the locator agrees with JSON.parse', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        checkResult(parseInventoryText(text, { format: 'json' }));
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('the JSON locator finds an error exactly when JSON.parse fails', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', ' '), (json, at, insert) => {
        const i = at % (json.length + 1);
        const text = json.slice(0, i) + insert + json.slice(i);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it('… also for what a lenient JSON reader would take: comments, other whitespace, odd numbers and escapes', () => {
    const inserts = ['/', '//', '/*', '\\', 'u', '-', '.', 'e', '0', '\uFEFF', '\u00a0', '\u000b', '\u0001', '\n', 'tr', 'ue'];
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(...inserts), fc.boolean(), (json, at, insert, replace) => {
        const i = at % (json.length + 1);
        const text = json.slice(0, i) + insert + json.slice(replace ? i + 1 : i);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it('truncated or corrupted valid inventories never crash the parser', () => {
    fc.assert(
      fc.property(canonical, fc.nat(), fc.nat(), fc.boolean(), (inv, cut, flip, csv) => {
        const text = csv ? renderInventoryCsv(inv) : renderInventoryJson(inv);
        const i = cut % (text.length + 1);
        const corrupted = text.slice(0, i) + String.fromCharCode(32 + (flip % 95)) + text.slice(i + 1);
        checkResult(parseInventoryText(corrupted, { format: csv ? 'csv' : 'json' }));
        checkResult(parseInventoryText(text.slice(0, i), { format: csv ? 'csv' : 'json' }));
      }),
      { numRuns: 300 },
    );
  });

  it('CSV records: rendering cells and parsing them back is lossless', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const q = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
          const text = rows.map((r) => r.map(q).join(',')).join('\r\n');
          expect(parseCsvRecords(text).map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});
