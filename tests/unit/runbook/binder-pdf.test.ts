// The PDF binder as an on-call engineer uses it (issue 12): the contents say on which page each
// application starts, the PDF has one bookmark per application, the cover counts levels, review
// states and findings by severity, and "10." is not clipped to "l0." at the page edge.
// Needs Chromium (skipped without); the page text checks need pdftotext (poppler) and are skipped
// without it (the outline check is pure pdf-lib).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBinderPdf } from '../../../lib/runbook/binder-pdf';
import { DEFAULT_CHROMIUM_PATH, PdfAbortedError, closePdfBrowser, htmlToPdf } from '../../../lib/runbook/pdf';
import { readOutline } from '../../../lib/runbook/pdf-pages';
import { renderBinderHtml, renderRunbookHtml } from '../../../lib/runbook/render-html';
import type { Runbook } from '../../../lib/domain/runbook/types';
import { GENERATED_AT, app, group, runbookOf } from './fixtures';

const chromiumPath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const hasChromium = existsSync(chromiumPath);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

// Twelve applications: the contents reach "10.", "11.", "12.".
const scene = {
  groups: [group('Staff'), group('Admins', true)],
  apps: Array.from({ length: 12 }, (_, i) =>
    app({
      name: `App ${String(i + 1).padStart(2, '0')}`,
      integration: (['auth-proxy-radius', 'okta', 'duo-unix', 'lastpass'] as const)[i % 4],
      configuredFailmode: i % 3 === 0 ? 'safe' : 'secure',
      mfaMandate: i % 5 === 0 ? 'all-users' : 'none',
      groups: i % 2 ? ['Staff'] : ['Staff', 'Admins'],
    }),
  ),
};
let rbs: Runbook[] = [];

beforeAll(() => {
  rbs = scene.apps.map((a) => runbookOf(scene, a.name).rb);
});
afterAll(async () => {
  await closePdfBrowser();
});

const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });

describe('PDF binder', () => {
  it.skipIf(!hasChromium)(
    'has page numbers in the contents and one bookmark per application, each pointing at its first page',
    async () => {
      const { pdf, pages } = await renderBinderPdf(rbs, { generatedAt: GENERATED_AT, lang: 'en' }, { chromiumPath });
      const outline = await readOutline(pdf);
      expect(outline.map((o) => o.title)).toEqual(rbs.map((rb) => rb.application.name));
      expect(outline.map((o) => o.page)).toEqual(rbs.map((rb) => pages.get(rb.id)));
      const starts = outline.map((o) => o.page);
      expect(starts[0]).toBeGreaterThan(1); // after the cover
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);

      if (hasPdftotext) {
        const dir = mkdtempSync(path.join(tmpdir(), 'rb-binder-'));
        const file = path.join(dir, 'binder.pdf');
        writeFileSync(file, pdf);
        const cover = pageText(file, 1);
        for (const [i, rb] of rbs.entries()) {
          // "10. App 10 — … 123": number, name and the page it starts on, on one line.
          const line = cover.split('\n').find((l) => l.includes(`${i + 1}. ${rb.application.name}`));
          expect(line, rb.application.name).toBeDefined();
          expect(line!.trim().split(/\s+/).at(-1)).toBe(String(pages.get(rb.id)));
          expect(pageText(file, pages.get(rb.id)!)).toContain(`DR runbook: ${rb.application.name}`);
        }
        expect(cover).toMatch(/Findings by severity/);
        expect(cover).toMatch(/Critical\s+\d+\s+\d+/);
      }
    },
    120_000,
  );

  it.skipIf(!hasChromium)('prints the contents numbers inside the page: "10." is not clipped at the left edge', async () => {
    const html = renderBinderHtml(rbs, { generatedAt: GENERATED_AT, lang: 'de', pages: new Map(rbs.map((rb, i) => [rb.id, 100 + i])) });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 680, height: 900 } }); // A4 width less the margins
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      const boxes = await page.$$eval('nav ol > li', (lis) =>
        lis.map((li) => {
          const n = li.querySelector('.rb-toc-n');
          const r = (n ?? li).getBoundingClientRect();
          return { text: n?.textContent ?? null, left: r.left, marker: getComputedStyle(li).listStyleType };
        }),
      );
      expect(boxes).toHaveLength(12);
      for (const [i, b] of boxes.entries()) {
        expect(b.text).toBe(`${i + 1}.`);
        expect(b.marker).toBe('none'); // an outside list marker would hang into the margin
        expect(b.left).toBeGreaterThanOrEqual(0);
      }
    } finally {
      await browser.close();
    }
  });

  it.skipIf(!hasChromium)('stops rendering when the request is aborted', async () => {
    const ac = new AbortController();
    const pending = htmlToPdf(renderRunbookHtml(rbs[0]!, { standalone: true }), { chromiumPath, signal: ac.signal });
    setTimeout(() => ac.abort(), 30);
    await expect(pending).rejects.toBeInstanceOf(PdfAbortedError);
    // An already aborted signal never starts.
    await expect(htmlToPdf('<p>x</p>', { chromiumPath, signal: ac.signal })).rejects.toBeInstanceOf(PdfAbortedError);
  });
});
