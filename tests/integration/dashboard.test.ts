// The dashboard at scale: its lists show the first DASHBOARD_LIST_LIMIT entries and the totals, and
// name the filter that shows the rest in the inventory (a 2,000-application home page was 1.3 MB).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { DASHBOARD_LIST_LIMIT, getDashboard } from '@/lib/server/dashboard';
import { listApplications } from '@/lib/server/inventory/applications';
import { applyImport } from '@/lib/server/inventory/import';
import type { Actor } from '@/lib/server/permissions';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;
const N = DASHBOARD_LIST_LIMIT + 5;

beforeAll(async () => {
  actors = await makeActors();
  const restricted = Array.from({ length: N }, (_, i) => ({
    name: `Charting ${String(i).padStart(2, '0')}`,
    integration: 'windows-logon-rdp' as const,
    dataClasses: ['health' as const],
    mfaMandate: 'all-users' as const,
    criticality: 'high' as const,
    configuredFailmode: 'safe' as const, // open on a most-restrictive application: critical
    groups: [],
  }));
  const noControl = Array.from({ length: N }, (_, i) => ({
    name: `SaaS ${String(i).padStart(2, '0')}`,
    integration: (i % 2 ? 'okta' : 'onelogin') as 'okta' | 'onelogin',
    dataClasses: ['other' as const],
    mfaMandate: 'none' as const,
    criticality: 'low' as const,
    configuredFailmode: 'none' as const,
    groups: [],
  }));
  await applyImport({ actor: 'cli', inventory: { version: 1, groups: [], applications: [...restricted, ...noControl] }, source: 'test' });
});

describe('dashboard lists', () => {
  it('show the first entries and the totals', async () => {
    const d = await getDashboard({ actor: actors.viewer });
    expect(d.total).toBe(2 * N);
    expect(d.critical.total).toBe(N);
    expect(d.critical.items).toHaveLength(DASHBOARD_LIST_LIMIT);
    expect(d.critical.items[0]).toMatchObject({ name: 'Charting 00', code: 'FAILMODE_OPEN_ON_RESTRICTED' });
    expect(d.noControl.total).toBe(N);
    expect(d.noControl.items).toHaveLength(DASHBOARD_LIST_LIMIT);
    expect(d.notDrilled.total).toBe(2 * N);
    expect(d.notDrilled.items).toHaveLength(DASHBOARD_LIST_LIMIT);
  });

  it('"show all" filters of the inventory find exactly the applications behind the totals', async () => {
    const d = await getDashboard({ actor: actors.viewer });
    expect(d.noControlIntegrations).toEqual(['okta', 'onelogin']);
    const noControl = await listApplications({
      actor: actors.viewer,
      query: { integration: d.noControlIntegrations.join(','), limit: '100' },
    });
    expect(noControl.items.map((a) => a.name).sort()).toEqual(Array.from({ length: N }, (_, i) => `SaaS ${String(i).padStart(2, '0')}`));
    const critical = await listApplications({ actor: actors.viewer, query: { severity: 'critical', limit: '100' } });
    expect(critical.items).toHaveLength(N);
  });
});
