import { AppError } from '@/lib/server/errors';
import { readText, route } from '@/lib/server/http';
import { renderInventoryJson } from '@/lib/interchange/parse';
import { applyImport } from '@/lib/server/inventory/import';
import { importFormatSchema, MAX_IMPORT_BYTES, parseImportFilesAsync } from '@/lib/server/inventory/import-files';
import { assertCan } from '@/lib/server/permissions';

/**
 * POST /api/v1/import?dryRun=true&format=auto&filename=authproxy.cfg — the body is the file itself
 * (any importer format). dryRun answers the interchange JSON it would import (as the CLI prints it);
 * otherwise it applies it as one audited change and answers {created, updated, unchanged}.
 */
export const POST = route(async ({ req, actor }) => {
  assertCan(actor, 'inventory:write');
  const url = new URL(req.url);
  const dryRun = url.searchParams.get('dryRun');
  if (dryRun !== null && dryRun !== 'true' && dryRun !== 'false') {
    throw new AppError('BAD_REQUEST', 'dryRun must be true or false.', [{ path: 'dryRun', message: 'Expected true or false' }]);
  }
  const format = importFormatSchema.safeParse(url.searchParams.get('format') ?? 'auto');
  if (!format.success)
    throw new AppError('BAD_REQUEST', format.error.issues[0].message, [{ path: 'format', message: format.error.issues[0].message }]);
  const filename = (url.searchParams.get('filename') ?? 'upload').replace(/[^\w.\- ]/g, '_').slice(0, 100) || 'upload';
  const text = await readText(req, MAX_IMPORT_BYTES);
  const { inventory, warnings, meta } = await parseImportFilesAsync([{ file: filename, text }], format.data);
  if (dryRun === 'true') {
    // Exactly what `npm run import -- --dry-run` prints: the interchange JSON it would import.
    return new Response(renderInventoryJson(inventory), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-import-warnings': String(warnings.length) },
    });
  }
  return applyImport({ actor, inventory, meta, source: `api:${filename}` });
});
