// npm run --silent export -- [--format json|csv] → the whole inventory in the interchange format.
import { parseArgs } from 'node:util';
import { disconnectDb } from '../lib/server/db/client';
import { exportInventory, renderExport } from '../lib/server/inventory/export';

async function main(): Promise<number> {
  let format: string;
  try {
    format = parseArgs({ options: { format: { type: 'string', default: 'json' } }, strict: true }).values.format ?? 'json';
  } catch (e) {
    console.error(`export: ${(e as Error).message}\nusage: npm run --silent export -- [--format json|csv]`);
    return 2;
  }
  if (format !== 'json' && format !== 'csv') {
    console.error('export: --format must be json or csv');
    return 2;
  }
  try {
    process.stdout.write(renderExport(await exportInventory({ actor: 'cli' }), format));
    return 0;
  } finally {
    await disconnectDb();
  }
}
process.exitCode = await main();
