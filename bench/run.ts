// `npm run bench`: one command, one table, bench/results.json. A benchmark script, not a test: it
// prints ratios measured in one run on this machine.
//
// 1. A fresh SQLite file in a temp directory; 2,000 applications and 200 groups (bench/inventory.ts,
//    deterministic, realistic names) imported through the real data layer (applyImport as the CLI
//    actor), an admin with an API token and a signed-in session (bench/setup.ts, run with
//    --conditions=react-server like the other CLIs).
// 2. The production server as `npm start` runs it (node scripts/run.mjs start: migrate, build when the
//    sources changed, next start) on a free port with that DATABASE_URL and SEED_DEMO=false.
// 3. A built-in closed-loop load generator (Node http, keep-alive, fixed concurrency, warm-up then a
//    fixed window, 127.0.0.1 only). Phases alternate health, list, health, page, health, runbook,
//    health, three rounds: every endpoint's cost is rps(health) / rps(endpoint) with the health rate
//    measured right before and after it, and the median over the rounds, so drift and bursts of other
//    work on a shared machine do not bias the ratio.
// 4. Single timings: one runbook PDF (cold and warm Chromium); the binder as HTML and Markdown for one
//    department's applications and as PDF for one owner's; then the binder of all applications (last:
//    at 2,000 applications it does not fit in one string and may exhaust the server's heap; the table
//    says how it failed).
// 5. Browser side (bench/browser.ts) for the inventory, application and runbook pages: the JavaScript a
//    cold load transfers (Playwright resource timings) and Lighthouse 12 performance/accessibility
//    scores (mobile and desktop presets), driving the system Chromium.
// 6. The `assess` CLI scaling ratios (bench/assess.ts) once the server is stopped.
//
// Knobs (environment): BENCH_APPS (2000), BENCH_GROUPS (200), BENCH_CONCURRENCY (8),
// BENCH_WARMUP_MS (1000), BENCH_DURATION_MS (3000), BENCH_ROUNDS (3), BENCH_ASSESS_RUNS (5),
// BENCH_BINDER_TIMEOUT_MS (120000), BENCH_FULL_BINDER=0 (skip the all-applications binder),
// BENCH_SKIP_IMPORT_HEALTH=1 (health during a BENCH_IMPORT_APPS=15000 import, bench/import-health.ts),
// BENCH_SKIP_ASSESS=1, BENCH_SKIP_PDF=1, BENCH_SKIP_BROWSER=1, BENCH_SKIP_RUNBOOKS=1 (the runbook
// metrics), BENCH_ONLY_RUNBOOKS=1 (only those: no server, no load).
// 7. Runbook metrics on the demo data (bench/runbooks.ts, issue 12 targets): A4 pages, words and
//    12+-word sentences repeated more than twice per runbook; PDF binder pages per application.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Inventory } from '../lib/domain/types';
import { benchAssess, type AssessBenchResult } from './assess';
import { benchImportHealth, type ImportHealthResult } from './import-health';
import { benchBrowser, type BrowserPageResult } from './browser';
import { benchRunbooks, type RunbookBenchResult } from './runbooks';
import { realisticInventory } from './inventory';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX_CLI = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const RESULTS = path.join(ROOT, 'bench', 'results.json');

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};
const cfg = {
  apps: num('BENCH_APPS', 2000),
  groups: num('BENCH_GROUPS', 200),
  concurrency: num('BENCH_CONCURRENCY', 8),
  warmupMs: num('BENCH_WARMUP_MS', 1000),
  durationMs: num('BENCH_DURATION_MS', 3000),
  rounds: num('BENCH_ROUNDS', 3),
  assessRuns: num('BENCH_ASSESS_RUNS', 5),
  binderTimeoutMs: num('BENCH_BINDER_TIMEOUT_MS', 120_000),
  fullBinder: process.env.BENCH_FULL_BINDER !== '0',
  requestTimeoutMs: 30_000,
  skipAssess: process.env.BENCH_SKIP_ASSESS === '1',
  skipPdf: process.env.BENCH_SKIP_PDF === '1',
  skipImportHealth: process.env.BENCH_SKIP_IMPORT_HEALTH === '1',
  importApps: num('BENCH_IMPORT_APPS', 15000),
  skipBrowser: process.env.BENCH_SKIP_BROWSER === '1',
  skipRunbooks: process.env.BENCH_SKIP_RUNBOOKS === '1',
  onlyRunbooks: process.env.BENCH_ONLY_RUNBOOKS === '1',
};
const COST_TARGET = 2;

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const fmtInt = (x: number) => Math.round(x).toLocaleString('en-US');
const fmtMs = (ms: number) => (ms >= 10_000 ? `${round(ms / 1000, 1)} s` : ms >= 1000 ? `${round(ms / 1000, 2)} s` : `${round(ms, 1)} ms`);
const fmtBytes = (b: number) => (b >= 1e6 ? `${round(b / 1e6, 2)} MB` : b >= 1e3 ? `${round(b / 1e3, 1)} kB` : `${b} B`);

