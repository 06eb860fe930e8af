// The `import` CLI (SPEC §3) as a testable function: runImport(argv, io, deps) resolves to the exit code.
//   npm run --silent import -- [--dry-run] [--format auto|inventory|authproxy|duo-unix|duo-admin-api] FILE…
// --dry-run: writes nothing and prints the interchange JSON it would import. Otherwise deps.apply
// writes it (scripts/import.ts wires applyImport) and a one-line JSON summary is printed.
// stdout: JSON only. stderr: errors `FILE:LINE: message` and warnings `FILE:LINE: warning: message`.
// Exit 0: imported (or would be); 2: invalid input (any file: all or nothing), usage, or the write failed.
// Secrets never reach stdout or stderr: the parsers drop them and never echo them.
import { renderInventoryJson } from '../interchange/parse';
import { formatSourceMessage, IMPORT_FORMATS } from '../parsers/common';
import type { ImportFormat } from '../parsers/common';
import { importArtefacts } from '../parsers/index';
import type { ImportAppMeta, ImportInput } from '../parsers/index';
import type { InventoryData } from '../validations/inventory';
import { EXIT_INVALID, EXIT_OK } from './assess';
import type { CliIo } from './assess';
import { readArgs } from './args';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportDeps {
  /** Writes the inventory (all or nothing). Only called without --dry-run. */
  apply?: (inventory: InventoryData, meta?: readonly ImportAppMeta[]) => Promise<ImportSummary>;
}

export const IMPORT_USAGE = `usage: npm run --silent import -- [--dry-run] [--format auto|${IMPORT_FORMATS.join('|')}] FILE…`;

const MAX_MESSAGES = 50;

export interface ImportArgs {
  dryRun: boolean;
  format: ImportFormat | 'auto';
  files: string[];
}

export type ImportArgsResult = { ok: true; args: ImportArgs } | { ok: true; help: true } | { ok: false; message: string };

export function parseImportArgs(argv: readonly string[]): ImportArgsResult {
  const r = readArgs(argv, { 'dry-run': 'boolean', format: 'string' });
  if (!('read' in r)) return r;
  const { values, positionals: files } = r.read;
  const format = (values.format as string | undefined) ?? 'auto';
  if (format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, message: `--format must be one of auto, ${IMPORT_FORMATS.join(', ')}; got "${format}"` };
  }
  if (files.length === 0) return { ok: false, message: 'missing FILE' };
  return { ok: true, args: { dryRun: values['dry-run'] === true, format: format as ImportFormat | 'auto', files } };
}

function readErrorMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

function printLimited(lines: string[], write: (text: string) => void): void {
  if (lines.length === 0) return;
  const shown = lines.slice(0, MAX_MESSAGES);
  const more = lines.length - shown.length;
  write(`${shown.join('\n')}\n${more > 0 ? `… and ${more} more\n` : ''}`);
}

export async function runImport(argv: readonly string[], io: CliIo, deps: ImportDeps = {}): Promise<number> {
  const parsedArgs = parseImportArgs(argv);
  if (!parsedArgs.ok) {
    io.stderr(`import: ${parsedArgs.message}\n${IMPORT_USAGE}\n`);
    return EXIT_INVALID;
  }
  if ('help' in parsedArgs) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return EXIT_OK;
  }
  const { dryRun, format, files } = parsedArgs.args;

  const inputs: ImportInput[] = [];
  const readErrors: string[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, text: io.readFile(file) });
    } catch (err) {
      readErrors.push(`${file}: cannot read: ${readErrorMessage(err)}`);
    }
  }
  if (readErrors.length > 0) {
    printLimited(readErrors, io.stderr);
    return EXIT_INVALID;
  }

  const result = importArtefacts(inputs, format);
  if (!result.ok) {
    printLimited(
      result.errors.map((e) =>
        formatSourceMessage(e.code === 'FORMAT_UNKNOWN' ? { ...e, message: `${e.message}; pass --format ${IMPORT_FORMATS.join('|')}` } : e),
      ),
      io.stderr,
    );
    return EXIT_INVALID;
  }
  printLimited(
    result.warnings.map((w) => formatSourceMessage(w, w.severity === 'critical' ? 'critical: ' : 'warning: ')),
    io.stderr,
  );

  if (dryRun) {
    io.stdout(renderInventoryJson(result.inventory));
    return EXIT_OK;
  }
  if (!deps.apply) {
    io.stderr('import: writing to the database is not available here; use --dry-run\n');
    return EXIT_INVALID;
  }
  let summary: ImportSummary;
  try {
    summary = await deps.apply(result.inventory, result.meta);
  } catch (err) {
    io.stderr(`import: nothing was imported: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_INVALID;
  }
  io.stdout(`${JSON.stringify({ created: summary.created, updated: summary.updated, unchanged: summary.unchanged })}\n`);
  return EXIT_OK;
}
