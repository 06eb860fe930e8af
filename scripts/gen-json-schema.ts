// Writes schemas/inventory.schema.json from the Zod schema: `npx tsx scripts/gen-json-schema.ts`
// (`--check` exits 1 when the committed file is out of date).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderInventoryJsonSchema } from '../lib/interchange/json-schema';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'inventory.schema.json');
const generated = renderInventoryJsonSchema();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing file: out of date
  }
  if (current !== generated) {
    process.stderr.write(`${target} is out of date: run npx tsx scripts/gen-json-schema.ts\n`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, generated);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
