// messages/en.json and messages/de.json: the same keys, no empty text, valid ICU messages that take
// the same arguments and rich-text tags in both languages.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import de from '../../../messages/de.json';
import en from '../../../messages/en.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

/** Argument names and tag names a message uses (plural/select branches included). */
function names(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const o of Object.values(el.options)) names(o.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      names(el.children, out);
    }
  }
  return out;
}

const EN = flatten(en as Tree);
const DE = flatten(de as Tree);

describe('UI messages', () => {
  it('en.json and de.json have exactly the same keys', () => {
    expect([...DE.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('every value is a non-empty string', () => {
    for (const [lang, map] of [
      ['en', EN],
      ['de', DE],
    ] as const) {
      for (const [key, value] of map) {
        expect(typeof value, `${lang}: ${key}`).toBe('string');
        expect((value as string).trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('every message parses and uses the same arguments and tags in both languages', () => {
    for (const [key, enValue] of EN) {
      const deValue = DE.get(key);
      if (typeof enValue !== 'string' || typeof deValue !== 'string') continue;
      const a = names(parse(enValue));
      const b = names(parse(deValue));
      expect([...b].sort(), key).toEqual([...a].sort());
    }
  });

  it('the German texts differ from the English ones (nothing left untranslated by accident)', () => {
    // Terms that are the same in both languages (product names, "Failmode", "2FA" …).
    const same = new Set([
      'meta.duo',
      'nav.duo',
      'duo.checkOk',
      'duo.colName',
      'duo.colStatus',
      'meta.appName',
      'account.tokenName',
      'account.colName',
      'meta.dashboard',
      'meta.runbooks',
      'common.appName',
      'common.appNameShort',
      'nav.dashboard',
      'nav.runbooks',
      'nav.audit',
      'nav.import',
      // Issue 19: the product name and Duo's own words.
      'meta.duo',
      'nav.duo',
      'duo.checkOk',
      'duo.colName',
      'duo.colStatus',
      'import.title',
      'import.format',
      'import.formatAuthproxy',
      'import.formatDuoUnix',
      'applications.filterIntegration',
      'applications.colIntegration',
      'application.version',
      'application.runbook',
      'application.failmode',
      'applicationForm.familyWebsdk',
      'applicationForm.name',
      'applicationForm.integration',
      'groupForm.name',
      'groups.col2fa',
      'inviteForm.name',
      'review.fieldName',
      'review.fieldIntegration',
      'runbooks.integration',
      'runbooks.caption',
      'drillForm.live',
      'users.colStatus',
      'import.colIntegration',
    ]);
    const untranslated = [...EN].filter(([k, v]) => !same.has(k) && DE.get(k) === v).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });
});
