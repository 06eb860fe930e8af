// Printing the runbook page from the browser gives what the exported PDF gives (issue 12): the first
// page carries the overview (not only the title), list markers are kept, about as many pages.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { storageStateFor, test } from './fixtures';

test.use({ storageState: storageStateFor('viewer') });
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

test('browser print of the runbook page: overview on page 1, list markers, page count of the PDF export', async ({ page }) => {
  const res = await page.request.get(`/api/v1/applications?q=${encodeURIComponent('Remote access VPN')}&limit=1`);
  const id = (await res.json()).items[0].id as string;
  await page.goto(`/applications/${id}/runbook`);
  await expect(page.locator('article.runbook h1')).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  const style = await page.evaluate(() => {
    const li = document.querySelector('article.runbook .rb-list ul > li')!;
    const section = document.querySelector('article.runbook section.rb-section')!;
    return { marker: getComputedStyle(li).listStyleType, breakInside: getComputedStyle(section).breakInside };
  });
  expect(style.marker).toBe('disc');
  expect(style.breakInside).not.toBe('avoid');

  const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const exported = await (await page.request.get(`/api/v1/applications/${id}/runbook?format=pdf&lang=en`)).body();
  const printedPages = (await PDFDocument.load(printed)).getPageCount();
  const exportedPages = (await PDFDocument.load(exported)).getPageCount();
  expect(Math.abs(printedPages - exportedPages)).toBeLessThanOrEqual(Math.max(1, Math.ceil(exportedPages * 0.1)));

  if (hasPdftotext) {
    const dir = mkdtempSync(path.join(tmpdir(), 'rb-print-'));
    const file = path.join(dir, 'print.pdf');
    writeFileSync(file, printed);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(first).toContain('DR runbook: Remote access VPN');
    expect(first).toContain('First response');
    expect(first).toContain('Restriction level');
  }
});
