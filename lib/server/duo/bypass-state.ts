import 'server-only';
// For the incident mode (issue 16): "is any group still in bypass in Duo?" before an incident is
// closed — the revert checklist's "no group in bypass", checked against Duo itself.
import { bypassGroupNames } from '../../domain/duo';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { DuoRequestError, duoGetAll, type DuoRequestOptions } from './admin-client';
import { getConnectionRow, getCredentials } from './connection';

/**
 * The names of the Duo groups whose status is Bypass, asked live from the Admin API
 * (GET /admin/v1/groups, paged). [] when no Duo connection is configured. Throws
 * AppError DUO_REQUEST_FAILED (502) when Duo cannot be asked: the caller must not read that as "none".
 */
export async function groupsInBypass({ actor, opts }: { actor: Actor | null; opts?: DuoRequestOptions }): Promise<string[]> {
  assertCan(actor, 'inventory:read');
  if (!(await getConnectionRow())) return [];
  try {
    const groups = await duoGetAll(await getCredentials(), '/admin/v1/groups', opts);
    return bypassGroupNames({
      fetchedAt: new Date().toISOString(),
      integrations: [],
      bypassUsers: [],
      groups: groups
        .filter((g): g is Record<string, unknown> => !!g && typeof g === 'object')
        .map((g) => ({ name: String(g.name ?? ''), status: String(g.status ?? '').toLowerCase(), memberCount: 0 }))
        .filter((g) => g.name !== ''),
    });
  } catch (e) {
    if (e instanceof DuoRequestError) throw new AppError('DUO_REQUEST_FAILED', `Cannot ask Duo which groups are in bypass: ${e.message}`);
    throw e;
  }
}
