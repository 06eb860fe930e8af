// HTML → PDF with a headless Chromium (playwright-core; no browser download: the system binary).
// One browser is launched lazily and reused by every call (a page per call); it is closed on process
// exit or by closePdfBrowser(). Server-side only.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { pagesOfIds } from './pdf-pages';
import { resolveChromium, type ChromiumTarget } from './chromium';

export { DEFAULT_CHROMIUM_PATH } from './chromium';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface PdfOptions {
  /** Chromium binary; default CHROMIUM_PATH, else /usr/bin/chromium, else the bundled one (lib/runbook/chromium.ts). */
  chromiumPath?: string;
  /** A resolved browser (resolveChromium), e.g. the bundled one in a test of a machine without Debian's. */
  chromium?: ChromiumTarget;
  /** Paper size; default A4. */
  format?: 'A4' | 'Letter';
  /** Page and rendering timeout in milliseconds; default 60 000. */
  timeoutMs?: number;
  /** Stops rendering (closes the page) when aborted, e.g. the request's signal when the client goes away. */
  signal?: AbortSignal;
}

/** The Chromium binary is missing: set CHROMIUM_PATH or install chromium. */
export class ChromiumNotFoundError extends Error {
  readonly code = 'CHROMIUM_NOT_FOUND';
  constructor(
    readonly executablePath: string,
    options?: { cause?: unknown },
  ) {
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

/** Rendering was stopped through PdfOptions.signal (the client went away). */
export class PdfAbortedError extends Error {
  readonly code = 'PDF_ABORTED';
  constructor() {
    super('PDF rendering was cancelled.');
    this.name = 'PdfAbortedError';
  }
}

interface BrowserSlot {
  path: string;
  browser: Promise<Browser>;
}

let slot: BrowserSlot | null = null;
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Playwright also kills its launched browsers on exit; this closes them cleanly when the loop drains.
  process.once('beforeExit', () => {
    void closePdfBrowser();
  });
}

async function launch(target: ChromiumTarget): Promise<Browser> {
  const { path } = target;
  try {
    const browser = await chromium.launch({
      executablePath: path,
      headless: true,
      args: LAUNCH_ARGS,
      ...(target.env ? { env: { ...process.env, ...target.env } } : {}),
    });
    browser.on('disconnected', () => {
      if (slot?.path === path) slot = null;
    });
    return browser;
  } catch (err) {
    if (!existsSync(path)) throw new ChromiumNotFoundError(path, { cause: err });
    throw new PdfRenderError(`Could not launch Chromium at ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

async function getBrowser(target: ChromiumTarget): Promise<Browser> {
  const { path } = target;
  if (!existsSync(path)) throw new ChromiumNotFoundError(path);
  if (slot && slot.path !== path) await closePdfBrowser();
  if (!slot) {
    const browser = launch(target);
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

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['newPage']>>;

/** Opens a fresh context and page, runs fn, closes them; an abort of opts.signal closes them early. */
async function withPage<T>(opts: PdfOptions | undefined, fn: (page: PdfPage, timeout: number) => Promise<T>): Promise<T> {
  const signal = opts?.signal;
  if (signal?.aborted) throw new PdfAbortedError();
  const target =
    opts?.chromium ??
    (await resolveChromium({ chromiumPath: opts?.chromiumPath }).catch((err: unknown) => {
      throw new PdfRenderError(`Could not unpack the bundled Chromium: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }));
  const timeout = opts?.timeoutMs ?? 60_000;
  const browser = await getBrowser(target);
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true }).catch((err: unknown) => {
    throw new PdfRenderError(`Chromium could not open a page: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  });
  // On abort: answer at once, and close the page and its context (Chromium drops the print job).
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      reject(new PdfAbortedError());
      void context.close().catch(() => undefined);
    };
  });
  aborted.catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  try {
    const run = (async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      return fn(page, timeout);
    })();
    run.catch(() => undefined);
    return await Promise.race([run, aborted]);
  } catch (err) {
    if (signal?.aborted) throw new PdfAbortedError();
    if (err instanceof PdfRenderError) throw err;
    throw new PdfRenderError(`PDF rendering failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (signal?.aborted) void context.close().catch(() => undefined);
    else await context.close().catch(() => undefined);
  }
}

async function print(page: PdfPage, html: string, timeout: number, opts: PdfOptions | undefined): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load', timeout });
  await page.emulateMedia({ media: 'print' });
  if (opts?.signal?.aborted) throw new PdfAbortedError();
  const pdf = await page.pdf({
    format: opts?.format ?? 'A4',
    printBackground: true,
    margin: { top: '10mm', bottom: '13mm', left: '11mm', right: '11mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: FOOTER_TEMPLATE,
  });
  return Buffer.from(pdf);
}

/** Renders a (standalone, script-free) HTML document to PDF bytes. */
export async function htmlToPdf(html: string, opts?: PdfOptions): Promise<Buffer> {
  return withPage(opts, (page, timeout) => print(page, html, timeout, opts));
}

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * A document that shows page numbers of its own parts (the binder's contents): printed once without
 * numbers, the page of each id read from the PDF's named destinations, then printed with them (and
 * once more if the numbers moved a part, at most 3 prints). `html(null)` must lay out like
 * `html(pages)` (the numbers sit in a fixed-width column). Returns the PDF and the pages it shows.
 */
export async function htmlToPdfWithPageNumbers(
  html: (pages: ReadonlyMap<string, number> | null) => string,
  ids: readonly string[],
  opts?: PdfOptions,
): Promise<{ pdf: Buffer; pages: Map<string, number> }> {
  return withPage(opts, async (page, timeout) => {
    let pdf = await print(page, html(null), timeout, opts);
    let pages = await pagesOfIds(pdf, ids);
    let shown = pages;
    for (let pass = 0; pass < 2; pass++) {
      shown = pages;
      pdf = await print(page, html(shown), timeout, opts);
      pages = await pagesOfIds(pdf, ids);
      if (samePages(pages, shown)) break;
    }
    return { pdf, pages: shown };
  });
}
