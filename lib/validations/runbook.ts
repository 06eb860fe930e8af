// Query shapes of the runbook and binder downloads (GET /api/v1/applications/{id}/runbook,
// GET /api/v1/runbooks and the runbooks page).
import { z } from 'zod';
import { INTEGRATION_SLUGS, LANGS, RESTRICTION_LEVELS } from '../domain/types';

const RUNBOOK_FORMATS = ['html', 'md', 'pdf'] as const;
export type RunbookFormat = (typeof RUNBOOK_FORMATS)[number];

/** A comma-separated list of allowed values (`level=restricted,blocked`). */
const listParam = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      const parts = (s ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      for (const p of parts) {
        if (!(values as readonly string[]).includes(p)) {
          ctx.addIssue({ code: 'custom', message: `${what} must be one of ${values.join(', ')}` });
          return z.NEVER;
        }
      }
      return parts as T[number][];
    });

export const runbookQuerySchema = z.object({
  format: z.enum(RUNBOOK_FORMATS, { error: 'format must be html, md or pdf' }).default('html'),
  lang: z.enum(LANGS, { error: 'lang must be en or de' }).optional(),
});

export const binderQuerySchema = runbookQuerySchema.extend({
  level: listParam(RESTRICTION_LEVELS, 'level'),
  integration: listParam(INTEGRATION_SLUGS, 'integration'),
  owner: z.string().trim().max(120).optional(),
});
