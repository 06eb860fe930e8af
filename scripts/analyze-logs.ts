// `npm run --silent analyze-logs -- FILE…` (SPEC §3). Thin wiring only: the logic is
// lib/cli/analyze-logs.ts (runAnalyzeLogs) and lib/logs/analyze.ts, tested in-process.
import { EXIT_INVALID } from '../lib/cli/assess';
import { runAnalyzeLogs } from '../lib/cli/analyze-logs';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

try {
  process.exitCode = await runAnalyzeLogs(process.argv.slice(2), {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  });
} catch (err) {
  process.stderr.write(`analyze-logs: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = EXIT_INVALID;
}
