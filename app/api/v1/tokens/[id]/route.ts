import { revokeToken } from '@/lib/server/account';
import { route } from '@/lib/server/http';

/** The owner or an admin revokes a token: 204, and the token answers 401 from then on. */
export const DELETE = route<{ id: string }>(async ({ actor, params }) => {
  await revokeToken({ actor, id: params.id });
});
