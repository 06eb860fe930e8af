// Every Zod schema lives in lib/validations (issue 17): form, server action, route handler, CLI and
// OpenAPI share one definition. Elsewhere code only composes them (action argument tuples with
// z.tuple/z.unknown) or reads types (z.input, z.output). lib/env.ts holds the configuration schema.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const DIRS = ['app', 'components', 'lib', 'scripts', 'bench'];
const ALLOWED = new Set(['lib/env.ts']);
// A schema-building call: anything on z but composition (tuple, unknown), types and helpers.
const BUILDS = /\bz\.(?!tuple\(|unknown\(|infer\b|input\b|output\b|NEVER\b|toJSONSchema\(|core\b|ZodType\b)[A-Za-z]+\(/g;

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (rel !== 'lib/generated' && rel !== 'lib/validations') yield* sources(rel);
    } else if (/\.(ts|tsx|mts)$/.test(e.name)) yield rel;
  }
}

describe('Zod schemas', () => {
  it('are defined only in lib/validations', () => {
    const outside: string[] = [];
    for (const dir of DIRS) {
      for (const file of sources(dir)) {
        if (ALLOWED.has(file)) continue;
        const text = readFileSync(path.join(ROOT, file), 'utf8');
        if (!/from 'zod'/.test(text)) continue;
        for (const m of text.matchAll(BUILDS)) outside.push(`${file}: ${m[0]}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
