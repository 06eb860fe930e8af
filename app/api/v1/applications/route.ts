import { createApplication, listApplications } from '@/lib/server/inventory/applications';
import { langOf, readJson, route } from '@/lib/server/http';

export const GET = route(async ({ req, actor }) =>
  listApplications({ actor, lang: langOf(req), query: Object.fromEntries(new URL(req.url).searchParams) }).then(
    ({ items, nextCursor }) => ({ items, nextCursor }),
  ),
);

export const POST = route(async ({ req, actor }) => createApplication({ actor, lang: langOf(req), input: await readJson(req) }), {
  status: 201,
});
