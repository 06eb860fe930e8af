// Part of `npm run bench` (bench/run.ts calls it while the server runs): the browser side of the
// inventory, application and runbook pages.
//
// 1. JavaScript a cold load transfers: a fresh Playwright context per page (empty cache), signed in
//    with the bench admin's session cookie; after `load` and a quiet network, the Resource Timing
//    entries of every script (Next 16 no longer prints first-load JS sizes) are summed: bytes on the
//    wire (transferSize: compressed body + headers) and unpacked (decodedBodySize).
// 2. Lighthouse 12 (the version the issue names) driving the system Chromium through chrome-launcher:
//    performance and accessibility scores with Lighthouse's two standard presets, its default (mobile
//    emulation, simulated slow 4G and 4× CPU slowdown) and desktop (docs/decisions/0060-performance.md).
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';

export interface BrowserTarget {
  key: 'inventory' | 'application' | 'runbook';
  label: string;
  path: string;
}

export interface ScriptTransfer {
  scripts: number;
  transferBytes: number;
  decodedBytes: number;
  /** Every resource of the load, documents included. */
  allTransferBytes: number;
  documentTransferBytes: number;
}

export interface LighthouseScores {
  preset: 'mobile' | 'desktop';
  performance: number | null;
  accessibility: number | null;
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  totalBlockingTimeMs: number | null;
  cumulativeLayoutShift: number | null;
  scriptTransferBytes: number | null;
  error?: string;
}

export interface BrowserPageResult extends BrowserTarget {
  js: ScriptTransfer | { error: string };
  lighthouse: LighthouseScores[];
}

const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

async function scriptTransfer(
  baseUrl: string,
  sessionToken: string,
  targets: BrowserTarget[],
): Promise<Map<string, ScriptTransfer | { error: string }>> {
  const out = new Map<string, ScriptTransfer | { error: string }>();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
  try {
    for (const t of targets) {
      const context = await browser.newContext(); // a new context has an empty cache: a cold load
      try {
        await context.addCookies([{ name: 'orp_session', value: sessionToken, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
        const page = await context.newPage();
        const res = await page.goto(baseUrl + t.path, { waitUntil: 'load', timeout: 120_000 });
        if (!res || res.status() !== 200 || new URL(page.url()).pathname !== t.path.split('?')[0]) {
          throw new Error(`${t.path} answered ${res?.status()} at ${page.url()} (did the session work?)`);
        }
        await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
        const entries = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => {
            const r = e as PerformanceResourceTiming;
            return { name: r.name, type: r.initiatorType, transfer: r.transferSize, decoded: r.decodedBodySize };
          }),
        );
        const nav = await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.transferSize ?? 0,
        );
        const scripts = entries.filter((e) => e.type === 'script' || /\.m?js(\?|$)/.test(new URL(e.name).pathname));
        out.set(t.key, {
          scripts: scripts.length,
          transferBytes: scripts.reduce((s, e) => s + e.transfer, 0),
          decodedBytes: scripts.reduce((s, e) => s + e.decoded, 0),
          allTransferBytes: nav + entries.reduce((s, e) => s + e.transfer, 0),
          documentTransferBytes: nav,
        });
      } catch (e) {
        out.set(t.key, { error: e instanceof Error ? e.message : String(e) });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

const ms = (audits: Record<string, { numericValue?: number } | undefined>, id: string) => {
  const v = audits[id]?.numericValue;
  return typeof v === 'number' ? Math.round(v) : null;
};

async function lighthouseRun(url: string, sessionToken: string, preset: 'mobile' | 'desktop'): Promise<LighthouseScores> {
  const chrome = await launchChrome({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...FLAGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: `orp_session=${sessionToken}` },
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`landed on ${lhr.finalDisplayedUrl} (did the session work?)`);
    const audits = lhr.audits as unknown as Record<
      string,
      { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } } | undefined
    >;
    const score = (id: string) => {
      const s = lhr.categories[id]?.score;
      return typeof s === 'number' ? Math.round(s * 100) : null;
    };
    const summary = audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
    return {
      preset,
      performance: score('performance'),
      accessibility: score('accessibility'),
      firstContentfulPaintMs: ms(audits, 'first-contentful-paint'),
      largestContentfulPaintMs: ms(audits, 'largest-contentful-paint'),
      totalBlockingTimeMs: ms(audits, 'total-blocking-time'),
      cumulativeLayoutShift: audits['cumulative-layout-shift']?.numericValue ?? null,
      scriptTransferBytes: summary?.transferSize ?? null,
    };
  } catch (e) {
    return {
      preset,
      performance: null,
      accessibility: null,
      firstContentfulPaintMs: null,
      largestContentfulPaintMs: null,
      totalBlockingTimeMs: null,
      cumulativeLayoutShift: null,
      scriptTransferBytes: null,
      error: e instanceof Error ? e.message : String(e),
    };
  } finally {
    chrome.kill();
  }
}

export async function benchBrowser(opts: {
  baseUrl: string;
  sessionToken: string;
  targets: BrowserTarget[];
  log: (msg: string) => void;
}): Promise<BrowserPageResult[]> {
  const js = await scriptTransfer(opts.baseUrl, opts.sessionToken, opts.targets);
  const out: BrowserPageResult[] = [];
  for (const t of opts.targets) {
    const runs: LighthouseScores[] = [];
    for (const preset of ['mobile', 'desktop'] as const) {
      opts.log(`Lighthouse (${preset}) ${t.label}…`);
      const r = await lighthouseRun(opts.baseUrl + t.path, opts.sessionToken, preset);
      opts.log(
        r.error
          ? `  failed: ${r.error}`
          : `  performance ${r.performance}, accessibility ${r.accessibility}, LCP ${r.largestContentfulPaintMs} ms, TBT ${r.totalBlockingTimeMs} ms`,
      );
      runs.push(r);
    }
    out.push({ ...t, js: js.get(t.key)!, lighthouse: runs });
  }
  return out;
}
