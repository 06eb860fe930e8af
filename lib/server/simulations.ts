import 'server-only';
import { simulate, simulationErrorMessage, toSimulationResponse, type SimulationResult } from '../domain/simulator';
import type { Lang } from '../domain/types';
import { simulationRequestSchema } from '../validations/simulation';
import { AppError } from './errors';
import { parseOrThrow } from './inventory/shared';
import { getInventorySnapshot } from './inventory/snapshot';
import { assertCan, type Actor } from './permissions';

/** Runs a what-if on the stored inventory (reads only: anyone who may read the inventory may rehearse). */
export async function runSimulation({ actor, input }: { actor: Actor | null; input: unknown }): Promise<SimulationResult> {
  assertCan(actor, 'inventory:read');
  const request = parseOrThrow(simulationRequestSchema, input, 'simulation');
  const snap = await getInventorySnapshot();
  const result = simulate({ applications: snap.apps, groups: snap.groups, policy: snap.policy, request });
  if (result.errors?.length) {
    const issues = result.errors.map((e) => ({ path: e.path.join('.'), message: simulationErrorMessage(e, 'en') }));
    throw new AppError('VALIDATION_FAILED', `The simulation is not valid. ${issues[0].message}`, issues);
  }
  return result;
}

export async function simulationResponse({ actor, input, lang = 'en' }: { actor: Actor | null; input: unknown; lang?: Lang }) {
  return toSimulationResponse(await runSimulation({ actor, input }), lang);
}
