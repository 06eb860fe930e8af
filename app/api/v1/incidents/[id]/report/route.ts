import { route } from '@/lib/server/http';
import { fileResponse } from '@/lib/server/http-file';
import { getIncidentReport, parseIncidentReportQuery } from '@/lib/server/incidents';
import { withPdfQueueAnswers } from '@/lib/server/pdf-queue';

export const GET = route<{ id: string }>(async ({ req, actor, params }) => {
  const q = parseIncidentReportQuery(new URL(req.url).searchParams);
  return withPdfQueueAnswers(async () =>
    fileResponse(await getIncidentReport({ actor, id: params.id, format: q.format, lang: q.lang, signal: req.signal }), req),
  );
});
