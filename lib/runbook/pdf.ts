// HTML → PDF with a headless Chromium (playwright-core; no browser download: the system binary).
// One browser is launched lazily and reused by every call (a page per call); it is closed on process
// exit or by closePdfBrowser(). Server-side only.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface PdfOptions {
  /** Chromium binary; default CHROMIUM_PATH from the environment, else /usr/bin/chromium. */
  chromiumPath?: string;
  /** Paper size; default A4. */
  format?: 'A4' | 'Letter';
  /** Page and rendering timeout in milliseconds; default 60 000. */
  timeoutMs?: number;
}

/** The Chromium binary is missing: set CHROMIUM_PATH or install chromium. */
export class ChromiumNotFoundError extends Error {
  readonly code = 'CHROMIUM_NOT_FOUND';
  constructor(readonly executablePath: string, options?: { cause?: unknown }) {
    super(`Chromium not found at ${executablePath}: install chromium or set CHROMIUM_PATH.`, options);
    this.name = 'ChromiumNotFoundError';
  }
}

/** Chromium exists but could not render the PDF (launch failure, crash, timeout). */
export class PdfRenderError extends Error {
  readonly code = 'PDF_RENDER_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfRenderError';
  }
}

interface BrowserSlot {
  path: string;
  browser: Promise<Browser>;
}

let slot: BrowserSlot | null = null;
let exitHookInstalled = false;

function resolvePath(opts?: PdfOptions): string {
  return opts?.chromiumPath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Playwright also kills its launched browsers on exit; this closes them cleanly when the loop drains.
  process.once('beforeExit', () => {
    void closePdfBrowser();
  });
}

async function launch(path: string): Promise<Browser> {
  try {
    const browser = await chromium.launch({ executablePath: path, headless: true, args: LAUNCH_ARGS });
    browser.on('disconnected', () => {
      if (slot?.path === path) slot = null;
    });
    return browser;
  } catch (err) {
    if (!existsSync(path)) throw new ChromiumNotFoundError(path, { cause: err });
    throw new PdfRenderError(`Could not launch Chromium at ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

async function getBrowser(path: string): Promise<Browser> {
  if (!existsSync(path)) throw new ChromiumNotFoundError(path);
  if (slot && slot.path !== path) await closePdfBrowser();
  if (!slot) {
    const browser = launch(path);
    slot = { path, browser };
    installExitHook();
    browser.catch(() => {
      if (slot?.browser === browser) slot = null;
    });
  }
  return slot.browser;
}

/** Closes the shared browser (if any). Safe to call more than once. */
export async function closePdfBrowser(): Promise<void> {
  const current = slot;
  slot = null;
  if (!current) return;
  try {
    const browser = await current.browser;
    await browser.close();
  } catch {
    // already gone
  }
}

const FOOTER_TEMPLATE =
  '<div style="font-size:8px;width:100%;padding:0 14mm;color:#555;display:flex;justify-content:space-between;font-family:sans-serif">' +
  '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>';

/** Renders a (standalone, script-free) HTML document to PDF bytes. */
export async function htmlToPdf(html: string, opts?: PdfOptions): Promise<Buffer> {
  const path = resolvePath(opts);
  const timeout = opts?.timeoutMs ?? 60_000;
  const browser = await getBrowser(path);
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true }).catch((err: unknown) => {
    throw new PdfRenderError(`Chromium could not open a page: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load', timeout });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: opts?.format ?? 'A4',
      printBackground: true,
      margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER_TEMPLATE,
    });
    return Buffer.from(pdf);
  } catch (err) {
    throw new PdfRenderError(`PDF rendering failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  } finally {
    await context.close().catch(() => undefined);
  }
}
