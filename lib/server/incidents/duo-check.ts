import 'server-only';
import { groupsInBypass } from '../duo/bypass-state';
import { getConnectionRow } from '../duo/connection';
import type { Actor } from '../permissions';

/**
 * Asks Duo which groups are still in bypass before an incident closes (issue 16). Issue 19 adds the
 * Duo connection: the default checker asks Duo (`groupsInBypass`) when a connection exists; without
 * one it answers null and closing relies on the revert items alone.
 * Returns the names of the groups Duo reports with status "bypass", or null without a connection.
 */
export type DuoBypassChecker = (opts: { actor: Actor }) => Promise<string[] | null>;

const g = globalThis as unknown as { __orpDuoBypassChecker?: DuoBypassChecker };

/** @public The checker for "no Duo connection" (pass it to setDuoBypassChecker or closeIncident). */
export const noDuoConnection: DuoBypassChecker = async () => null;

/** The live check (issue 19's connection): null without a connection, else Duo's bypass groups. */
export const askDuo: DuoBypassChecker = async ({ actor }) => ((await getConnectionRow()) ? groupsInBypass({ actor }) : null);

/** @public Installs the checker (decision 0090; tests pass one to closeIncident instead). */
export function setDuoBypassChecker(fn: DuoBypassChecker | null): void {
  g.__orpDuoBypassChecker = fn ?? undefined;
}

export function duoBypassChecker(): DuoBypassChecker {
  return g.__orpDuoBypassChecker ?? askDuo;
}
