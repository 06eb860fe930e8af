// The `assess` CLI (SPEC §3) as a testable function: runAssess(argv, io) returns the exit code.
//   npm run --silent assess -- FILE [--format json|md] [--lang en|de]
// stdout: the JSON (toAssessOutput) or Markdown report and nothing else. Exit 0: no critical finding;
// 1: at least one critical finding; 2: invalid input or usage (stderr says where and what was expected).
// Keep the imports light: this is the whole start-up cost of the CLI besides tsx itself.
import { assessInventory, hasCriticalFinding, iterateAssessments, writeAssessOutputJson } from '../domain/assess';
import { renderAssessmentMarkdown } from '../domain/report-md';
import { DEFAULT_POLICY, LANGS } from '../domain/types';
import type { Lang, Policy } from '../domain/types';
import { parseInventoryText } from '../interchange/parse';
import type { InterchangeError } from '../interchange/parse';
import { readArgs } from './args';

export interface CliIo {
  /** Reads a file as UTF-8; throws (with a Node error code) when it cannot. */
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_CRITICAL = 1;
export const EXIT_INVALID = 2;

export const ASSESS_USAGE = 'usage: npm run --silent assess -- FILE [--format json|md] [--lang en|de]';

/** At most this many input errors are printed; the rest are counted. */
const MAX_ERRORS = 50;

export interface AssessArgs {
  file: string;
  format: 'json' | 'md';
  lang?: Lang;
}

export type ArgsResult = { ok: true; args: AssessArgs } | { ok: true; help: true } | { ok: false; message: string };

export function parseAssessArgs(argv: readonly string[]): ArgsResult {
  const r = readArgs(argv, { format: 'string', lang: 'string' });
  if (!('read' in r)) return r;
  const { values, positionals } = r.read;
  const format = (values.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'md') return { ok: false, message: `--format must be json or md, got "${format}"` };
  const lang = values.lang as string | undefined;
  if (lang !== undefined && !(LANGS as readonly string[]).includes(lang))
    return { ok: false, message: `--lang must be en or de, got "${lang}"` };
  if (positionals.length > 1) return { ok: false, message: `only one FILE is accepted (got "${positionals[0]}" and "${positionals[1]}")` };
  const file = positionals[0];
  if (file === undefined) return { ok: false, message: 'missing FILE' };
  return { ok: true, args: { file, format, ...(lang ? { lang: lang as Lang } : {}) } };
}

/** `FILE:LINE: at PATH: message`, leaving out what is unknown. */
export function formatInputError(e: InterchangeError, fallbackFile: string): string {
  const file = e.file ?? fallbackFile;
  const where = e.line !== undefined ? `${file}:${e.line}` : file;
  const path = e.path !== undefined && e.path !== '' ? ` at ${e.path}:` : '';
  return `${where}:${path} ${e.message}`;
}

function readErrorMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, expected an inventory file';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

export function runAssess(argv: readonly string[], io: CliIo): number {
  const parsedArgs = parseAssessArgs(argv);
  if (!parsedArgs.ok) {
    io.stderr(`assess: ${parsedArgs.message}\n${ASSESS_USAGE}\n`);
    return EXIT_INVALID;
  }
  if ('help' in parsedArgs) {
    io.stdout(`${ASSESS_USAGE}\n`);
    return EXIT_OK;
  }
  const { file, format } = parsedArgs.args;

  let text: string;
  try {
    text = io.readFile(file);
  } catch (err) {
    io.stderr(`${file}: cannot read: ${readErrorMessage(err)}\n`);
    return EXIT_INVALID;
  }

  const parsed = parseInventoryText(text, { filename: file, format: 'auto' });
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, MAX_ERRORS).map((e) => formatInputError(e, file));
    const more = parsed.errors.length - shown.length;
    io.stderr(`${shown.join('\n')}\n${more > 0 ? `… and ${more} more errors\n` : ''}`);
    return EXIT_INVALID;
  }

  const inv = parsed.inventory;
  const policy: Policy = { ...DEFAULT_POLICY, ...inv.policy };
  const lang: Lang = parsedArgs.args.lang ?? policy.defaultLanguage;
  if (format === 'md') {
    const assessment = assessInventory(inv, policy);
    io.stdout(renderAssessmentMarkdown(assessment, lang, { source: file }));
    return hasCriticalFinding(assessment) ? EXIT_CRITICAL : EXIT_OK;
  }
  // JSON is streamed application by application: large inventories stay cheap in memory.
  const { critical } = writeAssessOutputJson(iterateAssessments(inv, policy), lang, (chunk) => io.stdout(chunk));
  return critical ? EXIT_CRITICAL : EXIT_OK;
}
