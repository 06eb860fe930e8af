import { auditCsv, listAudit } from '@/lib/server/audit-log';
import { route } from '@/lib/server/http';

export const GET = route(async ({ req, actor }) => {
  const { items, nextCursor, format } = await listAudit({ actor, query: Object.fromEntries(new URL(req.url).searchParams) });
  if (format === 'csv') {
    return new Response(auditCsv(items), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="audit-log.csv"' },
    });
  }
  return { items: items.map(({ id: _id, ...rest }) => rest), nextCursor };
});
