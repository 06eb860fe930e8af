import { readJson, route } from '@/lib/server/http';
import { recordIncidentAction } from '@/lib/server/incidents';
import { incidentLang } from '@/lib/server/incidents/http';

export const POST = route<{ id: string }>(
  async ({ req, actor, params }) => recordIncidentAction({ actor, id: params.id, input: await readJson(req), lang: incidentLang(req) }),
  { status: 201 },
);
