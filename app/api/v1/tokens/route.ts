import { listTokens } from '@/lib/server/account';
import { route } from '@/lib/server/http';

/** Your API tokens; admins see everyone's. */
export const GET = route(async ({ actor }) => listTokens({ actor }));
