import 'server-only';
// The Duo findings (lib/domain/duo.ts) for the stored inventory and the Duo state the last sync read.
import { toAssessOutput, toAssessOutputApplication, type AssessOutput } from '../../domain/assess';
import { duoFindings, type DuoFindings, type DuoState } from '../../domain/duo';
import { findingMessage } from '../../domain/messages';
import type { Lang } from '../../domain/types';
import { getInventorySnapshot, type InventorySnapshot } from '../inventory/snapshot';
import { assertCan, type Actor } from '../permissions';
import { getConnectionRow, storedState } from './connection';

export interface DuoFindingsResult extends DuoFindings {
  stateAt: string | null;
}

export async function duoStateNow(): Promise<DuoState | null> {
  return storedState(await getConnectionRow());
}

export function duoFindingsFor(snap: InventorySnapshot, state: DuoState | null): DuoFindingsResult {
  if (!state) return { byApplication: new Map(), integrations: [], stateAt: null };
  const assessments = new Map(snap.apps.map((a) => [a.name, snap.assessmentById.get(a.id)!]));
  return {
    ...duoFindings(
      snap.apps.map((a) => ({ name: a.name, groups: a.groups, ikeyHash: a.ikeyHash })),
      assessments,
      state,
    ),
    stateAt: state.fetchedAt,
  };
}

export type AssessOutputWithDuo = AssessOutput & {
  /** Only with a Duo connection that has synced: when Duo's state was read, and findings about Duo integrations. */
  duo?: { stateAt: string | null; findings: AssessOutput['applications'][number]['findings'] };
};

/** GET /api/v1/assessments: the `assess` output, with Duo's findings when a sync has read Duo. */
export async function getAssessmentsWithDuo({ actor, lang = 'en' }: { actor: Actor | null; lang?: Lang }): Promise<AssessOutputWithDuo> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  const state = await duoStateNow();
  if (!state) return toAssessOutput({ applications: snap.apps.map((a) => snap.assessmentById.get(a.id)!) }, lang);
  const duo = duoFindingsFor(snap, state);
  const applications = snap.apps.map((a) => {
    const base = snap.assessmentById.get(a.id)!;
    return toAssessOutputApplication({ ...base, findings: [...base.findings, ...(duo.byApplication.get(a.name) ?? [])] }, lang);
  });
  const integrations = duo.integrations.map((f) => ({
    code: f.code,
    severity: f.severity,
    message: findingMessage(f, lang),
    groups: f.groups,
    relatedApplications: f.relatedApplications,
  }));
  return { applications, duo: { stateAt: duo.stateAt, findings: integrations } };
}
