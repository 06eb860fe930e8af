import 'server-only';
import type { Actor } from '../permissions';

/**
 * Asks Duo which groups are still in bypass before an incident closes (issue 16). Issue 19 adds the
 * Duo connection (`groupsInBypass({ actor })` in lib/server/duo/); until it is wired here, the
 * default checker answers "no Duo connection" (null) and closing relies on the revert items alone.
 * Returns the names of the groups Duo reports with status "bypass", or null without a connection.
 */
export type DuoBypassChecker = (opts: { actor: Actor }) => Promise<string[] | null>;

const g = globalThis as unknown as { __orpDuoBypassChecker?: DuoBypassChecker };

export const noDuoConnection: DuoBypassChecker = async () => null;

/** Installs the checker (the Duo connection module calls this; tests pass one to closeIncident instead). */
export function setDuoBypassChecker(fn: DuoBypassChecker | null): void {
  g.__orpDuoBypassChecker = fn ?? undefined;
}

export function duoBypassChecker(): DuoBypassChecker {
  return g.__orpDuoBypassChecker ?? noDuoConnection;
}
