// Write and query shapes of the app and /api/v1, built from the interchange schemas.
import { z } from 'zod';
import {
  CONFIGURED_FAILMODES,
  CRITICALITIES,
  DATA_CLASSES,
  FINDING_CODES,
  INTEGRATION_SLUGS,
  RESTRICTION_LEVELS,
  REVIEW_DECISIONS,
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
export const applicationPatchSchema = applicationSchema.partial().extend({ version: versionField }).meta({ id: 'ApplicationPatch' });

/** The edit form sends every field plus the version it loaded. */
export const applicationUpdateSchema = applicationSchema.extend({ version: versionField });

const applicationNames = z
  .array(applicationNameSchema)
  .refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, { error: 'Applications must not repeat' });

/**
 * Bulk edit of the inventory (issue 18): the same field schemas as a single edit, for a selection of
 * applications, each with the version that was read (docs/decisions/0093-bulk-edits.md).
 */
export const BULK_FIELDS = ['owner', 'criticality', 'configuredFailmode'] as const;
export const BULK_MAX = 200;
export const applicationBulkSchema = z
  .strictObject({
    items: z
      .array(z.strictObject({ id: z.string().trim().min(1).max(100), version: versionField }))
      .min(1, { error: 'Select at least one application' })
      .max(BULK_MAX, { error: `Select at most ${BULK_MAX} applications at once` })
      .refine((xs) => new Set(xs.map((x) => x.id)).size === xs.length, { error: 'Applications must not repeat' }),
    change: applicationSchema
      .pick({ owner: true, criticality: true, configuredFailmode: true })
      .partial()
      .refine((c) => Object.values(c).some((v) => v !== undefined), { error: 'Choose what to change' }),
  })
  .meta({ id: 'ApplicationBulkEdit' });

/** A group with the applications it can reach (access managed from the group side). */
export const groupWriteSchema = groupSchema.extend({ applications: applicationNames.optional() }).meta({ id: 'GroupWrite' });
export const groupPatchSchema = groupSchema
  .partial()
  .extend({ applications: applicationNames.optional(), version: versionField })
  .meta({ id: 'GroupPatch' });
export const groupUpdateSchema = groupWriteSchema.extend({ version: versionField });

/** The longest risk acceptance (an app setting, not part of the interchange format). */
export const maxRiskAcceptanceDaysSchema = z
  .number({ error: 'Longest risk acceptance must be a number of days' })
  .int({ error: 'Longest risk acceptance must be a whole number of days' })
  .min(1, { error: 'Longest risk acceptance must be at least 1 day' })
  .max(365, { error: 'Longest risk acceptance must be at most 365 days' });

/** The policy form: the interchange policy plus the app's own settings. */
export const policyFormSchema = policySchema.extend({ maxRiskAcceptanceDays: maxRiskAcceptanceDaysSchema });
/** PUT /api/v1/policy and the form; without maxRiskAcceptanceDays it stays as it is. */
export const policyUpdateSchema = policySchema.extend({
  maxRiskAcceptanceDays: maxRiskAcceptanceDaysSchema.optional(),
  version: versionField,
});

export const SORT_KEYS = ['name', 'integration', 'criticality', 'configuredFailmode', 'level', 'findings', 'review', 'updatedAt'] as const;

const csvEnum = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return [] as T[number][];
      const parts = s
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

/** Columns the groups list sorts by (`?sort=`): name, the 2FA rule, member count, reach (applications). */
export const GROUP_SORT_KEYS = ['name', 'mfa', 'members', 'applications'] as const;
export type GroupSortKey = (typeof GROUP_SORT_KEYS)[number];

/** Groups list query (the list's URL and `GET /api/v1/groups`): `q` searches name and description. */
export const groupListQuerySchema = z.object({
  q: z.string().trim().max(200, { error: 'Search is at most 200 characters' }).optional(),
  sort: z.enum(GROUP_SORT_KEYS, { error: `sort must be one of ${GROUP_SORT_KEYS.join(', ')}` }).default('name'),
  dir: z.enum(['asc', 'desc'], { error: 'dir must be asc or desc' }).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

/** A calendar day (YYYY-MM-DD, the end of that day UTC) or an ISO date-time. */
const expiresAtSchema = z
  .string({ error: 'expiresAt must be a date (YYYY-MM-DD) or an ISO date-time' })
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) || z.iso.datetime({ offset: true }).safeParse(s).success, {
    error: 'expiresAt must be a date (YYYY-MM-DD) or an ISO date-time',
  })
  .transform((s) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T23:59:59.999Z` : s))
  .refine((d) => !Number.isNaN(d.getTime()), { error: 'expiresAt is not a real date' });

const reviewDecisionShape = {
  decision: z.enum(REVIEW_DECISIONS, { error: 'Choose a decision: "approve", "reject" or "accept-risk"' }),
  rationale: z
    .string({ error: 'rationale must be text' })
    .trim()
    .min(3, { error: 'Give a rationale (at least 3 characters)' })
    .max(4000, { error: 'rationale must be at most 4000 characters' }),
};

function refineDecision(v: { decision: string; rationale: string; expiresAt?: Date | '' }, ctx: z.RefinementCtx) {
  if (v.decision !== 'accept-risk') return;
  if (!v.expiresAt) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'Accepting a risk needs an end date (expiresAt)' });
  if (v.rationale.length < 20) {
    ctx.addIssue({
      code: 'custom',
      path: ['rationale'],
      message: 'Say why the risk is acceptable and what mitigates it (at least 20 characters)',
    });
  }
}

/** POST /api/v1/applications/{id}/reviews. expiresAt is required for (and only read by) "accept-risk". */
export const reviewDecisionSchema = z
  .strictObject({ ...reviewDecisionShape, expiresAt: expiresAtSchema.optional() })
  .superRefine(refineDecision)
  .meta({ id: 'ReviewDecision' });

/** The review form: its date field is '' until a date is chosen. */
export const reviewFormSchema = z
  .strictObject({ ...reviewDecisionShape, expiresAt: z.union([z.literal(''), expiresAtSchema]).optional() })
  .superRefine(refineDecision);
