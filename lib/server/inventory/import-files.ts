import 'server-only';
import { IMPORT_FORMATS, importArtefacts, type ImportAppMeta, type ImportFormat, type SourceWarning } from '../../parsers';
import type { InventoryData } from '../../validations/inventory';
import { MAX_IMPORT_BYTES } from '../../validations/import';
import { AppError } from '../errors';
import { importArtefactsOffThread } from './parse-off-thread';

// The schemas live in lib/validations/import.ts; re-exported for the route handler.
export { importFormatSchema, MAX_IMPORT_BYTES } from '../../validations/import';

export interface ImportFile {
  file: string;
  text: string;
}

/**
 * Parses one or more uploaded artefacts (authproxy.cfg, Duo Unix conf, Admin API JSON, inventory
 * JSON/CSV) into one interchange inventory; errors name the file and line (VALIDATION_FAILED).
 */
export function parseImportFiles(files: ImportFile[], format: 'auto' | ImportFormat = 'auto'): ParsedImport {
  checkFiles(files);
  return toParsed(importArtefacts(files, format));
}

/** The same, with large uploads parsed on a worker thread (the server's request paths use this). */
export async function parseImportFilesAsync(
  files: ImportFile[],
  format: 'auto' | ImportFormat = 'auto',
  opts?: { minBytes?: number },
): Promise<ParsedImport> {
  checkFiles(files);
  return toParsed(await importArtefactsOffThread(files, format, opts));
}

type ParsedImport = { inventory: InventoryData; warnings: SourceWarning[]; meta: ImportAppMeta[] };

function checkFiles(files: ImportFile[]): void {
  if (files.length === 0) throw new AppError('BAD_REQUEST', 'Send at least one file.');
  const total = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  if (total > MAX_IMPORT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `The files are larger than ${MAX_IMPORT_BYTES} bytes.`);
}

function toParsed(res: ReturnType<typeof importArtefacts>): ParsedImport {
  if (!res.ok) {
    const unknown = res.errors.filter((e) => e.code === 'FORMAT_UNKNOWN').map((e) => e.file);
    if (unknown.length > 0) {
      // The HTTP API takes the format as a query parameter; the web UI translates this code itself.
      throw new AppError(
        'VALIDATION_FAILED',
        `Cannot tell the format of ${unknown.join(', ')} from the content: send format=${IMPORT_FORMATS.join('|')}.`,
        [...unknown.map((f) => ({ path: f, message: 'FORMAT_UNKNOWN' }))],
      );
    }
    const issues = res.errors.map((e) => ({
      path: [e.file, e.line ? `line ${e.line}` : null, e.path ?? null].filter(Boolean).join(': '),
      message: e.message,
    }));
    throw new AppError('VALIDATION_FAILED', `The import is not valid. ${issues[0].path}: ${issues[0].message}`, issues);
  }
  return { inventory: res.inventory, warnings: res.warnings, meta: res.meta };
}
