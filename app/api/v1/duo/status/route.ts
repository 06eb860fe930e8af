import { route } from '@/lib/server/http';
import { getDuoStatus } from '@/lib/server/duo/status';

/** GET /api/v1/duo/status (any signed-in role): {"state":"operational"|"degraded"|"outage"|"unknown","checkedAt",…}. */
export const GET = route(async ({ actor }) => getDuoStatus({ actor }));
