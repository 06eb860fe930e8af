import { deleteApplication, getApplication, updateApplication } from '@/lib/server/inventory/applications';
import { langOf, readJson, route } from '@/lib/server/http';
import { versionParam } from '@/lib/server/inventory/shared';

type P = { id: string };

export const GET = route<P>(async ({ req, actor, params }) => getApplication({ actor, lang: langOf(req), id: params.id }));

export const PATCH = route<P>(async ({ req, actor, params }) =>
  updateApplication({ actor, lang: langOf(req), id: params.id, input: await readJson(req), mode: 'patch' }),
);

export const DELETE = route<P>(async ({ req, actor, params }) => {
  await deleteApplication({ actor, id: params.id, version: versionParam(req) });
});
