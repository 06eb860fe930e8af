import { route } from '@/lib/server/http';
import { fileResponse } from '@/lib/server/http-file';
import { getBinder, parseBinderQuery, renderBinderFile } from '@/lib/server/runbooks';

export const GET = route(async ({ req, actor }) => {
  const q = parseBinderQuery(new URL(req.url).searchParams);
  const binder = await getBinder({ actor, lang: q.lang, filter: { level: q.level, integration: q.integration, owner: q.owner } });
  return fileResponse(await renderBinderFile(binder, q.format), req);
});
