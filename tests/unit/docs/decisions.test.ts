// Decision records follow docs/decisions/TEMPLATE.md (issue 17): the number of the file name in the
// title, a date and a status, then Context, Decision and Consequences in that order.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(__dirname, '../../../docs/decisions');
const records = readdirSync(DIR).filter((f) => /^\d{4}-.+\.md$/.test(f));

describe('decision records', () => {
  it('exist, one number each', () => {
    expect(records.length).toBeGreaterThan(10);
    const numbers = records.map((f) => f.slice(0, 4));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(records)('%s follows the template', (file) => {
    const lines = readFileSync(path.join(DIR, file), 'utf8').split('\n');
    expect(lines[0]).toMatch(new RegExp(`^# ${file.slice(0, 4)} — \\S`));
    expect(lines[2]).toMatch(/^Date: \d{4}-\d{2}-\d{2} · Status: (proposed|accepted|superseded)/);
    const sections = lines.filter((l) => /^## /.test(l));
    expect(sections).toEqual(['## Context', '## Decision', '## Consequences']);
  });
});
