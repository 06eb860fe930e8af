import { Validator } from '@seriousme/openapi-schema-validator';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../../lib/openapi';

const ROOT = path.join(import.meta.dirname, '../../..');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every app/api/**\/route.ts as its OpenAPI path ([id] → {id}) with the HTTP methods it exports. */
function routeFiles(dir = path.join(ROOT, 'app/api')): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routeFiles(full));
    else if (name === 'route.ts') {
      const src = readFileSync(full, 'utf8');
      const methods = METHODS.filter((m) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(src));
      const rel = path.relative(path.join(ROOT, 'app'), path.dirname(full)).split(path.sep).join('/');
      out.push({ path: `/${rel}`.replace(/\[(\w+)\]/g, '{$1}'), methods: methods.map((m) => m.toLowerCase()) });
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  const doc = buildOpenApi();

  it('is a valid OpenAPI 3.1 document', async () => {
    const r = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(r.errors ?? []).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('describes every route file and every method it exports, and nothing else', () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThanOrEqual(16);
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    const missing = routes.flatMap((r) => r.methods.filter((m) => !paths[r.path]?.[m]).map((m) => `${m.toUpperCase()} ${r.path}`));
    expect(missing).toEqual([]);
    const files = new Map(routes.map((r) => [r.path, r.methods]));
    const extra = Object.entries(paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((k) => k !== 'parameters' && !files.get(p)?.includes(k))
        .map((k) => `${k.toUpperCase()} ${p}`),
    );
    expect(extra).toEqual([]);
  });
});
