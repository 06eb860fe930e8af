// Write and query shapes of the app and /api/v1, built from the interchange schemas.
import { z } from 'zod';
import {
  CONFIGURED_FAILMODES,
  CRITICALITIES,
  DATA_CLASSES,
  FINDING_CODES,
  INTEGRATION_SLUGS,
  RESTRICTION_LEVELS,
  REVIEW_STATES,
  SEVERITIES,
} from '../domain/types';
import { applicationNameSchema, applicationSchema, groupSchema, policySchema } from './inventory';

const versionField = z
  .number({ error: 'version must be the number you read' })
  .int({ error: 'version must be a whole number' })
  .min(1, { error: 'version must be at least 1' });

/** POST /api/v1/applications and the "new application" form. */
export const applicationCreateSchema = applicationSchema;

/** PATCH /api/v1/applications/{id}: any subset of fields plus the version that was read. */
export const applicationPatchSchema = applicationSchema
  .partial()
  .extend({ version: versionField })
  .meta({ id: 'ApplicationPatch' });

/** The edit form sends every field plus the version it loaded. */
export const applicationUpdateSchema = applicationSchema.extend({ version: versionField });

const applicationNames = z
  .array(applicationNameSchema)
  .refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, { error: 'Applications must not repeat' });

/** A group with the applications it can reach (access managed from the group side). */
export const groupWriteSchema = groupSchema
  .extend({ applications: applicationNames.optional() })
  .meta({ id: 'GroupWrite' });
export const groupPatchSchema = groupSchema
  .partial()
  .extend({ applications: applicationNames.optional(), version: versionField })
  .meta({ id: 'GroupPatch' });
export const groupUpdateSchema = groupWriteSchema.extend({ version: versionField });

export const policyUpdateSchema = policySchema.extend({ version: versionField });

export const SORT_KEYS = ['name', 'integration', 'criticality', 'configuredFailmode', 'level', 'findings', 'review', 'updatedAt'] as const;

const csvEnum = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return [] as T[number][];
      const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
      for (const p of parts) {
        if (!(values as readonly string[]).includes(p)) {
          ctx.addIssue({ code: 'custom', message: `${what} must be one of ${values.join(', ')}` });
          return z.NEVER;
        }
      }
      return parts as T[number][];
    });

/** Inventory list query (the table's URL and `GET /api/v1/applications`). */
export const applicationListQuerySchema = z.object({
  q: z.string().trim().max(200, { error: 'Search is at most 200 characters' }).optional(),
  integration: csvEnum(INTEGRATION_SLUGS, 'integration'),
  dataClass: csvEnum(DATA_CLASSES, 'dataClass'),
  criticality: csvEnum(CRITICALITIES, 'criticality'),
  failmode: csvEnum(CONFIGURED_FAILMODES, 'failmode'),
  level: csvEnum(RESTRICTION_LEVELS, 'level'),
  severity: csvEnum(SEVERITIES, 'severity'),
  finding: csvEnum(FINDING_CODES, 'finding'),
  review: csvEnum(REVIEW_STATES, 'review'),
  sort: z.enum(SORT_KEYS, { error: `sort must be one of ${SORT_KEYS.join(', ')}` }).default('name'),
  dir: z.enum(['asc', 'desc'], { error: 'dir must be asc or desc' }).default('asc'),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(200, { error: 'limit must be at most 200' })
    .default(50),
  cursor: z.string().max(200).optional(),
});
export type ApplicationListQuery = z.output<typeof applicationListQuerySchema>;

export const groupListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const reviewDecisionSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject'], { error: 'decision must be "approve" or "reject"' }),
    rationale: z
      .string({ error: 'rationale must be text' })
      .trim()
      .min(3, { error: 'Give a rationale (at least 3 characters)' })
      .max(4000, { error: 'rationale must be at most 4000 characters' }),
  })
  .meta({ id: 'ReviewDecision' });
