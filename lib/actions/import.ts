'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { analyzeLogText, type LogEvent, type LogSummary } from '../logs/analyze';
import { getActor } from '../server/auth/current';
import { AppError } from '../server/errors';
import { applyImport, previewImport, type ImportOverride, type ImportPreview, type ImportResult } from '../server/inventory/import';
import { parseImportFilesAsync } from '../server/inventory/import-files';
import { importFilesSchema, importOverridesSchema, importSelectSchema } from '../validations/import';
import { assertCan } from '../server/permissions';
import { asResult, parseArgs, type ActionResult } from './result';
import { objectArg } from '../validations/actions';

function parseFiles(input: unknown) {
  const r = importFilesSchema.safeParse(input);
  if (!r.success) throw new AppError('VALIDATION_FAILED', r.error.issues[0].message);
  return parseImportFilesAsync(r.data.files, r.data.format);
}

function parseOverrides(v: unknown): Record<string, ImportOverride> {
  const r = importOverridesSchema.safeParse(v ?? {});
  if (!r.success)
    throw new AppError('VALIDATION_FAILED', r.error.issues[0].message, [
      { path: r.error.issues[0].path.join('.'), message: r.error.issues[0].message },
    ]);
  return r.data;
}

/** The web UI says what to do on the page (pick a format above), in the user's language: a code. */
async function withUiErrors<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  const res = await asResult(fn);
  if (!res.ok && res.error.issues?.some((i) => i.message === 'FORMAT_UNKNOWN')) {
    const files = res.error.issues.filter((i) => i.message === 'FORMAT_UNKNOWN').map((i) => i.path);
    return {
      ok: false,
      error: {
        code: 'IMPORT_FORMAT_UNKNOWN',
        message: files.join(', '),
        issues: files.map((f) => ({ path: f, message: 'FORMAT_UNKNOWN' })),
      },
    };
  }
  return res;
}

export interface PreviewData {
  preview: ImportPreview;
  warnings: { file: string; line?: number; message: string; critical: boolean }[];
}

/** Parses the uploaded files and compares them with the inventory (writes nothing). */
export async function previewImportAction(input: unknown, overrides?: unknown): Promise<ActionResult<PreviewData>> {
  return withUiErrors(async () => {
    parseArgs(z.tuple([objectArg, z.unknown().optional()]), [input, overrides]);
    const actor = await getActor();
    assertCan(actor, 'inventory:write');
    const { inventory, warnings, meta } = await parseFiles(input);
    return {
      preview: await previewImport({ actor, inventory, meta, overrides: parseOverrides(overrides) }),
      warnings: warnings.map((w) => ({ file: w.file, line: w.line, message: w.message, critical: w.severity === 'critical' })),
    };
  });
}

/** Applies the chosen applications and groups of the same files as one audited change. */
export async function applyImportAction(input: unknown, select: unknown): Promise<ActionResult<ImportResult>> {
  return withUiErrors(async () => {
    parseArgs(z.tuple([objectArg, objectArg]), [input, select]);
    const actor = await getActor();
    assertCan(actor, 'inventory:write');
    const sel = importSelectSchema.safeParse(select);
    if (!sel.success)
      throw new AppError('VALIDATION_FAILED', sel.error.issues[0].message, [
        { path: sel.error.issues[0].path.join('.'), message: sel.error.issues[0].message },
      ]);
    const { inventory, meta } = await parseFiles(input);
    const names = (input as { files?: { file: string }[] }).files?.map((f) => f.file).join(', ') ?? 'upload';
    const res = await applyImport({ actor, inventory, meta, select: sel.data, source: `ui:${names.slice(0, 200)}` });
    revalidatePath('/applications');
    return res;
  });
}

export interface LogReport {
  summary: LogSummary;
  events: LogEvent[];
  lines: number;
  truncated: boolean;
}

/** Reads uploaded Auth Proxy / authevents / Duo Unix logs and returns the failmode events. */
export async function analyzeLogsAction(input: unknown): Promise<ActionResult<LogReport>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const actor = await getActor();
    assertCan(actor, 'inventory:read');
    const r = importFilesSchema.safeParse(input);
    if (!r.success) throw new AppError('VALIDATION_FAILED', r.error.issues[0].message);
    const summary: LogSummary = { failmodeSafeAllowed: 0, failmodeSecureDenied: 0, primaryOnlyBypassed: 0, unparsedLines: 0 };
    const events: LogEvent[] = [];
    let lines = 0;
    for (const f of r.data.files) {
      const a = analyzeLogText(f.text, f.file);
      summary.failmodeSafeAllowed += a.summary.failmodeSafeAllowed;
      summary.failmodeSecureDenied += a.summary.failmodeSecureDenied;
      summary.primaryOnlyBypassed += a.summary.primaryOnlyBypassed;
      summary.unparsedLines += a.summary.unparsedLines;
      lines += a.counts.lines;
      events.push(...a.events);
    }
    events.sort((x, y) => (x.timestamp ?? '').localeCompare(y.timestamp ?? ''));
    return { summary, events: events.slice(0, 5000), lines, truncated: events.length > 5000 };
  });
}
