// `npm run --silent assess -- FILE [--format json|md] [--lang en|de]` (SPEC §3). Thin wiring only:
// the logic is lib/cli/assess.ts (runAssess), tested in-process.
import { readFileSync } from 'node:fs';
import { EXIT_INVALID, runAssess } from '../lib/cli/assess';

// A closed pipe (e.g. `| head`) is not an error of the assessment.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

try {
  process.exitCode = runAssess(process.argv.slice(2), {
    readFile: (file) => readFileSync(file, 'utf8'),
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  });
} catch (err) {
  // Never let a bug look like "critical finding" (exit 1): report it and exit 2.
  process.stderr.write(`assess: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = EXIT_INVALID;
}
