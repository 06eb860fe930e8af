import { route } from '@/lib/server/http';
import { incidentToDrill } from '@/lib/server/incidents';
import { incidentLang } from '@/lib/server/incidents/http';

export const POST = route<{ id: string }>(
  async ({ req, actor, params }) => incidentToDrill({ actor, id: params.id, lang: incidentLang(req) }),
  { status: 201 },
);
