import { readJson, route } from '@/lib/server/http';
import { declareIncident, listIncidents } from '@/lib/server/incidents';
import { incidentLang } from '@/lib/server/incidents/http';

export const GET = route(async ({ actor }) => listIncidents({ actor }));

export const POST = route(async ({ req, actor }) => declareIncident({ actor, input: await readJson(req), lang: incidentLang(req) }), {
  status: 201,
});
