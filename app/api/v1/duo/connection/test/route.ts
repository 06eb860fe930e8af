import { route } from '@/lib/server/http';
import { testDuoConnection } from '@/lib/server/duo/connection';

/** POST /api/v1/duo/connection/test (admin): {"ok","checks":[{"endpoint","permission","ok","kind"?,"message"}]}. */
export const POST = route(async ({ actor }) => testDuoConnection({ actor }));
