// Issue 12, "a runbook you can use under stress", measured by rendering with the system Chromium (A4):
// - page 1, the first-response card, fits ONE page for every catalog integration × restriction level ×
//   configured failmode, in English and German (all cards in one document, each starting a page:
//   the document has exactly as many pages as cards, or one of them spilled over);
// - every demo runbook is at most 5 A4 pages (it was 23 for "Remote access VPN" before), and the
//   binder stays within 5 pages per application.
// Skipped without Chromium (npm test requires it, so CI runs these).
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { assessInventory } from '../../../lib/domain/assess';
import { buildRunbooks } from '../../../lib/domain/runbook/model';
import type { Runbook } from '../../../lib/domain/runbook/types';
import {
  CONFIGURED_FAILMODES,
  DEFAULT_POLICY,
  INTEGRATION_SLUGS,
  type ApplicationInput,
  type Lang,
  type MfaMandate,
} from '../../../lib/domain/types';
import { renderBinderPdf } from '../../../lib/runbook/binder-pdf';
import { RUNBOOK_CSS, STANDALONE_CSS } from '../../../lib/runbook/css';
import { DEFAULT_CHROMIUM_PATH, closePdfBrowser, htmlToPdf } from '../../../lib/runbook/pdf';
import { pdfPageCount } from '../../../lib/runbook/pdf-pages';
import { renderRunbookHtml } from '../../../lib/runbook/render-html';
import { DEMO_INVENTORY } from '../../../lib/server/demo-data';
import { ESCALATION_MAX, ON_CALL_CONTACT_MAX } from '../../../lib/validations/inventory';
import { app, group, runbookOf, type Scene } from './fixtures';

const hasChromium = existsSync(process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH);
const LEVEL_BY_MANDATE: Record<MfaMandate, string> = {
  none: 'less-restrictive',
  'some-groups': 'restrictive',
  'all-users': 'most-restrictive',
};

afterAll(async () => {
  await closePdfBrowser();
});

// Contacts at their longest (issue 18): they are printed in the header and the card names who to call.
const CONTACTS = {
  onCallContact: 'IAM on-call rota, +49 30 1234 5678, #iam-oncall; '.repeat(10).slice(0, ON_CALL_CONTACT_MAX),
  escalation: 'After 15 minutes: duty manager IT operations, +49 30 1234 5000; then the CISO office. '.repeat(10).slice(0, ESCALATION_MAX),
};

/** Every combination, with a realistic load: several groups (one that must always pass 2FA), an owner, notes. */
function cardRunbooks(lang: Lang): Runbook[] {
  const out: Runbook[] = [];
  for (const integration of INTEGRATION_SLUGS) {
    for (const mfaMandate of Object.keys(LEVEL_BY_MANDATE) as MfaMandate[]) {
      for (const configuredFailmode of CONFIGURED_FAILMODES) {
        const name = `Application protected by ${integration}`;
        const subject: ApplicationInput = app({
          name,
          integration,
          mfaMandate,
          configuredFailmode,
          criticality: 'critical',
          owner: 'Identity and Access Management Team (on call: +49 30 1234 5678)',
          groups: ['All Staff', 'Contractors', 'IT Admins'],
          notes: 'Behind the corporate egress proxy; second site in Frankfurt.',
          ...CONTACTS,
        });
        const scene: Scene = {
          groups: [group('All Staff'), group('Contractors'), group('IT Admins', mfaMandate !== 'none')],
          apps: [subject, app({ name: 'Neighbour on the same proxy', configuredFailmode: 'safe', groups: ['All Staff'] })],
        };
        const { rb } = runbookOf(scene, name, { lang });
        expect(rb.application.restrictionLevel, `${integration} ${mfaMandate}`).toBe(LEVEL_BY_MANDATE[mfaMandate]);
        out.push({ ...rb, sections: rb.sections.filter((s) => s.kind === 'first-response') });
      }
    }
  }
  return out;
}

describe.skipIf(!hasChromium)('page budget (rendered with Chromium, A4)', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: the first-response card fits one A4 page for every integration × level × failmode`, async () => {
      const cards = cardRunbooks(lang);
      expect(cards).toHaveLength(INTEGRATION_SLUGS.length * 3 * CONFIGURED_FAILMODES.length);
      expect(cards.every((c) => c.sections.length === 1)).toBe(true);
      const body = cards.map((c) => renderRunbookHtml(c, { standalone: false })).join('');
      const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${RUNBOOK_CSS}${STANDALONE_CSS}</style></head><body><div class="rb-binder">${body}</div></body></html>`;
      const pages = await pdfPageCount(await htmlToPdf(html, { timeoutMs: 120_000 }));
      expect(pages).toBe(cards.length);
    }, 180_000);

    it(`${lang}: every demo runbook is at most 5 A4 pages; the binder at most 5 pages per application`, async () => {
      const policy = DEFAULT_POLICY;
      const assessed = assessInventory(DEMO_INVENTORY, policy);
      const rbs = buildRunbooks({
        applications: DEMO_INVENTORY.applications.map((a) => ({ ...a, ...CONTACTS })),
        assessments: assessed.applications,
        policy,
        approvalOf: () => undefined,
        fingerprintOf: () => 'fp-0123456789abcdef',
        generatedAt: '2026-12-02T03:00:00.000Z',
        lang,
      });
      const pages: Record<string, number> = {};
      for (const rb of rbs) pages[rb.application.name] = await pdfPageCount(await htmlToPdf(renderRunbookHtml(rb, { standalone: true })));
      const over = Object.entries(pages).filter(([, n]) => n > 5);
      expect(over, JSON.stringify(pages)).toEqual([]);
      const { pdf } = await renderBinderPdf(rbs, { generatedAt: '2026-12-02T03:00:00.000Z', lang });
      expect((await pdfPageCount(pdf)) / rbs.length).toBeLessThanOrEqual(5);
    }, 180_000);
  }

  // The phone-width rule that breaks long unbroken values (lib/runbook/css.ts) is for screens only.
  // When it applied to paper too, the key columns narrowed and every runbook grew: the demo binder
  // took 52 pages instead of 45 (English) and 55 instead of 52 (German).
  it('on paper the phone-width word breaking does not apply: the demo binder keeps its page count', async () => {
    const counts: Record<string, number> = {};
    for (const lang of ['en', 'de'] as const) {
      const assessed = assessInventory(DEMO_INVENTORY, DEFAULT_POLICY);
      const rbs = buildRunbooks({
        applications: DEMO_INVENTORY.applications,
        assessments: assessed.applications,
        policy: DEFAULT_POLICY,
        approvalOf: () => undefined,
        fingerprintOf: () => 'fp-0123456789abcdef',
        generatedAt: '2026-12-02T03:00:00.000Z',
        lang,
      });
      const { pdf } = await renderBinderPdf(rbs, { generatedAt: '2026-12-02T03:00:00.000Z', lang });
      counts[lang] = await pdfPageCount(pdf);
    }
    expect(counts.en, JSON.stringify(counts)).toBeLessThanOrEqual(45);
    expect(counts.de, JSON.stringify(counts)).toBeLessThanOrEqual(52);
  }, 180_000);
});
