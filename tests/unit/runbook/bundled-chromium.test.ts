// Issue 17: PDF export works on a machine without Debian's Chromium. With no CHROMIUM_PATH and no
// system Chromium, resolveChromium unpacks the Chromium that ships inside the npm package
// @sparticuz/chromium (from the registry, with `npm install`) and its libraries (NSS, NSPR, expat),
// fonts and SwiftShader; a runbook renders with it. The system is simulated by a systemPath that does
// not exist; the libraries it loads must come from the bundle, not from Debian's packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveChromium } from '../../../lib/runbook/chromium';
import { closePdfBrowser, htmlToPdf } from '../../../lib/runbook/pdf';
import { renderRunbookHtml } from '../../../lib/runbook/render-html';
import { app, group, runbookOf } from './fixtures';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

afterAll(async () => {
  await closePdfBrowser();
});

describe('the bundled Chromium (no system Chromium)', () => {
  it('is unpacked from the npm package, loads its own libraries and renders a German runbook to PDF', async () => {
    const saved = process.env.CHROMIUM_PATH;
    const dir = mkdtempSync(path.join(tmpdir(), 'orp-chromium-test-'));
    delete process.env.CHROMIUM_PATH;
    process.env.ORP_CHROMIUM_DIR = dir;
    try {
      const target = await resolveChromium({ systemPath: path.join(dir, 'no-system-chromium') });
      expect(target.source).toBe('bundled');
      expect(target.path.startsWith(dir)).toBe(true);
      // The shared libraries Debian's chromium package would bring come from the bundle.
      const ldd = execFileSync('ldd', [target.path], { env: { ...process.env, ...target.env }, encoding: 'utf8' });
      expect(ldd).not.toContain('not found');
      expect(ldd).toMatch(new RegExp(`libnss3\\.so => ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
      // Its fontconfig names the fonts it unpacked (the package's own fonts.conf names Lambda's
      // /tmp/fonts, and where that is missing every page came out blank).
      const conf = readFileSync(path.join(target.env!.FONTCONFIG_PATH, 'fonts.conf'), 'utf8');
      const fontDir = path.join(path.dirname(target.path), 'fonts', 'fonts');
      expect(conf).toContain(`<dir>${fontDir}</dir>`);
      expect(readdirSync(fontDir, { recursive: true }).some((f) => String(f).endsWith('.ttf'))).toBe(true);
      // Asked again: the same unpacked copy.
      expect((await resolveChromium({ systemPath: path.join(dir, 'no-system-chromium') })).path).toBe(target.path);

      const scene = { groups: [group('Staff')], apps: [app({ name: 'Zebra VPN', configuredFailmode: 'safe' })] };
      const html = renderRunbookHtml(runbookOf(scene, 'Zebra VPN', { lang: 'de' }).rb, { standalone: true });
      const pdf = await htmlToPdf(html, { chromium: target });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (hasPdftotext) {
        const file = path.join(dir, 'runbook.pdf');
        writeFileSync(file, pdf);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        expect(text).toContain('Zebra VPN');
        expect(text).toMatch(/Prüf|Ausfall|Störung/);
      }
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
      delete process.env.ORP_CHROMIUM_DIR;
    }
  }, 120_000);
});
