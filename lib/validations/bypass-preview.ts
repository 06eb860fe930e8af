// The unsaved form a bypass preview evaluates (issue 18 item 2): lenient on purpose, since the form
// is being filled in. Only the fields the bypass rule reads; unknown keys are dropped. The saved write
// is still validated by groupWriteSchema / applicationSchema.
import { z } from 'zod';
import { DATA_CLASSES, INTEGRATION_SLUGS, MFA_MANDATES } from '../domain/types';

const name = z.string({ error: 'Name must be text' }).trim().max(200, { error: 'Name must be at most 200 characters' }).catch('');
const names = z.array(z.string().trim().max(200)).max(10_000, { error: 'At most 10,000 names' }).catch([]);

export const groupDraftSchema = z.object({
  name,
  alwaysRequireMfa: z.boolean().catch(false),
  applications: names,
});

export const applicationDraftSchema = z.object({
  name,
  // Not chosen yet: the bypass rule does not read the integration; 'custom' stands in.
  integration: z.enum(INTEGRATION_SLUGS).catch('custom'),
  dataClasses: z.array(z.enum(DATA_CLASSES)).catch([]),
  // Not answered yet: treated as "no mandate" until it is.
  mfaMandate: z.enum(MFA_MANDATES).catch('none'),
  groups: names,
});
