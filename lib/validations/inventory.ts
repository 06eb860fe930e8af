// One schema per shape (docs/decisions/0003-one-schema-per-shape.md): these Zod schemas serve the
// application and group forms (zodResolver), the server actions, the /api/v1 route handlers, the
// interchange parsers, the CLIs, the JSON Schema file and the OpenAPI document.
import { z } from 'zod';
import { CONFIGURED_FAILMODES, CRITICALITIES, DATA_CLASSES, INTEGRATION_SLUGS, LANGS, MFA_MANDATES } from '../domain/types';

const trimmed = (max: number, what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max, { error: `${what} must be at most ${max} characters` });

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(max, { error: `${what} must be at most ${max} characters` })
    .optional();

export const applicationNameSchema = trimmed(120, 'Name');
// A group name may not contain ';': the CSV interchange format separates group names with ';'
// (docs/decisions/0010-rules-engine.md), so such a name could not round-trip.
export const groupNameSchema = trimmed(80, 'Group name').regex(/^[^;]*$/, {
  error: 'Group name must not contain ";" (it separates group names in CSV)',
});

// Case-insensitive: group names match case-insensitively everywhere (the superRefine below and the
// rules engine), so ["Staff", "staff"] names one group twice.
const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z.array(item).refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, { error: `${what} must not repeat` });

export const integrationSchema = z.enum(INTEGRATION_SLUGS, {
  error: (iss) =>
    iss.input === undefined || iss.input === ''
      ? 'Choose an integration'
      : `Integration must be one of the catalog slugs: ${INTEGRATION_SLUGS.join(', ')}`,
});
export const dataClassSchema = z.enum(DATA_CLASSES, { error: `Data class must be one of ${DATA_CLASSES.join(', ')}` });
export const mfaMandateSchema = z.enum(MFA_MANDATES, { error: `MFA mandate must be one of ${MFA_MANDATES.join(', ')}` });
export const criticalitySchema = z.enum(CRITICALITIES, {
  error: `Criticality must be one of ${CRITICALITIES.join(', ')}`,
});
export const configuredFailmodeSchema = z.enum(CONFIGURED_FAILMODES, {
  error: `Configured failmode must be one of ${CONFIGURED_FAILMODES.join(', ')}`,
});

/** Free-text contact fields (issue 18): short enough for one line each in the runbook header. */
export const ON_CALL_CONTACT_MAX = 200;
export const ESCALATION_MAX = 300;

/** An application as the interchange format, the form and the API write it. */
export const applicationSchema = z
  .strictObject({
    name: applicationNameSchema,
    integration: integrationSchema,
    dataClasses: uniqueList(dataClassSchema, 'Data classes').default([]),
    mfaMandate: mfaMandateSchema,
    criticality: criticalitySchema,
    configuredFailmode: configuredFailmodeSchema,
    groups: uniqueList(groupNameSchema, 'Groups').default([]),
    owner: optionalText(120, 'Owner'),
    notes: optionalText(4000, 'Notes'),
    onCallContact: optionalText(ON_CALL_CONTACT_MAX, 'On-call contact'),
    escalation: optionalText(ESCALATION_MAX, 'Escalation'),
  })
  .meta({ id: 'Application', description: 'An application protected by Duo (interchange format).' });
export type ApplicationData = z.output<typeof applicationSchema>;

export const groupSchema = z
  .strictObject({
    name: groupNameSchema,
    alwaysRequireMfa: z.boolean({ error: 'alwaysRequireMfa must be true or false' }).default(false),
    memberCount: z
      .number({ error: 'Member count must be a number' })
      .int({ error: 'Member count must be a whole number' })
      .min(0, { error: 'Member count cannot be negative' })
      .max(10_000_000, { error: 'Member count is too large' })
      .optional(),
    description: optionalText(1000, 'Description'),
  })
  .meta({ id: 'Group', description: 'A user group (interchange format).' });

export const policySchema = z
  .strictObject({
    mandatoryDataClasses: uniqueList(dataClassSchema, 'Mandatory data classes'),
    paidEdition: z.boolean({ error: 'paidEdition must be true or false' }),
    reviewIntervalDays: z
      .number({ error: 'Review interval must be a number of days' })
      .int({ error: 'Review interval must be a whole number of days' })
      .min(1, { error: 'Review interval must be at least 1 day' })
      .max(3650, { error: 'Review interval must be at most 3650 days' }),
    defaultLanguage: z.enum(LANGS, { error: 'Default language must be en or de' }),
    /** Message users at the latest after this many minutes of an unresolved incident (guide p.11: "20 or more"); default 20. */
    messagingThresholdMinutes: z
      .number({ error: 'Messaging threshold must be a number of minutes' })
      .int({ error: 'Messaging threshold must be a whole number of minutes' })
      .min(1, { error: 'Messaging threshold must be at least 1 minute' })
      .max(1440, { error: 'Messaging threshold must be at most 1440 minutes' })
      .optional(),
  })
  .meta({ id: 'Policy', description: 'Organisation policy.' });

/** The inventory interchange format (SPEC §3), version 1. */
export const inventorySchema = z
  .strictObject({
    version: z.literal(1, { error: 'version must be 1' }),
    policy: policySchema.partial().optional(),
    groups: z.array(groupSchema).default([]),
    applications: z.array(applicationSchema).default([]),
  })
  .superRefine((inv, ctx) => {
    const groupNames = new Map<string, number>();
    inv.groups.forEach((g, i) => {
      const key = g.name.toLowerCase();
      if (groupNames.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'name'], message: `Group "${g.name}" is defined twice` });
      } else groupNames.set(key, i);
    });
    const appNames = new Set<string>();
    inv.applications.forEach((a, i) => {
      const key = a.name.toLowerCase();
      if (appNames.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['applications', i, 'name'], message: `Application "${a.name}" is defined twice` });
      }
      appNames.add(key);
      a.groups.forEach((g, j) => {
        if (!groupNames.has(g.toLowerCase())) {
          ctx.addIssue({
            code: 'custom',
            path: ['applications', i, 'groups', j],
            message: `Group "${g}" is not defined in "groups"`,
          });
        }
      });
    });
  })
  .meta({ id: 'Inventory', description: 'Outage Readiness Planner inventory interchange format, version 1.' });
export type InventoryData = z.output<typeof inventorySchema>;
