import { createGroup, listGroups } from '@/lib/server/inventory/groups';
import { readJson, route } from '@/lib/server/http';

export const GET = route(async ({ req, actor }) =>
  listGroups({ actor, query: Object.fromEntries(new URL(req.url).searchParams) }).then(({ items, nextCursor }) => ({ items, nextCursor })),
);

export const POST = route(async ({ req, actor }) => createGroup({ actor, input: await readJson(req) }), { status: 201 });
