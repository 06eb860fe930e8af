import { route } from '@/lib/server/http';
import { getRunbookFile, parseRunbookQuery } from '@/lib/server/runbooks';
import { fileResponse } from '@/lib/server/http-file';
import { withPdfQueueAnswers } from '@/lib/server/pdf-queue';

export const GET = route<{ id: string }>(async ({ req, actor, params }) => {
  const q = parseRunbookQuery(new URL(req.url).searchParams);
  return withPdfQueueAnswers(async () =>
    fileResponse(await getRunbookFile({ actor, id: params.id, lang: q.lang, format: q.format, signal: req.signal }), req),
  );
});