// ---------------------------------------------------------------------------------------------------
// Temp files and the server process: always cleaned up (normal end, error, Ctrl-C).

const tmp = mkdtempSync(path.join(os.tmpdir(), 'orp-bench-run-'));
let server: ChildProcess | null = null;
let serverExited: Promise<void> = Promise.resolve();

function killServerGroup(signal: NodeJS.Signals) {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, signal); // run.mjs and next start share the detached process group
  } catch {
    // already gone
  }
}

// The server's Chromium (PDF export) runs in a process group of its own and outlives a server that
// crashes (out of memory) instead of exiting: its process ids are remembered while the server runs and
// ended one by one at the end (only those ids, checked against their start time).
const tracked = new Map<number, string>();
/** Fields of /proc/PID/stat (Linux): parent, start time, CPU time (user + system, clock ticks). */
function procStat(pid: number): { ppid: number; start: string; cpuTicks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // rest[i] is field i + 3
    return { ppid: Number(rest[1]), start: rest[19]!, cpuTicks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return null;
  }
}
/** The server's process tree (run.mjs, next-server and whatever they started), pid → stat. */
function serverTree(): Map<number, NonNullable<ReturnType<typeof procStat>>> {
  const out = new Map<number, NonNullable<ReturnType<typeof procStat>>>();
  if (!server?.pid || !existsSync('/proc')) return out;
  const children = new Map<number, number[]>();
  const stats = new Map<number, NonNullable<ReturnType<typeof procStat>>>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = procStat(Number(name));
    if (!st) continue;
    stats.set(Number(name), st);
    (children.get(st.ppid) ?? children.set(st.ppid, []).get(st.ppid)!).push(Number(name));
  }
  const stack = [server.pid];
  while (stack.length) {
    const pid = stack.pop()!;
    const st = stats.get(pid);
    if (st) out.set(pid, st);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}
