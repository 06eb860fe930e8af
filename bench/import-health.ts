// Part of `npm run bench` (issue 14 item 5): how long GET /api/health takes while one editor's large
// import (BENCH_IMPORT_APPS, default 15,000 applications; ~2.9 MB of interchange JSON) is applied
// through POST /api/v1/import. Health is polled every 50 ms on a fresh connection; the target is
// < 200 ms for every poll. Skip with BENCH_SKIP_IMPORT_HEALTH=1.
import http from 'node:http';
import { generateInventory } from './assess';

export interface ImportHealthResult {
  apps: number;
  bytes: number;
  importMs: number;
  importStatus: number | null;
  healthPolls: number;
  healthMaxMs: number;
  healthP95Ms: number;
  over200ms: number;
}

function request(port: number, method: string, urlPath: string, headers: Record<string, string>, body?: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        agent: false,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

export async function benchImportHealth(port: number, bearer: Record<string, string>, apps: number): Promise<ImportHealthResult> {
  const inv = generateInventory(apps, 200, 20261202);
  // Names that do not collide with the bench inventory already stored.
  const body = Buffer.from(
    JSON.stringify({
      ...inv,
      applications: inv.applications.map((a) => ({ ...a, name: `Import load ${a.name}`, groups: a.groups.map((g) => `import-load-${g}`) })),
      groups: inv.groups.map((g) => ({ ...g, name: `import-load-${g.name}` })),
    }),
  );
  const lat: number[] = [];
  let done = false;
  const t0 = performance.now();
  const imp = request(port, 'POST', '/api/v1/import', { ...bearer, 'content-type': 'application/json' }, body)
    .catch(() => null)
    .finally(() => (done = true));
  while (!done) {
    const s = performance.now();
    await request(port, 'GET', '/api/health', {}).catch(() => 0);
    lat.push(performance.now() - s);
    await new Promise((r) => setTimeout(r, 50));
  }
  const importStatus = await imp;
  const importMs = performance.now() - t0;
  const sorted = [...lat].sort((a, b) => a - b);
  return {
    apps,
    bytes: body.length,
    importMs: Math.round(importMs),
    importStatus,
    healthPolls: lat.length,
    healthMaxMs: Math.round(sorted[sorted.length - 1] ?? 0),
    healthP95Ms: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
    over200ms: lat.filter((x) => x >= 200).length,
  };
}
