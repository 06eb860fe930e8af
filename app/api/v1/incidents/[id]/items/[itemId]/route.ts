import { readJson, route } from '@/lib/server/http';
import { updateIncidentItem } from '@/lib/server/incidents';
import { incidentLang } from '@/lib/server/incidents/http';

export const PATCH = route<{ id: string; itemId: string }>(async ({ req, actor, params }) =>
  updateIncidentItem({ actor, id: params.id, itemId: params.itemId, input: await readJson(req), lang: incidentLang(req) }),
);
