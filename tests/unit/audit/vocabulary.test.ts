// Every action and entity that lib/server writes to the audit log is in the vocabulary
// (lib/domain/audit-vocabulary.ts) and labelled in English and German: the audit page offers them as
// choices (issue 18 item 5). A new action written without a label fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditMessageKey } from '@/lib/domain/audit-vocabulary';
import { REVIEW_DECISIONS } from '@/lib/domain/types';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

const root = path.join(import.meta.dirname, '../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The action and entity codes in the audit writes of lib/server (literals, including both arms of a ternary). */
function written() {
  const actions = new Set<string>();
  const entities = new Set<string>();
  for (const file of sources(path.join(root, 'lib/server'))) {
    const text = readFileSync(file, 'utf8');
    if (!/audit/i.test(text)) continue;
    for (const m of text.matchAll(/\baction: ([^,\n}]+)/g)) for (const lit of m[1].matchAll(/'([a-z][a-z.-]*)'/g)) actions.add(lit[1]);
    for (const m of text.matchAll(/\bentity: ([^,\n}]+)/g)) for (const lit of m[1].matchAll(/'([a-z][a-z.-]*)'/g)) entities.add(lit[1]);
    if (text.includes('action: `review.${decision}`')) for (const d of REVIEW_DECISIONS) actions.add(`review.${d}`);
  }
  return { actions, entities };
}

describe('audit vocabulary', () => {
  const { actions, entities } = written();
  it('finds the writes it checks', () => {
    expect(actions.size).toBeGreaterThan(25);
    expect(actions).toContain('login.failed');
    expect(actions).toContain('review.accept-risk');
    expect(entities).toContain('duo-connection');
  });
  it('lists every action and entity written (and nothing else)', () => {
    // Simulation action types ('bypass-group', …) are not audit actions: only codes of audit writes count.
    const listed = new Set<string>(AUDIT_ACTIONS);
    expect(
      [...actions].filter((a) => !listed.has(a) && !['bypass-group', 'policy-bypass', 'firewall-block', 'primary-only'].includes(a)),
    ).toEqual([]);
    expect([...entities].filter((e) => !(AUDIT_ENTITIES as readonly string[]).includes(e))).toEqual([]);
  });
  it('labels every one in English and German', () => {
    for (const [lang, m] of [
      ['en', en],
      ['de', de],
    ] as const) {
      const a = m.audit.actions as Record<string, string>;
      const e = m.audit.entities as Record<string, string>;
      expect(
        AUDIT_ACTIONS.filter((c) => !a[auditMessageKey(c)]),
        lang,
      ).toEqual([]);
      expect(
        AUDIT_ENTITIES.filter((c) => !e[c]),
        lang,
      ).toEqual([]);
      expect(Object.keys(a).length, lang).toBe(AUDIT_ACTIONS.length);
    }
  });
});
