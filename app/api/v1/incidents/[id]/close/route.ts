import { route } from '@/lib/server/http';
import { closeIncident } from '@/lib/server/incidents';
import { incidentLang, readOptionalJson } from '@/lib/server/incidents/http';

export const POST = route<{ id: string }>(async ({ req, actor, params }) =>
  closeIncident({ actor, id: params.id, input: await readOptionalJson(req), lang: incidentLang(req) }),
);