function trackServerTree() {
  for (const [pid, st] of serverTree()) if (pid !== server?.pid) tracked.set(pid, st.start);
}
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
/** CPU time the server's processes have used so far, in ms (NaN where /proc is missing). */
function serverCpuMs(): number {
  if (!existsSync('/proc')) return NaN;
  let ticks = 0;
  for (const st of serverTree().values()) ticks += st.cpuTicks;
  return (ticks * 1000) / CLK_TCK;
}
function killStragglers() {
  for (const [pid, start] of tracked) {
    if (procStat(pid)?.start === start) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
  tracked.clear();
}

async function stopServer(): Promise<void> {
  if (!server) return;
  trackServerTree();
  killServerGroup('SIGTERM');
  const done = await Promise.race([serverExited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
  if (!done) killServerGroup('SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  killStragglers();
  server = null;
}

function cleanupSync() {
  killServerGroup('SIGTERM');
  killStragglers();
  rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanupSync);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    log(`${sig}: stopping the server and removing ${tmp}`);
    void stopServer().finally(() => {
      rmSync(tmp, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// HTTP (loopback only)

interface Reply {
  status: number;
  bytes: number;
  contentType: string;
  body?: string;
}

function get(
  agent: http.Agent | undefined,
  port: number,
  urlPath: string,
  headers: Record<string, string>,
  opts: { timeoutMs: number; keepBody?: boolean },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method: 'GET', headers, agent, timeout: opts.timeoutMs }, (res) => {
      let bytes = 0;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        if (opts.keepBody) chunks.push(c);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          contentType: String(res.headers['content-type'] ?? ''),
          ...(opts.keepBody ? { body: Buffer.concat(chunks).toString('utf8') } : {}),
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${opts.timeoutMs} ms: GET ${urlPath}`)));
    req.on('error', reject);
    req.end();
  });
}

interface Endpoint {
  key: 'health' | 'list' | 'page' | 'runbook';
  label: string;
  path: string;
  headers: Record<string, string>;
}

interface Phase {
  endpoint: Endpoint['key'];
  round: number;
  requests: number;
  errors: number;
  rps: number;
  /** CPU time of the server's processes in the window ÷ requests completed in it. */
  serverCpuMsPerRequest: number;
  p50Ms: number;
  p95Ms: number;
  meanBytes: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

/**
 * Closed loop: `concurrency` workers each send the next request when the last one answered. Requests
 * that complete inside the measuring window (after the warm-up) count; rps = completions / window.
 */
async function loadPhase(port: number, ep: Endpoint, roundNo: number): Promise<Phase> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.concurrency });
  let from = Infinity;
  let until = Infinity;
  let done = false;
  // The window is bounded by the moments the server's CPU time is sampled (timers may fire late).
  let cpuFrom = NaN;
  let cpuUntil = NaN;
  const sampled = new Promise<void>((resolve) => {
    setTimeout(() => {
      from = performance.now();
      cpuFrom = serverCpuMs();
      setTimeout(() => {
        until = performance.now();
        cpuUntil = serverCpuMs();
        done = true;
        resolve();
      }, cfg.durationMs);
    }, cfg.warmupMs);
  });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const worker = async () => {
    while (!done) {
      const s = performance.now();
      let status = 0;
      let size = 0;
      try {
        const r = await get(agent, port, ep.path, ep.headers, { timeoutMs: cfg.requestTimeoutMs });
        status = r.status;
        size = r.bytes;
      } catch {
        status = 0;
      }
      const e = performance.now();
      if (e >= from && e <= until) {
        latencies.push(e - s);
        bytes += size;
        if (status !== 200) errors++;
      }
    }
  };
  await Promise.all([sampled, ...Array.from({ length: cfg.concurrency }, worker)]);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    endpoint: ep.key,
    round: roundNo,
    requests: latencies.length,
    errors,
    rps: round(latencies.length / ((until - from) / 1000), 1),
    serverCpuMsPerRequest: latencies.length ? round((cpuUntil - cpuFrom) / latencies.length, 3) : NaN,
    p50Ms: round(pct(latencies, 50), 2),
    p95Ms: round(pct(latencies, 95), 2),
    meanBytes: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}

interface Timed {
  what: string;
  path: string;
  ms: number;
  status: number | null;
  bytes: number;
  contentType: string;
  error?: string;
  skipped?: boolean;
  serverDied?: boolean;
}

async function timed(port: number, what: string, urlPath: string, headers: Record<string, string>, timeoutMs: number): Promise<Timed> {
  const t0 = performance.now();
  try {
    const r = await get(undefined, port, urlPath, headers, { timeoutMs, keepBody: false });
    const ms = round(performance.now() - t0, 1);
    return {
      what,
      path: urlPath,
      ms,
      status: r.status,
      bytes: r.bytes,
      contentType: r.contentType,
      ...(r.status === 200 ? {} : { error: `HTTP ${r.status}` }),
    };
  } catch (e) {
    return {
      what,
      path: urlPath,
      ms: round(performance.now() - t0, 1),
      status: null,
      bytes: 0,
      contentType: '',
      error: e instanceof Error ? e.message : String(e),
    };
  }
}

// ---------------------------------------------------------------------------------------------------

interface SetupOut {
  importMs: number;
  imported: { created: number; updated: number; unchanged: number };
  applications: number;
  groups: number;
  levels: Record<string, number>;
  token: string;
  sessionToken: string;
  target: { id: string; name: string; groups: number; level: string; findings: number };
}

function setupDatabase(databaseUrl: string, inv: Inventory): SetupOut {
  const file = path.join(tmp, 'inventory.json');
  writeFileSync(file, JSON.stringify(inv));
  const r = spawnSync(process.execPath, [TSX_CLI, '--conditions=react-server', path.join(ROOT, 'bench', 'setup.ts'), file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 24,
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`bench/setup.ts failed (exit ${r.status}): ${r.stderr?.toString().slice(-2000)}`);
  return JSON.parse(r.stdout.toString().trim().split('\n').pop()!) as SetupOut;
}

async function startServer(port: number, databaseUrl: string): Promise<{ startMs: number; built: boolean; logFile: string }> {
  const logFile = path.join(tmp, 'server.log');
  const fd = openSync(logFile, 'a');
  const t0 = performance.now();
  server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'run.mjs'), 'start'], {
    cwd: ROOT,
    detached: true, // its own process group, so stopServer() reaches next start too
    stdio: ['ignore', fd, fd],
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, SEED_DEMO: 'false', NEXT_TELEMETRY_DISABLED: '1' },
  });
  closeSync(fd);
  const child = server;
  serverExited = new Promise((r) => child.once('exit', () => r()));
  let exited = false;
  void serverExited.then(() => (exited = true));
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (exited) throw new Error(`the server exited before it answered /api/health; its log:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`no answer from /api/health within 300 s; server log:\n${tail(logFile)}`);
    try {
      const r = await get(undefined, port, '/api/health', {}, { timeoutMs: 2000 });
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const built = readFileSync(logFile, 'utf8').includes('building the app');
  return { startMs: round(performance.now() - t0, 0), built, logFile };
}

const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(no log)';
  }
};

/** One request per endpoint before measuring: checks the answer and loads the snapshot and route code. */
async function prime(port: number, endpoints: Endpoint[], expectName: string) {
  for (const ep of endpoints) {
    const r = await get(undefined, port, ep.path, ep.headers, { timeoutMs: 60_000, keepBody: true });
    if (r.status !== 200) throw new Error(`${ep.label} answered HTTP ${r.status}: ${r.body?.slice(0, 300)}`);
    if (ep.key === 'list') {
      const body = JSON.parse(r.body!) as { items: unknown[] };
      if (body.items.length !== 50) throw new Error(`${ep.label}: expected 50 items, got ${body.items.length}`);
    }
    if ((ep.key === 'page' || ep.key === 'runbook') && !r.body!.includes(expectName.replace(/&/g, '&amp;'))) {
      throw new Error(`${ep.label} does not show "${expectName}" (did the session work?)`);
    }
  }
}

interface Row {
  measurement: string;
  result: string;
  detail: string;
  target: string;
  verdict: string;
}

function renderTable(rows: Row[]): string {
  const head: Row = { measurement: 'measurement', result: 'result', detail: 'detail', target: 'target', verdict: 'verdict' };
  const cols = Object.keys(head) as (keyof Row)[];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))])) as Record<keyof Row, number>;
  const line = (r: Row) => `| ${cols.map((c) => r[c].padEnd(width[c])).join(' | ')} |`;
  return [line(head), `|${cols.map((c) => '-'.repeat(width[c] + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function runbookRows(r: RunbookBenchResult): Row[] {
  const rows: Row[] = [];
  for (const m of r.runbooks) {
    rows.push({
      measurement: `runbook ${m.lang}: ${m.name} (${m.integration})`,
      result: `${m.pages} pages, ${fmtInt(m.words)} words`,
      detail: m.repeatedSentences
        ? `${m.repeatedSentences} sentence(s) of 12+ words more than twice; worst ${m.worst}`
        : 'no 12+-word sentence more than twice',
      target: `≤ ${r.targets.maxPages} pages, 0 repeats`,
      verdict: m.pass ? 'PASS' : 'MISS',
    });
  }
  const pages = r.runbooks.map((m) => m.pages);
  rows.push({
    measurement: `runbooks (${r.runbooks.length}, en + de): pages`,
    result: `max ${Math.max(...pages)}, median ${median(pages)}`,
    detail: `${r.runbooks.filter((m) => m.pass).length} of ${r.runbooks.length} within the targets`,
    target: `≤ ${r.targets.maxPages} each`,
    verdict: r.runbooks.every((m) => m.pass) ? 'PASS' : 'MISS',
  });
  for (const b of r.binders) {
    rows.push({
      measurement: `PDF binder ${b.lang}: pages ÷ applications`,
      result: String(b.pagesPerApp),
      detail: `${b.pages} pages, ${b.applications} applications, printed in ${fmtMs(b.ms)} (twice: page numbers)`,
      target: `≤ ${r.targets.maxBinderPagesPerApp}`,
      verdict: b.pass ? 'PASS' : 'MISS',
    });
  }
  return rows;
}

async function mainRunbooksOnly() {
  log('runbook metrics on the demo data (Chromium)…');
  const r = await benchRunbooks(log);
  const table = renderTable(runbookRows(r));
  process.stdout.write(`\nRunbook metrics on the demo data, ${new Date().toISOString()}\n\n${table}\n\n`);
}

async function main() {
  if (cfg.onlyRunbooks) return mainRunbooksOnly();
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg().map((x) => round(x, 2));
  const dbFile = path.join(tmp, 'bench.db');
  const databaseUrl = `file:${dbFile}`;
  log(`temp dir ${tmp}; ${os.cpus().length} CPUs, node ${process.version}, load average ${loadAverageAtStart.join(' ')}`);

  log(`importing ${cfg.apps} applications and ${cfg.groups} groups through applyImport…`);
  const inventory = realisticInventory(cfg.apps, cfg.groups);
  const setup = setupDatabase(databaseUrl, inventory);
  log(`imported in ${fmtMs(setup.importMs)}; page/runbook target: ${setup.target.name}`);

  const port = await freePort();
  log(`starting the production server on 127.0.0.1:${port} (node scripts/run.mjs start; builds when the sources changed)…`);
  const started = await startServer(port, databaseUrl);
  log(`server answered /api/health after ${fmtMs(started.startMs)}${started.built ? ' (including a build)' : ''}`);

  const bearer = { authorization: `Bearer ${setup.token}` };
  const cookie = { cookie: `orp_session=${setup.sessionToken}`, accept: 'text/html' };
  const id = setup.target.id;
  const endpoints: Record<Endpoint['key'], Endpoint> = {
    health: { key: 'health', label: 'GET /api/health', path: '/api/health', headers: {} },
    list: { key: 'list', label: 'GET /api/v1/applications?limit=50', path: '/api/v1/applications?limit=50', headers: bearer },
    page: { key: 'page', label: 'GET /applications/{id} (page)', path: `/applications/${id}`, headers: cookie },
    runbook: {
      key: 'runbook',
      label: 'GET /api/v1/applications/{id}/runbook?format=html',
      path: `/api/v1/applications/${id}/runbook?format=html`,
      headers: bearer,
    },
  };
  await prime(port, Object.values(endpoints), setup.target.name);

  // Health measured before and after every endpoint, in the same run on the same server.
  const order: Endpoint['key'][] = ['health', 'list', 'health', 'page', 'health', 'runbook', 'health'];
  const phases: Phase[] = [];
  const perRound: {
    round: number;
    endpoint: Endpoint['key'];
    rps: number;
    healthRps: number;
    cost: number;
    cpuMs: number;
    healthCpuMs: number;
    cpuCost: number;
  }[] = [];
  for (let r = 1; r <= cfg.rounds; r++) {
    const mine: Phase[] = [];
    for (const key of order) {
      const p = await loadPhase(port, endpoints[key], r);
      log(
        `round ${r} ${endpoints[key].label}: ${p.rps} req/s, server CPU ${p.serverCpuMsPerRequest} ms/request, p50 ${p.p50Ms} ms, p95 ${p.p95Ms} ms${p.errors ? `, ${p.errors} errors` : ''}`,
      );
      mine.push(p);
    }
    phases.push(...mine);
    mine.forEach((p, i) => {
      if (p.endpoint === 'health') return;
      const healthRps = (mine[i - 1]!.rps + mine[i + 1]!.rps) / 2;
      const healthCpu = (mine[i - 1]!.serverCpuMsPerRequest + mine[i + 1]!.serverCpuMsPerRequest) / 2;
      perRound.push({
        round: r,
        endpoint: p.endpoint,
        rps: p.rps,
        healthRps: round(healthRps, 1),
        cost: round(healthRps / p.rps, 2),
        cpuMs: p.serverCpuMsPerRequest,
        healthCpuMs: round(healthCpu, 3),
        cpuCost: round(p.serverCpuMsPerRequest / healthCpu, 2),
      });
    });
  }
  const summary = (key: Endpoint['key']) => {
    const ps = phases.filter((p) => p.endpoint === key);
    const mean = (f: (p: Phase) => number) => ps.reduce((s, p) => s + f(p), 0) / ps.length;
    const costs = perRound.filter((c) => c.endpoint === key);
    const cost = costs.length ? round(median(costs.map((c) => c.cost)), 2) : null;
    const cpuCost = costs.length ? round(median(costs.map((c) => c.cpuCost)), 2) : null;
    return {
      label: endpoints[key].label,
      path: endpoints[key].path,
      rps: round(
        mean((p) => p.rps),
        1,
      ),
      serverCpuMsPerRequest: round(
        mean((p) => p.serverCpuMsPerRequest),
        3,
      ),
      p50Ms: round(
        mean((p) => p.p50Ms),
        2,
      ),
      p95Ms: round(
        mean((p) => p.p95Ms),
        2,
      ),
      requests: ps.reduce((s, p) => s + p.requests, 0),
      errors: ps.reduce((s, p) => s + p.errors, 0),
      meanBytes: Math.round(mean((p) => p.meanBytes)),
      healthRpsAround: costs.length ? round(costs.reduce((s, c) => s + c.healthRps, 0) / costs.length, 1) : null,
      costVsHealth: cost,
      cpuCostVsHealth: cpuCost,
      target: key === 'health' ? null : COST_TARGET,
      pass: cost === null ? null : cost <= COST_TARGET && ps.every((p) => p.errors === 0),
    };
  };
  const throughput = { health: summary('health'), list: summary('list'), page: summary('page'), runbook: summary('runbook') };

  // Browser side: before the binders (the full binder may take the server down).
  let browser: BrowserPageResult[] | null = null;
  if (!cfg.skipBrowser) {
    log('browser side: cold-load JavaScript and Lighthouse (mobile and desktop) for three pages…');
    browser = await benchBrowser({
      baseUrl: `http://127.0.0.1:${port}`,
      sessionToken: setup.sessionToken,
      log,
      targets: [
        { key: 'inventory', label: 'inventory page /applications', path: '/applications' },
        { key: 'application', label: 'application page /applications/{id}', path: `/applications/${id}` },
        { key: 'runbook', label: 'runbook page /applications/{id}/runbook', path: `/applications/${id}/runbook` },
      ],
    });
  }

  // Single timings.
  const timings: Timed[] = [];
  const time = async (what: string, urlPath: string, timeoutMs = 300_000) => {
    log(`timing ${what}…`);
    const t = await timed(port, what, urlPath, bearer, timeoutMs);
    log(`  ${fmtMs(t.ms)}, ${fmtBytes(t.bytes)}${t.error ? `, ${t.error}` : ''}`);
    timings.push(t);
    return t;
  };
  if (!cfg.skipPdf) {
    await time('runbook PDF (1 app, first: starts Chromium)', `/api/v1/applications/${id}/runbook?format=pdf`);
    await time('runbook PDF (1 app, Chromium running)', `/api/v1/applications/${id}/runbook?format=pdf`);
  }
  // Every runbook lists the whole inventory (firewall blast radius), so a binder grows with n²: at
  // 2,000 applications the full one is larger than a JavaScript string may be
  // (docs/decisions/0060-performance.md). Subsets by owner (the binder's own filter) are timed first;
  // the full binder last, as it may take the server down.
  const owners = (needle: string) => inventory.applications.filter((a) => (a.owner ?? '').toLowerCase().includes(needle)).length;
  const dept = '(finance)';
  const person = 'dana fischer (finance)';
  const subset = `?owner=${encodeURIComponent(dept)}`;
  const notes: string[] = [];
  await time(`binder HTML, owner "${dept}" (${owners(dept)} apps)`, `/api/v1/runbooks${subset}&format=html`, cfg.binderTimeoutMs);
  await time(`binder Markdown, owner "${dept}" (${owners(dept)} apps)`, `/api/v1/runbooks${subset}&format=md`, cfg.binderTimeoutMs);
  if (!cfg.skipPdf) {
    await time(
      `binder PDF, owner "${person}" (${owners(person)} apps)`,
      `/api/v1/runbooks?owner=${encodeURIComponent(person)}&format=pdf`,
      cfg.binderTimeoutMs,
    );
  }
  if (cfg.fullBinder) {
    trackServerTree();
    let failed: Timed | null = null;
    for (const format of cfg.skipPdf ? (['md', 'html'] as const) : (['md', 'html', 'pdf'] as const)) {
      const what = `binder ${format === 'md' ? 'Markdown' : format.toUpperCase()}, all ${setup.applications} apps`;
      if (failed) {
        const why = format === 'pdf' ? 'it is printed from the HTML binder' : 'it is larger than the Markdown one';
        timings.push({
          what,
          path: `/api/v1/runbooks?format=${format}`,
          ms: 0,
          status: null,
          bytes: 0,
          contentType: '',
          skipped: true,
          error: `not attempted: the ${failed.what} failed and ${why}`,
        });
        continue;
      }
      const t = await time(what, `/api/v1/runbooks?format=${format}`, cfg.binderTimeoutMs);
      if (t.error) {
        await new Promise((r) => setTimeout(r, 1000));
        const died = server?.exitCode !== null || server?.signalCode !== null;
        const cause = /JavaScript heap out of memory|RangeError: Invalid string length/.exec(readFileSync(started.logFile, 'utf8'))?.[0];
        const why = cause ? `: ${cause}` : '';
        t.error = died
          ? `the server process died after ${fmtMs(t.ms)}${why}`
          : t.status === null
            ? `no answer within ${fmtMs(cfg.binderTimeoutMs)} (${t.error})${why}`
            : `${t.error}${why}`;
        t.serverDied = died;
        log(`  ${t.error}`);
        failed = t;
        notes.push(`full binder (${setup.applications} apps): ${t.error}`);
      }
    }
  }

  // Last with the server up: it adds BENCH_IMPORT_APPS applications (issue 14 item 5).
  let importHealth: ImportHealthResult | null = null;
  if (!cfg.skipImportHealth) {
    log(`GET /api/health while POST /api/v1/import applies ${cfg.importApps} applications…`);
    importHealth = await benchImportHealth(port, bearer, cfg.importApps);
    log(
      `  import ${importHealth.importStatus} in ${fmtMs(importHealth.importMs)} (${importHealth.bytes} bytes); health: ${importHealth.healthPolls} polls, max ${importHealth.healthMaxMs} ms, p95 ${importHealth.healthP95Ms} ms, ${importHealth.over200ms} ≥ 200 ms (target: none)`,
    );
    notes.push(
      `health during a ${cfg.importApps}-app import: max ${importHealth.healthMaxMs} ms over ${importHealth.healthPolls} polls (target < 200 ms)`,
    );
  }

  log('stopping the server…');
  await stopServer();
  const serverLogTail = tail(started.logFile);

  let assess: AssessBenchResult | null = null;
  if (!cfg.skipAssess) {
    log(`assess CLI scaling (1 / 10,000 / 20,000 applications, ${cfg.assessRuns} runs each)…`);
    assess = await benchAssess({ runs: cfg.assessRuns });
  }

  let runbookMetrics: RunbookBenchResult | null = null;
  if (!cfg.skipRunbooks && !cfg.skipPdf) {
    log('runbook metrics on the demo data (Chromium)…');
    runbookMetrics = await benchRunbooks(log);
  }

  // ---- the table
  const rows: Row[] = [];
  rows.push({
    measurement: `import ${setup.applications} apps, ${setup.groups} groups (applyImport)`,
    result: fmtMs(setup.importMs),
    detail: 'one transaction, actor cli',
    target: '',
    verdict: '',
  });
  rows.push({
    measurement: 'server start (run.mjs start → /api/health)',
    result: fmtMs(started.startMs),
    detail: started.built ? 'including next build' : 'build was current',
    target: '',
    verdict: '',
  });
  const h = throughput.health;
  rows.push({
    measurement: h.label,
    result: `${fmtInt(h.rps)} req/s`,
    detail: `server CPU ${h.serverCpuMsPerRequest} ms/request; p50 ${h.p50Ms} ms, p95 ${h.p95Ms} ms; phases ${phases
      .filter((p) => p.endpoint === 'health')
      .map((p) => fmtInt(p.rps))
      .join(', ')} req/s`,
    target: 'baseline',
    verdict: h.errors ? `${h.errors} errors` : '',
  });
  for (const key of ['list', 'page', 'runbook'] as const) {
    const s = throughput[key];
    const rounds = perRound.filter((c) => c.endpoint === key);
    const cpuPass = s.cpuCostVsHealth !== null && s.cpuCostVsHealth <= COST_TARGET;
    rows.push({
      measurement: s.label,
      result: `${s.costVsHealth}× (CPU ${s.cpuCostVsHealth}×)`,
      detail:
        `${fmtInt(s.rps)} req/s vs health ${fmtInt(s.healthRpsAround ?? 0)}; rounds ${rounds.map((c) => c.cost).join(', ')}; ` +
        `server CPU ${s.serverCpuMsPerRequest} ms/request; p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms; ${fmtBytes(s.meanBytes)}${s.errors ? `; ${s.errors} errors` : ''}`,
      target: `≤ ${COST_TARGET}×`,
      verdict: `${s.pass ? 'PASS' : 'MISS'}${cpuPass === s.pass ? '' : ` (CPU: ${cpuPass ? 'PASS' : 'MISS'})`}`,
    });
  }
  for (const t of timings) {
    // 413 is the server refusing a binder too large for one PDF (it says how to narrow it): by design.
    const refused = t.status === 413;
    rows.push({
      measurement: t.what,
      result: t.skipped ? 'not run' : refused ? `refused in ${fmtMs(t.ms)}` : t.error ? `FAILED after ${fmtMs(t.ms)}` : fmtMs(t.ms),
      detail: refused ? 'HTTP 413: at most 150 runbooks per PDF binder (by design)' : t.error ? t.error : fmtBytes(t.bytes),
      target: '',
      verdict: '',
    });
  }

  for (const b of browser ?? []) {
    const js = 'error' in b.js ? null : b.js;
    rows.push({
      measurement: `${b.label}: JavaScript of a cold load`,
      result: js ? `${fmtBytes(js.transferBytes)} transferred` : 'FAILED',
      detail: js
        ? `${js.scripts} scripts, ${fmtBytes(js.decodedBytes)} unpacked; whole load ${fmtBytes(js.allTransferBytes)} (document ${fmtBytes(js.documentTransferBytes)})`
        : (b.js as { error: string }).error,
      target: '',
      verdict: '',
    });
    for (const l of b.lighthouse) {
      rows.push({
        measurement: `${b.label}: Lighthouse ${l.preset}`,
        result: l.error ? 'FAILED' : `performance ${l.performance}, accessibility ${l.accessibility}`,
        detail:
          l.error ??
          `FCP ${fmtMs(l.firstContentfulPaintMs ?? NaN)}, LCP ${fmtMs(l.largestContentfulPaintMs ?? NaN)}, TBT ${fmtMs(l.totalBlockingTimeMs ?? NaN)}, CLS ${round(l.cumulativeLayoutShift ?? NaN, 3)}`,
        target: '',
        verdict: '',
      });
    }
  }

  if (assess) {
    for (const s of assess.sizes) {
      rows.push({
        measurement: `assess CLI, ${fmtInt(s.applications)} apps / ${fmtInt(s.groups)} groups`,
        result: `${fmtMs(s.medianMs)} median`,
        detail: `runs ${s.runsMs.join(', ')} ms; ${fmtBytes(s.outputBytes)} out`,
        target: '',
        verdict: '',
      });
    }
    rows.push({
      measurement: 'assess(10k) / assess(1)',
      result: String(assess.ratio10kTo1),
      detail: 'median wall time of the CLI',
      target: `≤ ${assess.targets.ratio10kTo1}`,
      verdict: assess.ratio10kTo1 <= assess.targets.ratio10kTo1 ? 'PASS' : 'MISS',
    });
    rows.push({
      measurement: 'assess(20k) / assess(10k)',
      result: String(assess.ratio20kTo10k),
      detail: 'median wall time of the CLI',
      target: `≤ ${assess.targets.ratio20kTo10k}`,
      verdict: assess.ratio20kTo10k <= assess.targets.ratio20kTo10k ? 'PASS' : 'MISS',
    });
  }
  if (runbookMetrics) rows.push(...runbookRows(runbookMetrics));
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
  };
  const header = `Outage Readiness Planner benchmark, ${startedAt.toISOString()}: ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, load average ${loadAverageAtStart.join(' ')} at start; ${cfg.concurrency} concurrent keep-alive connections, ${cfg.warmupMs / 1000} s warm-up + ${cfg.durationMs / 1000} s per phase, ${cfg.rounds} round(s); cost = req/s of /api/health measured before and after ÷ req/s of the endpoint, median of the rounds (CPU: the server's CPU time per request ÷ that of /api/health, the same ratio without the noise of other work on the machine).`;
  const table = renderTable(rows);
  process.stdout.write(`\n${header}\n\n${table}\n\n`);

  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        date: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: { ...machine, loadAverageAtStart },
        config: cfg,
        dataset: { applications: setup.applications, groups: setup.groups, levels: setup.levels, target: setup.target },
        setup: { importMs: setup.importMs, imported: setup.imported },
        server: { startMs: started.startMs, built: started.built, port },
        throughput,
        phases,
        costPerRound: perRound,
        timings,
        browser,
        notes,
        assess,
        runbookMetrics,
        importHealth,
        table,
        serverLogTail,
      },
      null,
      2,
    )}\n`,
  );
  log(`wrote ${path.relative(process.cwd(), RESULTS)}`);
}

main().then(
  () => {
    cleanupSync();
    process.exit(0);
  },
  async (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    await stopServer();
    cleanupSync();
    process.exit(1);
  },
);
