// Response shapes of /api/v1, as Zod schemas so that the OpenAPI document is generated, not written.
import { z } from 'zod';
import { FINDING_CODES, RESTRICTION_LEVELS, REVIEW_STATES, SEVERITIES } from '../domain/types';
import { applicationSchema, configuredFailmodeSchema, groupSchema } from './inventory';

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable error code, e.g. VALIDATION_FAILED, CONFLICT, FORBIDDEN' }),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const findingSchema = z
  .object({
    code: z.enum(FINDING_CODES),
    severity: z.enum(SEVERITIES),
    message: z.string(),
    groups: z.array(z.string()),
    relatedApplications: z.array(z.string()),
  })
  .meta({ id: 'Finding' });

export const assessmentSchema = z
  .object({
    restrictionLevel: z.enum(RESTRICTION_LEVELS),
    recommendedFailmode: z.enum(['safe', 'secure']),
    configuredFailmode: configuredFailmodeSchema,
    bypassAllowedGroups: z.array(z.string()),
    bypassForbiddenGroups: z.array(z.string()),
    findings: z.array(findingSchema),
  })
  .meta({ id: 'Assessment' });

export const reviewSummarySchema = z
  .object({
    state: z.enum(REVIEW_STATES),
    reviewer: z.string().nullable(),
    decidedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: 'ReviewSummary' });

export const applicationItemSchema = applicationSchema
  .extend({
    id: z.string(),
    version: z.number().int(),
    /** Imported and not yet classified by a person (decision 0070-import-triage). */
    needsTriage: z.boolean(),
    assessment: assessmentSchema,
    review: reviewSummarySchema,
    updatedAt: z.string(),
  })
  .meta({ id: 'ApplicationItem' });

export const groupItemSchema = groupSchema
  .extend({ id: z.string(), version: z.number().int(), applications: z.array(z.string()), updatedAt: z.string() })
  .meta({ id: 'GroupItem' });

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });

export const assessOutputSchema = z
  .object({
    applications: z.array(assessmentSchema.omit({}).extend({ name: z.string() })),
  })
  .meta({ id: 'AssessOutput' });
