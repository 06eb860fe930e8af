// Benchmark of the `assess` CLI (not a test): `npx tsx bench/assess.ts`.
// Generates inventories of 1, 10,000 and 20,000 applications with 1,000 groups (random access edges,
// 1–5 groups per application, ~3 on average), runs the CLI as a subprocess a few times per size (the
// same command as `npm run assess`: tsx scripts/assess.ts FILE, stdout piped), and reports the median.
// Targets: assess(10k)/assess(1) ≤ 1.5 and assess(20k)/assess(10k) ≤ 2.2.
// bench/run.ts can `import { benchAssess } from './assess'` to collect the numbers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIGURED_FAILMODES, CRITICALITIES, DATA_CLASSES, INTEGRATION_SLUGS } from '../lib/domain/types';
import type { ApplicationInput, DataClass, GroupInput, Inventory } from '../lib/domain/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX_CLI = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Small deterministic PRNG (mulberry32), so every run benchmarks the same inventories. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateInventory(apps: number, groups: number, seed = 42): Inventory {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const groupList: GroupInput[] = Array.from({ length: groups }, (_, i) => ({
    name: `group-${String(i).padStart(4, '0')}`,
    alwaysRequireMfa: r() < 0.1,
    memberCount: Math.floor(r() * 500),
  }));
  const applications: ApplicationInput[] = Array.from({ length: apps }, (_, i) => {
    const dataClasses = DATA_CLASSES.filter(() => r() < 0.1) as DataClass[];
    const n = 1 + Math.floor(r() * 5);
    const access = new Set<string>();
    while (access.size < Math.min(n, groups)) access.add(pick(groupList).name);
    const m = r();
    return {
      name: `app-${String(i).padStart(6, '0')}`,
      integration: pick(INTEGRATION_SLUGS),
      dataClasses,
      mfaMandate: m < 0.15 ? 'all-users' : m < 0.35 ? 'some-groups' : 'none',
      criticality: pick(CRITICALITIES),
      configuredFailmode: pick(CONFIGURED_FAILMODES),
      groups: [...access],
    };
  });
  return { version: 1, groups: groupList, applications };
}

export interface BenchSize {
  applications: number;
  groups: number;
  accessEdges: number;
  runsMs: number[];
  medianMs: number;
  exitCode: number | null;
  outputBytes: number;
}

export interface AssessBenchResult {
  name: 'assess';
  sizes: BenchSize[];
  /** median(10k) / median(1); target ≤ 1.5 */
  ratio10kTo1: number;
  /** median(20k) / median(10k); target ≤ 2.2 */
  ratio20kTo10k: number;
  targets: { ratio10kTo1: number; ratio20kTo10k: number };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function timeCli(file: string): { ms: number; exitCode: number | null; bytes: number } {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [TSX_CLI, path.join(ROOT, 'scripts', 'assess.ts'), file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 0 && res.status !== 1) {
    throw new Error(`assess exited ${res.status}: ${res.stderr?.toString().slice(0, 500)}`);
  }
  return { ms, exitCode: res.status, bytes: res.stdout?.length ?? 0 };
}

export async function benchAssess(opts: { runs?: number; sizes?: number[]; groups?: number } = {}): Promise<AssessBenchResult> {
  const runs = opts.runs ?? 5;
  const sizes = opts.sizes ?? [1, 10_000, 20_000];
  const groups = opts.groups ?? 1_000;
  const dir = mkdtempSync(path.join(tmpdir(), 'orp-bench-'));
  try {
    const files = sizes.map((n) => {
      const inv = generateInventory(n, groups);
      const file = path.join(dir, `inventory-${n}.json`);
      writeFileSync(file, JSON.stringify(inv));
      return { n, file, edges: inv.applications.reduce((s, a) => s + a.groups.length, 0) };
    });
    timeCli(files[0]!.file); // warm-up: tsx's transform cache, file system cache
    const results: BenchSize[] = [];
    for (const f of files) {
      const samples = Array.from({ length: runs }, () => timeCli(f.file));
      results.push({
        applications: f.n,
        groups,
        accessEdges: f.edges,
        runsMs: samples.map((s) => Math.round(s.ms * 10) / 10),
        medianMs: Math.round(median(samples.map((s) => s.ms)) * 10) / 10,
        exitCode: samples[0]!.exitCode,
        outputBytes: samples[0]!.bytes,
      });
    }
    const at = (n: number) => results.find((r) => r.applications === n)?.medianMs ?? NaN;
    return {
      name: 'assess',
      sizes: results,
      ratio10kTo1: Math.round((at(10_000) / at(1)) * 100) / 100,
      ratio20kTo10k: Math.round((at(20_000) / at(10_000)) * 100) / 100,
      targets: { ratio10kTo1: 1.5, ratio20kTo10k: 2.2 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(r: AssessBenchResult): void {
  const rows = r.sizes.map(
    (s) =>
      `| ${String(s.applications).padStart(6)} | ${String(s.groups).padStart(6)} | ${String(s.accessEdges).padStart(6)} | ${s.medianMs.toFixed(1).padStart(9)} | ${(s.outputBytes / 1e6).toFixed(2).padStart(8)} | ${s.runsMs.join(', ')}`,
  );
  const ok = (v: number, t: number) => (v <= t ? 'ok' : 'MISSED');
  process.stdout.write(
    [
      '| apps   | groups | edges  | median ms | out (MB) | runs (ms)',
      '|-------:|-------:|-------:|----------:|---------:|----------',
      ...rows,
      '',
      `assess(10k)/assess(1)   = ${r.ratio10kTo1} (target ≤ ${r.targets.ratio10kTo1}: ${ok(r.ratio10kTo1, r.targets.ratio10kTo1)})`,
      `assess(20k)/assess(10k) = ${r.ratio20kTo10k} (target ≤ ${r.targets.ratio20kTo10k}: ${ok(r.ratio20kTo10k, r.targets.ratio20kTo10k)})`,
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  benchAssess({ runs }).then(printTable, (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
