// The Duo connection form / PUT /api/v1/duo/connection body (issue 19). Shared by the form
// (zodResolver), the server action and the route handler.
import { z } from 'zod';

/** Duo's API hostname, e.g. api-xxxxxxxx.duosecurity.com (no scheme, no path). */
export const duoApiHostSchema = z
  .string({ error: 'Enter the API hostname' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter the API hostname' })
  .max(253, { error: 'At most 253 characters' })
  .regex(/^(?!https?:)(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, {
    error: 'A host name such as api-xxxxxxxx.duosecurity.com, without https:// or a path',
  });

/** Duo integration keys are 20 characters starting with DI. */
export const duoIntegrationKeySchema = z
  .string({ error: 'Enter the integration key' })
  .trim()
  .toUpperCase()
  .regex(/^DI[A-Z0-9]{18}$/, { error: 'An integration key is 20 letters and digits starting with DI' });

/** Duo secret keys are 40 letters and digits. */
export const duoSecretKeySchema = z
  .string({ error: 'Enter the secret key' })
  .trim()
  .regex(/^[A-Za-z0-9]{40}$/, { error: 'A secret key is 40 letters and digits' });

export const duoConnectionSchema = z.object({
  apiHost: duoApiHostSchema,
  integrationKey: duoIntegrationKeySchema,
  /** Optional when a secret key is already stored (it is kept). */
  secretKey: z.union([duoSecretKeySchema, z.literal('').transform(() => undefined)]).optional(),
});
export type DuoConnectionInput = z.input<typeof duoConnectionSchema>;
export type DuoConnectionData = z.output<typeof duoConnectionSchema>;

/** GET/PUT answer: never the secret key. */
export interface DuoConnectionView {
  apiHost: string;
  integrationKey: string;
  secretKeySet: true;
  lastSyncAt: string | null;
}
