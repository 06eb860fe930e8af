import 'server-only';
import type { Inventory } from '../../domain/types';
import { renderInventoryCsv, renderInventoryJson } from '../../interchange/parse';
import { assertCan, type Actor } from '../permissions';
import { toInterchangeApplication, toInterchangeGroup } from './present';
import { getInventorySnapshot } from './snapshot';

/** The whole inventory in the interchange format (what `GET /api/v1/export` and the export CLI print). */
export async function exportInventory({ actor }: { actor: Actor | null | 'cli' }): Promise<Inventory> {
  if (actor !== 'cli') assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  // maxRiskAcceptanceDays is an app setting, not part of the interchange format.
  const { version: _v, maxRiskAcceptanceDays: _m, ...policy } = snap.policy;
  return {
    version: 1,
    policy,
    groups: snap.groups.map(toInterchangeGroup),
    applications: snap.apps.map(toInterchangeApplication),
  };
}

export function renderExport(inv: Inventory, format: 'json' | 'csv'): string {
  return format === 'csv' ? renderInventoryCsv(inv) : renderInventoryJson(inv);
}
