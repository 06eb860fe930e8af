// The body of `POST /api/v1/simulations` (SPEC §2.9, §3). Whether the named applications and groups
// exist is checked by simulate() against the inventory (SimulationError, the route answers 422).
import { z } from 'zod';
import { SIMULATION_ACTION_TYPES, SIMULATION_SCENARIOS } from '../domain/simulator';
import type { SimulationRequest } from '../domain/simulator';

/**
 * Sanity cap for Primary Only Mode minutes (one week). Values above PRIMARY_ONLY_MAX_MINUTES (240) are
 * accepted on purpose: the simulator reports them as SIM_PRIMARY_ONLY_TOO_LONG.
 */
export const SIMULATION_MINUTES_CAP = 10_080;
export const SIMULATION_MAX_ACTIONS = 200;

const name = (field: string, max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${field} is required` : `${field} must be text`) })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });

const action = <S extends z.core.$ZodLooseShape>(type: string, shape: S) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `Unknown field(s) in a "${type}" action: ${iss.keys.join(', ')}` : `Each action must be an object`,
  });

const firewallBlockSchema = action('firewall-block', { type: z.literal('firewall-block') });

const primaryOnlySchema = action('primary-only', {
  type: z.literal('primary-only'),
  application: name('application', 120),
  minutes: z
    .number({ error: (iss) => (iss.input === undefined ? 'minutes is required' : 'minutes must be a number') })
    .int({ error: 'minutes must be a whole number' })
    .min(1, { error: 'minutes must be at least 1' })
    .max(SIMULATION_MINUTES_CAP, { error: `minutes must be at most ${SIMULATION_MINUTES_CAP}` }),
});

const bypassGroupSchema = action('bypass-group', { type: z.literal('bypass-group'), group: name('group', 80) });

const policyBypassSchema = action('policy-bypass', {
  type: z.literal('policy-bypass'),
  application: name('application', 120),
});

export const simulationActionSchema = z
  .discriminatedUnion('type', [firewallBlockSchema, primaryOnlySchema, bypassGroupSchema, policyBypassSchema], {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `type must be one of ${SIMULATION_ACTION_TYPES.join(', ')}`
        : `Each action must be an object with a type (${SIMULATION_ACTION_TYPES.join(', ')})`,
  })
  .meta({ id: 'SimulationAction', description: 'An emergency action of an outage simulation.' });

export const simulationScenarioSchema = z.enum(SIMULATION_SCENARIOS, {
  error: (iss) => (iss.input === undefined ? 'scenario is required' : `scenario must be one of ${SIMULATION_SCENARIOS.join(', ')}`),
});

export const simulationRequestSchema = z
  .strictObject(
    {
      scenario: simulationScenarioSchema,
      actions: z
        .array(simulationActionSchema, { error: 'actions must be a list' })
        .max(SIMULATION_MAX_ACTIONS, { error: `actions must list at most ${SIMULATION_MAX_ACTIONS} actions` })
        .default([]),
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `Unknown field(s) in the simulation request: ${iss.keys.join(', ')}`
          : 'The simulation request must be a JSON object',
    },
  )
  .meta({ id: 'SimulationRequest', description: 'Body of POST /api/v1/simulations.' });

export type SimulationRequestData = z.output<typeof simulationRequestSchema>;

// The parsed body is exactly what the domain simulator takes (checked at compile time).
type Assert<T extends true> = T;
type _SimulationRequestMatchesDomain = Assert<SimulationRequestData extends SimulationRequest ? true : false>;
