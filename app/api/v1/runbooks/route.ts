import { route } from '@/lib/server/http';
import { fileResponse } from '@/lib/server/http-file';
import { withPdfQueueAnswers } from '@/lib/server/pdf-queue';
import { getBinder, MAX_PDF_BINDER_RUNBOOKS, parseBinderQuery, renderBinderFile } from '@/lib/server/runbooks';

export const GET = route(async ({ req, actor }) => {
  const q = parseBinderQuery(new URL(req.url).searchParams);
  const binder = await getBinder({
    actor,
    lang: q.lang,
    filter: { level: q.level, integration: q.integration, owner: q.owner },
    maxRunbooks: q.format === 'pdf' ? MAX_PDF_BINDER_RUNBOOKS : undefined,
  });
  return withPdfQueueAnswers(async () => fileResponse(await renderBinderFile(binder, q.format, { actor, signal: req.signal }), req));
});
