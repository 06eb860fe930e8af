// Query shape of the audit log (GET /api/v1/audit and the audit page).
import { z } from 'zod';

export const auditQuerySchema = z.object({
  entity: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(254).optional(),
  action: z.string().trim().max(60).optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int()
    .min(1, { error: 'limit must be at least 1' })
    .max(1000, { error: 'limit must be at most 1000' })
    .default(100),
  cursor: z.coerce.number({ error: 'cursor must be a number' }).int().min(1).optional(),
  format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }).default('json'),
});
