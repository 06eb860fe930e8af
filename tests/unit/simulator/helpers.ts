// Builders and look-ups for the simulator tests (not a test file itself).
import { simulate } from '../../../lib/domain/simulator';
import type {
  SimulationAction,
  SimulationFinding,
  SimulationFindingCode,
  SimulationResult,
  SimulationResultRow,
  SimulationScenario,
} from '../../../lib/domain/simulator';
import type { ApplicationInput, GroupInput, Policy } from '../../../lib/domain/types';
import { DEFAULT_POLICY } from '../../../lib/domain/types';

export { app, group, policy } from '../domain/fixtures';

export interface World {
  applications: ApplicationInput[];
  groups: GroupInput[];
  policy?: Policy;
}

export function run(world: World, scenario: SimulationScenario, actions: SimulationAction[] = []): SimulationResult {
  return simulate({
    applications: world.applications,
    groups: world.groups,
    policy: world.policy ?? DEFAULT_POLICY,
    request: { scenario, actions },
  });
}

export function row(result: SimulationResult, application: string, group = ''): SimulationResultRow {
  const found = result.results.find((r) => r.application === application && r.group === group);
  if (!found) throw new Error(`no row ${application} / ${group} in ${JSON.stringify(result.results)}`);
  return found;
}

export function findingsOf(result: SimulationResult, code: SimulationFindingCode): SimulationFinding[] {
  return result.findings.filter((f) => f.code === code);
}

export const codes = (result: SimulationResult): SimulationFindingCode[] => result.findings.map((f) => f.code);
