// Bodies of the incident routes (issue 16), shared by the declare form, the live page's actions, the
// route handlers and the tests. Actions are the simulator's (`POST /api/v1/simulations`).
import { z } from 'zod';
import { INCIDENT_SCENARIOS } from '../domain/incident';
import { LANGS } from '../domain/types';
import { simulationActionSchema } from './simulation';

const text = (field: string, max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${field} is required` : `${field} must be text`) })
    .trim()
    .max(max, { error: `${field} must be at most ${max} characters` });

const strict = <S extends z.core.$ZodLooseShape>(what: string, shape: S) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `Unknown field(s) in ${what}: ${iss.keys.join(', ')}` : `${what} must be a JSON object`,
  });

export const incidentDeclareSchema = strict('the incident', {
  scenario: z.enum(INCIDENT_SCENARIOS, {
    error: (iss) => (iss.input === undefined ? 'scenario is required' : `scenario must be one of ${INCIDENT_SCENARIOS.join(', ')}`),
  }),
  startedAt: z.iso.datetime({ offset: true, error: 'startedAt must be an ISO 8601 date and time, e.g. 2026-12-02T04:10:00Z' }).optional(),
  title: text('title', 200).optional(),
  applications: z
    .array(text('applications item', 120).min(1, { error: 'an application name must not be empty' }), {
      error: 'applications must be a list of application names',
    })
    .max(2000)
    .optional(),
  deployment: text('deployment', 120).optional(),
}).meta({ id: 'IncidentDeclare', description: 'Body of POST /api/v1/incidents.' });

export const incidentActionSchema = simulationActionSchema;

export const incidentItemPatchSchema = strict('the item change', {
  done: z.boolean({ error: 'done must be true or false' }),
  note: text('note', 1000).optional(),
  version: z
    .number({ error: (iss) => (iss.input === undefined ? 'version is required (the version you read)' : 'version must be a number') })
    .int()
    .min(1),
}).meta({ id: 'IncidentItemPatch', description: 'Body of PATCH /api/v1/incidents/{id}/items/{itemId}.' });

export const incidentCloseSchema = strict('the close request', {
  override: text('override', 2000).min(10, { error: 'override must give a reason of at least 10 characters' }).optional(),
}).meta({ id: 'IncidentClose', description: 'Body of POST /api/v1/incidents/{id}/close (may be empty).' });

export const incidentMessageSchema = strict('the message record', {
  applicationId: text('applicationId', 100).min(1, { error: 'applicationId must not be empty' }),
  channel: text('channel', 120).optional(),
}).meta({ id: 'IncidentMessageSent', description: 'Body of POST /api/v1/incidents/{id}/messages: a message was sent.' });

export const INCIDENT_REPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export const incidentReportQuerySchema = z.object({
  format: z.enum(INCIDENT_REPORT_FORMATS, { error: 'format must be md, html or pdf' }).default('html'),
  lang: z.enum(LANGS, { error: 'lang must be en or de' }).optional(),
});

// Response shapes (documentation: the OpenAPI document; the data layer builds them).
const incidentItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['step', 'revert']),
    applicationId: z.string().optional(),
    actionId: z.string().optional(),
    text: z.string(),
    done: z.boolean(),
    doneBy: z.string().nullable(),
    doneAt: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'IncidentItem' });

export const incidentResponseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    scenario: z.enum(INCIDENT_SCENARIOS),
    state: z.enum(['open', 'closed']),
    startedAt: z.string(),
    closedAt: z.string().nullable(),
    overrideReason: z.string().nullable(),
    drillId: z.string().nullable(),
    version: z.number().int(),
    applications: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        outcome: z.enum(['allowed-without-2fa', 'denied', '2fa-with-other-method', 'unaffected']),
      }),
    ),
    items: z.array(incidentItemSchema),
    actions: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        takenBy: z.string(),
        takenAt: z.string(),
        expiresAt: z.string().nullable(),
        reverted: z.boolean(),
        findings: z.array(z.object({ code: z.string(), severity: z.string(), message: z.string() })),
      }),
    ),
    messaging: z.object({
      thresholdMinutes: z.number().int(),
      dueAt: z.string(),
      sent: z.array(z.object({ applicationId: z.string(), at: z.string(), actor: z.string() })),
    }),
    timeline: z.array(z.object({ id: z.number().int(), at: z.string(), actor: z.string(), kind: z.string() })),
  })
  .meta({
    id: 'Incident',
    description: 'An incident with its checklist, actions, messaging timer and timeline (texts in ?lang= or Accept-Language).',
  });

export const incidentItemResponseSchema = incidentItemSchema;

/** The declare form holds the start as a local datetime-local value and sends ISO (the API's startedAt). */
export const incidentDeclareFormSchema = incidentDeclareSchema.omit({ startedAt: true }).extend({ startedLocal: z.string() });
