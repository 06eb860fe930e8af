import { route } from '@/lib/server/http';
import { getRunbook, parseRunbookQuery, renderRunbookFile } from '@/lib/server/runbooks';
import { fileResponse } from '@/lib/server/http-file';

export const GET = route<{ id: string }>(async ({ req, actor, params }) => {
  const q = parseRunbookQuery(new URL(req.url).searchParams);
  const rb = await getRunbook({ actor, id: params.id, lang: q.lang });
  return fileResponse(await renderRunbookFile(rb, q.format), req);
});
