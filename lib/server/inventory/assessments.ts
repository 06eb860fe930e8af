import 'server-only';
import { toAssessOutput, type AssessOutput } from '../../domain/assess';
import type { Lang } from '../../domain/types';
import { assertCan, type Actor } from '../permissions';
import { getInventorySnapshot } from './snapshot';

/** `GET /api/v1/assessments`: the `assess` CLI output for the stored inventory. */
export async function getAssessments({ actor, lang = 'en' }: { actor: Actor | null; lang?: Lang }): Promise<AssessOutput> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  return toAssessOutput({ applications: snap.apps.map((a) => snap.assessmentById.get(a.id)!) }, lang);
}
