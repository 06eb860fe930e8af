import 'server-only';
import {
  aboutApplication,
  aboutGroup,
  bypassRisks,
  bypassSummaryByGroup,
  withApplicationDraft,
  withGroupDraft,
  type BypassPreviewItem,
  type GroupBypassSummary,
} from '../../domain/bypass-preview';
import type { InventoryInput } from '../../domain/assess';
import { findingMessage } from '../../domain/messages';
import type { Lang } from '../../domain/types';
import { applicationDraftSchema, groupDraftSchema } from '../../validations/bypass-preview';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { parseOrThrow } from './shared';
import { getInventorySnapshot, type InventorySnapshot } from './snapshot';

/** The saved inventory's findings, as the snapshot has them (no second assessment per keystroke). */
const savedFindings = (snap: InventorySnapshot) => [...snap.assessmentById.values()].flatMap((a) => a.findings);

function inventoryOf(snap: InventorySnapshot): InventoryInput {
  return { groups: snap.groups.map((g) => ({ name: g.name, alwaysRequireMfa: g.alwaysRequireMfa })), applications: snap.apps };
}

function present(risks: ReturnType<typeof bypassRisks>, lang: Lang): BypassPreviewItem[] {
  return risks.map(({ finding: f, isNew }) => ({
    application: f.applicationName,
    group: f.groups[0] ?? '',
    reaches: f.relatedApplications,
    isNew,
    message: findingMessage(f, lang),
  }));
}

export type { BypassPreviewItem };

/** The bypass findings a group form would leave (or add), before it is saved. */
export async function previewGroupBypass({ actor, id, input, lang }: { actor: Actor | null; id?: string; input: unknown; lang: Lang }) {
  assertCan(actor, 'inventory:write');
  const draft = parseOrThrow(groupDraftSchema, input, 'group');
  const snap = await getInventorySnapshot();
  const saved = id ? snap.groupById.get(id) : undefined;
  if (id && !saved) throw new AppError('NOT_FOUND', 'No group with this id.');
  // A group not named yet still gets a name for the messages.
  const name = draft.name || saved?.name || (lang === 'de' ? '(neue Gruppe)' : '(new group)');
  const before = inventoryOf(snap);
  const after = withGroupDraft(before, { ...draft, name }, saved?.name);
  return { items: present(bypassRisks(savedFindings(snap), after, snap.policy, aboutGroup(name)), lang) };
}

/** The bypass findings an application form would leave (or add), before it is saved. */
export async function previewApplicationBypass({
  actor,
  id,
  input,
  lang,
}: {
  actor: Actor | null;
  id?: string;
  input: unknown;
  lang: Lang;
}) {
  assertCan(actor, 'inventory:write');
  const draft = parseOrThrow(applicationDraftSchema, input, 'application');
  const snap = await getInventorySnapshot();
  const saved = id ? snap.appById.get(id) : undefined;
  if (id && !saved) throw new AppError('NOT_FOUND', 'No application with this id.');
  // An application not named yet still gets a name for the messages.
  const name = draft.name || saved?.name || (lang === 'de' ? '(neue Anwendung)' : '(new application)');
  const before = inventoryOf(snap);
  const after = withApplicationDraft(
    before,
    { ...draft, name, criticality: saved?.criticality ?? 'medium', configuredFailmode: saved?.configuredFailmode ?? 'unknown' },
    saved?.name,
  );
  return { items: present(bypassRisks(savedFindings(snap), after, snap.policy, aboutApplication(name)), lang) };
}

/** Per group id: what the bypass findings say about it (the groups list's findings column). */
export async function groupBypassSummaries({ actor }: { actor: Actor | null }): Promise<Map<string, GroupBypassSummary>> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  const byKey = bypassSummaryByGroup(snap.assessmentById.values());
  const out = new Map<string, GroupBypassSummary>();
  for (const g of snap.groups) {
    const s = byKey.get(g.name.trim().toLowerCase());
    if (s) out.set(g.id, s);
  }
  return out;
}
