import { z } from 'zod';
import { LANGS } from '../domain/types';

// The arguments of server actions (issue 14 item 3). A server action is a public POST endpoint: its
// arguments arrive from the network, whatever the TypeScript signature says. Each action parses them
// here first and answers bad input with VALIDATION_FAILED (the body of the input is then validated by
// the same schema the API uses, in the data layer).

export const idArg = z.string({ error: 'id must be text' }).trim().min(1, { error: 'id is missing' }).max(100, { error: 'id is too long' });
export const versionArg = z
  .number({ error: 'version must be a number' })
  .int({ error: 'version must be a whole number' })
  .min(0)
  .max(2 ** 31);
export const boolArg = z.boolean({ error: 'Expected true or false' });
/** The object an action passes on to a data-layer schema: an object, not an array or a primitive. */
export const objectArg = z.record(z.string(), z.unknown(), { error: 'Expected an object' });
export const formArg = z.instanceof(FormData, { error: 'Expected a form submission' });
/** The language switch's form field. */
export const localeArg = z.enum(LANGS, { error: 'locale must be en or de' });
/** createTokenAction: an object with at most these fields (their values are checked by the data layer). */
export const tokenArg = z.strictObject(
  { name: z.unknown().optional(), expiresInDays: z.unknown().optional() },
  { error: 'Expected an object' },
);
/** The page's language, for texts an action returns. */
export const langArg = z.enum(LANGS, { error: `Language must be one of ${LANGS.join(', ')}` });
