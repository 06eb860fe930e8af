// PDF smoke test: a runbook rendered by the system Chromium (playwright-core). Skipped when no Chromium
// binary is installed; the text assertion needs `pdftotext` (poppler-utils) and is skipped without it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBinderHtml, renderRunbookHtml } from '../../../lib/runbook/render-html';
import { ChromiumNotFoundError, DEFAULT_CHROMIUM_PATH, closePdfBrowser, htmlToPdf } from '../../../lib/runbook/pdf';
import { GENERATED_AT, app, group, runbookOf } from './fixtures';

const chromiumPath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const hasChromium = existsSync(chromiumPath);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

afterAll(async () => {
  await closePdfBrowser();
});

describe('htmlToPdf', () => {
  it('throws ChromiumNotFoundError for a missing binary', async () => {
    const missing = path.join(tmpdir(), 'no-such-chromium-binary');
    await expect(htmlToPdf('<p>x</p>', { chromiumPath: missing })).rejects.toBeInstanceOf(ChromiumNotFoundError);
    await expect(htmlToPdf('<p>x</p>', { chromiumPath: missing })).rejects.toMatchObject({
      code: 'CHROMIUM_NOT_FOUND',
      executablePath: missing,
    });
  });

  it.skipIf(!hasChromium)('renders a runbook to a PDF (and reuses the browser for a binder)', async () => {
    const scene = {
      groups: [group('Staff')],
      apps: [
        app({ name: 'Zebra VPN', configuredFailmode: 'safe' }),
        app({ name: 'Payroll', integration: 'okta', configuredFailmode: 'none' }),
      ],
    };
    const rb = runbookOf(scene, 'Zebra VPN').rb;
    const pdf = await htmlToPdf(renderRunbookHtml(rb, { standalone: true }), { chromiumPath });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);

    if (hasPdftotext) {
      const dir = mkdtempSync(path.join(tmpdir(), 'rb-pdf-'));
      const file = path.join(dir, 'runbook.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Zebra VPN');
      expect(text).toContain('Duo unreachable');
    }

    const binder = await htmlToPdf(
      renderBinderHtml(
        scene.apps.map((a) => runbookOf(scene, a.name, { lang: 'de' }).rb),
        { generatedAt: GENERATED_AT, lang: 'de' },
      ),
      { chromiumPath, format: 'Letter' },
    );
    expect(binder.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
