import { deleteGroup, getGroup, updateGroup } from '@/lib/server/inventory/groups';
import { readJson, route } from '@/lib/server/http';
import { versionParam } from '@/lib/server/inventory/shared';

type P = { id: string };

export const GET = route<P>(async ({ actor, params }) => getGroup({ actor, id: params.id }));

export const PATCH = route<P>(async ({ req, actor, params }) =>
  updateGroup({ actor, id: params.id, input: await readJson(req), mode: 'patch' }),
);

export const DELETE = route<P>(async ({ req, actor, params }) => {
  await deleteGroup({ actor, id: params.id, version: versionParam(req) });
});
