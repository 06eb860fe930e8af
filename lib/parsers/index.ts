// The importer as one pure function: texts of artefacts → one interchange inventory, all or nothing.
// Used by the import CLI (lib/cli/import.ts) and meant for POST /api/v1/import (same result).
import { parseInventoryText } from '../interchange/parse';
import { parseAuthProxyConfig } from './authproxy';
import { IMPORT_FORMATS } from './common';
import type { ImportFormat, ParseFailure, SourceError, SourceWarning } from './common';
import { detectFormat } from './detect';
import { parseDuoAdminApiIntegrations } from './duo-admin-api';
import { parseDuoUnixConfig } from './duo-unix';
import { toInventory } from './to-inventory';
import type { ImportAppMeta, ParsedSource, ToInventoryResult } from './to-inventory';

export { IMPORT_FORMATS };
export { DUO_ADMIN_API_TYPES } from './duo-admin-api-types';
export type { ImportAppMeta, ImportFormat, SourceWarning, ToInventoryResult };

export interface ImportInput {
  /** The file name or path as the user gave it: used in messages and application names. */
  file: string;
  text: string;
}

export type ParseSourceResult = { ok: true; source: ParsedSource; warnings: SourceWarning[] } | ParseFailure;

/** Parses one artefact in the given format ('auto': detectFormat). Never throws. */
export function parseSource(input: ImportInput, format: ImportFormat | 'auto' = 'auto'): ParseSourceResult {
  const { file, text } = input;
  const fmt = format === 'auto' ? detectFormat(text, file) : format;
  switch (fmt) {
    case null:
      return {
        ok: false,
        errors: [
          {
            file,
            line: 1,
            code: 'FORMAT_UNKNOWN',
            message:
              'cannot tell the format from the content: expected an inventory (JSON/CSV), an authproxy.cfg, a Duo Unix conf or Admin API integrations JSON',
          },
        ],
      };
    case 'inventory': {
      let r: ReturnType<typeof parseInventoryText>;
      try {
        r = parseInventoryText(text, { filename: file, format: 'auto' });
      } catch (e) {
        return { ok: false, errors: [{ file, message: `cannot read the inventory: ${e instanceof Error ? e.message : String(e)}` }] };
      }
      if (!r.ok) return { ok: false, errors: r.errors.map((e) => ({ ...e, file: e.file ?? file })) };
      return { ok: true, source: { format: 'inventory', file, inventory: r.inventory }, warnings: [] };
    }
    case 'authproxy': {
      const r = parseAuthProxyConfig(text, file);
      if (!r.ok) return r;
      return { ok: true, source: { format: 'authproxy', file, result: r }, warnings: r.warnings };
    }
    case 'duo-unix': {
      const r = parseDuoUnixConfig(text, file);
      if (!r.ok) return r;
      return { ok: true, source: { format: 'duo-unix', file, result: r }, warnings: r.warnings };
    }
    case 'duo-admin-api': {
      const r = parseDuoAdminApiIntegrations(text, file);
      if (!r.ok) return r;
      return { ok: true, source: { format: 'duo-admin-api', file, result: r }, warnings: r.warnings };
    }
  }
}

/**
 * Parses every input and merges them into one inventory. All or nothing: any error in any file fails
 * the whole import, and every file's errors are reported.
 */
export function importArtefacts(inputs: readonly ImportInput[], format: ImportFormat | 'auto' = 'auto'): ToInventoryResult {
  const errors: SourceError[] = [];
  const warnings: SourceWarning[] = [];
  const sources: ParsedSource[] = [];
  for (const input of inputs) {
    const r = parseSource(input, format);
    if (!r.ok) errors.push(...r.errors);
    else {
      sources.push(r.source);
      warnings.push(...r.warnings);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const merged = toInventory(sources);
  if (!merged.ok) return merged;
  return { ok: true, inventory: merged.inventory, warnings: [...warnings, ...merged.warnings], meta: merged.meta };
}
