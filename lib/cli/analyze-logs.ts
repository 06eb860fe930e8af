// The `analyze-logs` CLI (SPEC §3) as a testable function: runAnalyzeLogs(argv, io) resolves to the exit code.
//   npm run --silent analyze-logs -- FILE…
// stdout: {"summary":{"failmodeSafeAllowed","failmodeSecureDenied","primaryOnlyBypassed","unparsedLines"},
//          "events":[{"timestamp","kind","username","section","clientIp","file","line"}]} and nothing else.
// Exit 0 when every file was read (garbage lines are counted, never fatal); 2: usage, or a FILE is
// missing / unreadable / a directory (checked before anything is printed).
import { access, constants, stat } from 'node:fs/promises';
import { analyzeLogFiles, writeLogAnalysisJson } from '../logs/analyze';
import type { AnalyzeOptions } from '../logs/analyze';
import { EXIT_INVALID, EXIT_OK } from './assess';
import { readArgs } from './args';

export interface AnalyzeLogsIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const ANALYZE_LOGS_USAGE = 'usage: npm run --silent analyze-logs -- FILE…';

function fsErrorMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

export type AnalyzeLogsArgsResult = { ok: true; files: string[] } | { ok: true; help: true } | { ok: false; message: string };

export function parseAnalyzeLogsArgs(argv: readonly string[]): AnalyzeLogsArgsResult {
  const r = readArgs(argv, {});
  if (!('read' in r)) return r;
  const files = r.read.positionals;
  if (files.length === 0) return { ok: false, message: 'missing FILE' };
  return { ok: true, files };
}

export async function runAnalyzeLogs(argv: readonly string[], io: AnalyzeLogsIo, opts: AnalyzeOptions = {}): Promise<number> {
  const args = parseAnalyzeLogsArgs(argv);
  if (!args.ok) {
    io.stderr(`analyze-logs: ${args.message}\n${ANALYZE_LOGS_USAGE}\n`);
    return EXIT_INVALID;
  }
  if ('help' in args) {
    io.stdout(`${ANALYZE_LOGS_USAGE}\n`);
    return EXIT_OK;
  }

  const problems: string[] = [];
  for (const file of args.files) {
    try {
      const st = await stat(file);
      if (st.isDirectory()) problems.push(`${file}: is a directory, expected a log file`);
      else await access(file, constants.R_OK);
    } catch (err) {
      problems.push(`${file}: cannot read: ${fsErrorMessage(err)}`);
    }
  }
  if (problems.length > 0) {
    io.stderr(`${problems.join('\n')}\n`);
    return EXIT_INVALID;
  }

  let analysis;
  try {
    analysis = await analyzeLogFiles(args.files, opts);
  } catch (err) {
    io.stderr(`analyze-logs: cannot read: ${fsErrorMessage(err)}\n`);
    return EXIT_INVALID;
  }
  try {
    await writeLogAnalysisJson(analysis, io.stdout);
  } finally {
    await analysis.close();
  }
  return EXIT_OK;
}
