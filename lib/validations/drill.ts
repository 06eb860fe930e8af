import { z } from 'zod';
import { SIMULATION_SCENARIOS } from '../domain/simulator';

export const DRILL_KINDS = ['tabletop', 'live'] as const;
export const DRILL_RESULTS = ['passed', 'partial', 'failed'] as const;

const isoDate = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what} must be a date (YYYY-MM-DD)` })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: `${what} is not a real date` });

/** A follow-up is due this many days after the drill (or after today, for a drill recorded late). */
export const FOLLOW_UP_DEFAULT_DAYS = 14;

/** The due date a new follow-up starts with (YYYY-MM-DD, UTC): never today, never in the past. */
export function defaultFollowUpDue(drillDate: string, today: string, days = FOLLOW_UP_DEFAULT_DAYS): string {
  const from = /^\d{4}-\d{2}-\d{2}$/.test(drillDate) && drillDate > today ? drillDate : today;
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const followUpSchema = z.strictObject({
  title: z.string().trim().min(1, { error: 'Say what must be done' }).max(300),
  owner: z.string().trim().min(1, { error: 'Name an owner' }).max(120),
  dueDate: isoDate('Due date'),
});

export const drillSchema = z
  .strictObject({
    date: isoDate('Date'),
    kind: z.enum(DRILL_KINDS, { error: 'Kind must be tabletop or live' }),
    scenario: z.enum(SIMULATION_SCENARIOS, { error: `Scenario must be one of ${SIMULATION_SCENARIOS.join(', ')}` }),
    participants: z.string().trim().min(1, { error: 'Name who took part' }).max(1000),
    notes: z.string().trim().max(4000).optional(),
    outcomes: z
      .array(
        z.strictObject({
          application: z.string().trim().min(1).max(120),
          result: z.enum(DRILL_RESULTS, { error: 'Result must be passed, partial or failed' }),
          notes: z.string().trim().max(1000).optional(),
        }),
      )
      .min(1, { error: 'Record the outcome of at least one application' }),
    followUps: z.array(followUpSchema).default([]),
  })
  .meta({ id: 'Drill' });

/** The drill form keeps a result per application ('' = not part of this drill) and sends only the tested ones. */
export const drillFormSchema = drillSchema.extend({
  outcomes: z.array(
    z.object({ application: z.string(), result: z.union([z.enum(DRILL_RESULTS), z.literal('')]), notes: z.string().optional() }),
  ),
});
/**
 * Editing a drill (issue 18): the whole record plus the version it loaded. A follow-up that keeps its
 * `id` keeps its done state unless `done` is sent; one without an id is new.
 */
export const drillUpdateSchema = drillSchema
  .extend({
    version: z.number({ error: 'version must be the number you read' }).int().min(1, { error: 'version must be at least 1' }),
    followUps: z
      .array(followUpSchema.extend({ id: z.string().trim().min(1).max(64).optional(), done: z.boolean().optional() }))
      .default([]),
  })
  .meta({ id: 'DrillUpdate' });
