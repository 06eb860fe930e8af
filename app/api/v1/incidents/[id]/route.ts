import { route } from '@/lib/server/http';
import { getIncident } from '@/lib/server/incidents';
import { incidentLang } from '@/lib/server/incidents/http';

export const GET = route<{ id: string }>(async ({ req, actor, params }) => getIncident({ actor, id: params.id, lang: incidentLang(req) }));
