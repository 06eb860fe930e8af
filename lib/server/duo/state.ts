import 'server-only';
// Reads Duo's state through the Admin API (paged, signed; admin-client.ts): integrations, groups and
// users. What is kept is DuoState (lib/domain/duo.ts): no secret_key, no user names. The integrations
// are also rendered as the Admin API JSON the importer reads (lib/parsers/duo-admin-api.ts), with
// groups_allowed resolved from group IDs to names, so the sync reuses the importer's type table.
import { DUO_TYPES_SKIPPED } from '../../parsers/duo-admin-api-types';
import { mapDuoIntegrationType } from '../../parsers/duo-admin-api';
import { ikeyFingerprint } from '../../parsers/common';
import type { DuoState } from '../../domain/duo';
import { duoGetAll, type DuoCredentials, type DuoRequestOptions } from './admin-client';

export interface FetchedDuo {
  state: DuoState;
  /** {"stat":"OK","response":[…]} without secrets, for parseDuoAdminApiIntegrations. */
  integrationsJson: string;
  /** Duo groups for the inventory: name, member count, description. */
  groups: { name: string; memberCount: number; description: string | null }[];
}

export type FetchStep = 'integrations' | 'groups' | 'users';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export async function fetchDuo(
  creds: DuoCredentials,
  opts: DuoRequestOptions & { onStep?: (s: FetchStep) => void } = {},
): Promise<FetchedDuo> {
  opts.onStep?.('integrations');
  const rawIntegrations = await duoGetAll(creds, '/admin/v1/integrations', opts);
  opts.onStep?.('groups');
  const rawGroups = await duoGetAll(creds, '/admin/v1/groups', opts);
  opts.onStep?.('users');
  const rawUsers = await duoGetAll(creds, '/admin/v1/users', opts);

  const groupName = new Map<string, string>();
  const groupInfo: { name: string; status: string; desc: string | null }[] = [];
  for (const g of rawGroups) {
    if (!g || typeof g !== 'object') continue;
    const o = g as Record<string, unknown>;
    const name = str(o.name);
    if (!name) continue;
    const id = str(o.group_id);
    if (id) groupName.set(id, name);
    groupInfo.push({ name, status: (str(o.status) ?? 'active').toLowerCase(), desc: str(o.desc) });
  }
  const nameOf = (g: unknown): string | null => {
    if (typeof g === 'string') return groupName.get(g) ?? str(g);
    if (g && typeof g === 'object') {
      const o = g as Record<string, unknown>;
      return str(o.name) ?? (str(o.group_id) ? (groupName.get(String(o.group_id)) ?? String(o.group_id)) : null);
    }
    return null;
  };

  const members = new Map<string, number>();
  const bypassUsers: { groups: string[] }[] = [];
  for (const u of rawUsers) {
    if (!u || typeof u !== 'object') continue;
    const o = u as Record<string, unknown>;
    const groups = Array.isArray(o.groups) ? o.groups.map(nameOf).filter((x): x is string => x !== null) : [];
    for (const g of new Set(groups.map((x) => x.toLowerCase()))) members.set(g, (members.get(g) ?? 0) + 1);
    if (str(o.status)?.toLowerCase() === 'bypass') bypassUsers.push({ groups });
  }

  const forImport: Record<string, unknown>[] = [];
  const integrations: DuoState['integrations'] = [];
  for (const i of rawIntegrations) {
    if (!i || typeof i !== 'object') continue;
    const o = i as Record<string, unknown>;
    const name = str(o.name);
    const type = str(o.type);
    if (!name || !type) continue;
    const groupsAllowed = Array.isArray(o.groups_allowed)
      ? [...new Set(o.groups_allowed.map(nameOf).filter((x): x is string => x !== null))]
      : [];
    const ikey = str(o.integration_key);
    // secret_key (and every other field) is left behind here.
    forImport.push({
      name,
      type,
      ...(ikey ? { integration_key: ikey } : {}),
      groups_allowed: groupsAllowed,
      ...(str(o.notes) ? { notes: str(o.notes) } : {}),
    });
    if (DUO_TYPES_SKIPPED.includes(type.toLowerCase())) continue;
    integrations.push({ name, type, integration: mapDuoIntegrationType(type).slug, ikeyHash: ikeyFingerprint(ikey), groupsAllowed });
  }

  const groups = groupInfo.map((g) => ({ name: g.name, memberCount: members.get(g.name.toLowerCase()) ?? 0, description: g.desc }));
  return {
    state: {
      fetchedAt: new Date().toISOString(),
      integrations,
      groups: groupInfo.map((g) => ({ name: g.name, status: g.status, memberCount: members.get(g.name.toLowerCase()) ?? 0 })),
      bypassUsers,
    },
    integrationsJson: JSON.stringify({ stat: 'OK', response: forImport }, null, 1),
    groups,
  };
}
