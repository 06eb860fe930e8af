// `npm run --silent import -- [--dry-run] [--format auto|inventory|authproxy|duo-unix|duo-admin-api] FILE…`
// (SPEC §3). Thin wiring only: the logic is lib/cli/import.ts (runImport), tested in-process. The
// database layer is loaded only when writing, so --dry-run needs no database.
import { readFileSync } from 'node:fs';
import { EXIT_INVALID } from '../lib/cli/assess';
import { runImport } from '../lib/cli/import';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

let wrote = false;
try {
  process.exitCode = await runImport(
    process.argv.slice(2),
    {
      readFile: (file) => readFileSync(file, 'utf8'),
      stdout: (text) => {
        process.stdout.write(text);
      },
      stderr: (text) => {
        process.stderr.write(text);
      },
    },
    {
      apply: async (inventory, meta) => {
        wrote = true;
        const { applyImport } = await import('../lib/server/inventory/import');
        return applyImport({ actor: 'cli', inventory, meta });
      },
    },
  );
} catch (err) {
  process.stderr.write(`import: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = EXIT_INVALID;
}
// A database client may keep the event loop alive after writing: end the process explicitly.
if (wrote) process.exit(process.exitCode ?? 0);
