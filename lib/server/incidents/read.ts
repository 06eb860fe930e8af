import 'server-only';
import type { IncidentApplication } from '../../domain/incident';
import type { Lang } from '../../domain/types';
import { getDb } from '../db/client';
import { assertCan, type Actor } from '../permissions';
import { INCIDENT_LIST_LIMIT, incidentView, type IncidentView } from './shared';

export interface IncidentListItem {
  id: string;
  title: string;
  scenario: string;
  state: string;
  startedAt: string;
  closedAt: string | null;
  declaredBy: string;
  version: number;
  applications: number;
  openReverts: number;
  openSteps: number;
}

/** Incidents, open ones first, then the newest (every role). */
export async function listIncidents({ actor }: { actor: Actor | null }): Promise<{ items: IncidentListItem[] }> {
  assertCan(actor, 'inventory:read');
  const db = await getDb();
  const rows = await db.incident.findMany({
    orderBy: [{ state: 'desc' }, { startedAt: 'desc' }],
    take: INCIDENT_LIST_LIMIT,
    include: { items: { select: { kind: true, done: true } } },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      scenario: r.scenario,
      state: r.state,
      startedAt: r.startedAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      declaredBy: r.declaredBy,
      version: r.version,
      applications: (JSON.parse(r.affected) as IncidentApplication[]).length,
      openReverts: r.items.filter((i) => i.kind === 'revert' && !i.done).length,
      openSteps: r.items.filter((i) => i.kind === 'step' && !i.done).length,
    })),
  };
}

export async function getIncident({ actor, id, lang = 'en' }: { actor: Actor | null; id: string; lang?: Lang }): Promise<IncidentView> {
  assertCan(actor, 'inventory:read');
  return incidentView(id, lang);
}
