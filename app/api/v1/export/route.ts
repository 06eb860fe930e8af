import { AppError } from '@/lib/server/errors';
import { route } from '@/lib/server/http';
import { exportInventory, renderExport } from '@/lib/server/inventory/export';

export const GET = route(async ({ req, actor }) => {
  const format = new URL(req.url).searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    throw new AppError('BAD_REQUEST', 'format must be json or csv.', [{ path: 'format', message: 'Expected json or csv' }]);
  }
  const body = renderExport(await exportInventory({ actor }), format);
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="inventory-${stamp}.${format}"` },
  });
});
