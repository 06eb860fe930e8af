import { langOf, readJson, route } from '@/lib/server/http';
import { simulationResponse } from '@/lib/server/simulations';

export const POST = route(async ({ req, actor }) => simulationResponse({ actor, input: await readJson(req), lang: langOf(req) }));
