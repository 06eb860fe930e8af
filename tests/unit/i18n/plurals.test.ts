// Issue 18.6: "2 warning", "Import 1 application(s) and 0 group(s)". A number that a noun follows
// is an ICU plural in every message of both languages; no "(s)", "(en)" or "(n)" stands in for one.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import de from '../../../messages/de.json';
import en from '../../../messages/en.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v] as [string, string]] : flatten(v, key);
  });
}

/** Arguments that hold a number of things (by name). */
const COUNT_LIKE = /^(count|n|total|apps|groups|applications|ready|shown|days|hours|minutes|seconds|items|users|members|[a-z]+Count)$/;
/** Words after a number that do not change with it ("3 of 5", "2 more", "7 in all", "4 von 9", "3 weitere"). */
const INVARIANT_NEXT = {
  en: new Set(['of', 'in', 'more', 'selected', 'shown', 'critical', 'info']),
  de: new Set(['von', 'insgesamt', 'weitere', 'ausgewählt', 'gezeigt', 'in', 'im', 'kritisch']),
};

/** A select after a number is fine when each branch is a plural of that number or an invariant word. */
function selectInflects(sel: MessageFormatElement, count: string, lang: 'en' | 'de'): boolean {
  if (sel.type !== TYPE.select) return false;
  return Object.values(sel.options).every(
    ({ value }) =>
      value.some((e) => e.type === TYPE.plural && e.value === count) ||
      value.every((e) => e.type === TYPE.literal && INVARIANT_NEXT[lang].has(e.value.trim().toLowerCase())),
  );
}

/** Every count-like argument printed as a bare number that a word or a select (a noun) follows. */
function bareCounts(elements: MessageFormatElement[], lang: 'en' | 'de', out: string[] = []): string[] {
  elements.forEach((el, i) => {
    if ((el.type === TYPE.argument || el.type === TYPE.number) && COUNT_LIKE.test(el.value)) {
      const next = elements[i + 1];
      const after = elements[i + 2];
      if (next?.type === TYPE.literal) {
        const word = /^\s+([\p{L}]+)/u.exec(next.value)?.[1];
        if (word && !INVARIANT_NEXT[lang].has(word.toLowerCase())) out.push(`{${el.value}} ${word}`);
        else if (
          /^\s+$/.test(next.value) &&
          after &&
          (after.type === TYPE.argument || (after.type === TYPE.select && !selectInflects(after, el.value, lang)))
        )
          out.push(`{${el.value}} {${after.value}}`);
      }
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) bareCounts(o.value, lang, out);
    if (el.type === TYPE.tag) bareCounts(el.children, lang, out);
  });
  return out;
}

describe('plurals in the UI messages (issue 18.6)', () => {
  for (const [lang, tree] of [
    ['en', en],
    ['de', de],
  ] as const) {
    const messages = flatten(tree as Tree);

    it(`${lang}.json: no "(s)"-style stand-in for a plural`, () => {
      const bad = messages.filter(([, v]) => /\w\((s|es|en|n|e)\)/.test(v)).map(([k, v]) => `${k}: ${v}`);
      expect(bad).toEqual([]);
    });

    it(`${lang}.json: a count that a noun follows is an ICU plural`, () => {
      const bad = messages.flatMap(([k, v]) => bareCounts(parse(v), lang).map((b) => `${k}: ${b}`));
      expect(bad).toEqual([]);
    });
  }

  it('the check itself finds the defects of issue 18.6', () => {
    expect(bareCounts(parse('{count} warning(s)'), 'en')).toEqual(['{count} warning']);
    expect(bareCounts(parse('{count} {severity, select, warning {warning} other {info}}'), 'en')).toEqual(['{count} {severity}']);
    expect(bareCounts(parse('{ready} of {total} applications ready.'), 'en')).toEqual(['{total} applications']);
    expect(bareCounts(parse('{count, plural, one {# warning} other {# warnings}}'), 'en')).toEqual([]);
    expect(bareCounts(parse('{count} of {total} selected'), 'en')).toEqual([]);
  });
});
