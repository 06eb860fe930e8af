import 'server-only';
import type { IncidentApplication, IncidentItemKind, IncidentScenario, IncidentState } from '../../domain/incident';
import { messagingDeadline, type ActionEffectRecord } from '../../domain/incident';
import { simulationFindingMessage, type SimulationAction, type SimulationFinding } from '../../domain/simulator';
import type { Lang } from '../../domain/types';
import { firstResponseChecklist } from '../../domain/runbook';
import { getDb, type Db } from '../db/client';
import { AppError } from '../errors';
import { getInventorySnapshot, type InventorySnapshot } from '../inventory/snapshot';
import { runbookInputOf } from '../runbooks';

export const INCIDENT_LIST_LIMIT = 200;

export async function loadIncidentRow(db: Db, id: string) {
  const row = await db.incident.findUnique({
    where: { id },
    include: {
      items: { orderBy: { position: 'asc' } },
      actions: { orderBy: [{ takenAt: 'asc' }, { id: 'asc' }] },
      events: { orderBy: { id: 'asc' } },
    },
  });
  if (!row) throw new AppError('NOT_FOUND', 'No incident with this id.');
  return row;
}
export type IncidentRow = Awaited<ReturnType<typeof loadIncidentRow>>;

export interface IncidentItemView {
  id: string;
  kind: IncidentItemKind;
  applicationId?: string;
  actionId?: string;
  text: string;
  done: boolean;
  doneBy: string | null;
  doneAt: string | null;
  note: string | null;
  version: number;
}

export interface IncidentActionView {
  id: string;
  type: SimulationAction['type'];
  group?: string;
  application?: string;
  minutes?: number;
  takenBy: string;
  takenAt: string;
  /** Primary Only Mode: when the proxy stops. */
  expiresAt: string | null;
  reverted: boolean;
  findings: { code: string; severity: string; message: string; applications: string[]; groups: string[] }[];
  opened: ActionEffectRecord['opened'];
}

export interface IncidentMessageView {
  applicationId: string;
  application: string;
  variant: string;
  title: string;
  subject: string;
  body: string;
}

export interface IncidentView {
  id: string;
  title: string;
  scenario: IncidentScenario;
  state: IncidentState;
  startedAt: string;
  declaredBy: string;
  declaredAt: string;
  closedAt: string | null;
  closedBy: string | null;
  overrideReason: string | null;
  drillId: string | null;
  scope: { applications?: string[]; deployment?: string };
  version: number;
  applications: { id: string; name: string; outcome: IncidentApplication['outcome']; criticality: string; restrictionLevel: string }[];
  items: IncidentItemView[];
  actions: IncidentActionView[];
  messaging: {
    thresholdMinutes: number;
    dueAt: string;
    sent: { applicationId: string; application: string; at: string; actor: string; channel: string | null }[];
  };
  messages: IncidentMessageView[];
  timeline: { id: number; at: string; actor: string; kind: string; data: Record<string, unknown> }[];
}

const parse = <T>(s: string | null | undefined, fallback: T): T => {
  if (!s) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

export function actionOf(params: string): SimulationAction {
  return parse<SimulationAction>(params, { type: 'firewall-block' });
}

/** The incident as the API answers it, texts in `lang`. */
export function toIncidentView(row: IncidentRow, snap: InventorySnapshot, lang: Lang, now = new Date()): IncidentView {
  const applications = parse<IncidentApplication[]>(row.affected, []);
  const revertDone = new Set(row.items.filter((i) => i.kind === 'revert' && i.done && i.actionId).map((i) => i.actionId!));
  const threshold = snap.policy.messagingThresholdMinutes;
  const messages: IncidentMessageView[] = [];
  for (const a of applications) {
    if (!snap.appById.has(a.id)) continue;
    const m = firstResponseChecklist(runbookInputOf(snap, a.id, lang, now), row.scenario as IncidentScenario).message;
    messages.push({
      applicationId: a.id,
      application: snap.appById.get(a.id)!.name,
      variant: m.variant,
      title: m.title,
      subject: m.subject,
      body: m.body,
    });
  }
  const nameOf = new Map(applications.map((a) => [a.id, a.name]));
  return {
    id: row.id,
    title: row.title,
    scenario: row.scenario as IncidentScenario,
    state: row.state as IncidentState,
    startedAt: row.startedAt.toISOString(),
    declaredBy: row.declaredBy,
    declaredAt: row.declaredAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    closedBy: row.closedBy,
    overrideReason: row.overrideReason,
    drillId: row.drillId && !row.drillId.startsWith('pending:') ? row.drillId : null,
    scope: parse(row.scope, {}),
    version: row.version,
    applications: applications.map((a) => ({
      id: a.id,
      name: a.name,
      outcome: a.outcome,
      criticality: a.criticality,
      restrictionLevel: a.restrictionLevel,
    })),
    items: row.items.map((i) => ({
      id: i.id,
      kind: i.kind as IncidentItemKind,
      ...(i.applicationId ? { applicationId: i.applicationId } : {}),
      ...(i.actionId ? { actionId: i.actionId } : {}),
      text: lang === 'de' ? i.textDe : i.textEn,
      done: i.done,
      doneBy: i.doneBy,
      doneAt: i.doneAt?.toISOString() ?? null,
      note: i.note,
      version: i.version,
    })),
    actions: row.actions.map((a) => {
      const action = actionOf(a.params);
      const effect = parse<ActionEffectRecord>(a.findings, { findings: [], opened: [] });
      return {
        id: a.id,
        type: action.type,
        ...('group' in action ? { group: action.group } : {}),
        ...('application' in action ? { application: action.application } : {}),
        ...('minutes' in action ? { minutes: action.minutes } : {}),
        takenBy: a.takenBy,
        takenAt: a.takenAt.toISOString(),
        expiresAt: a.expiresAt?.toISOString() ?? null,
        reverted: revertDone.has(a.id),
        findings: effect.findings.map((f: SimulationFinding) => ({
          code: f.code,
          severity: f.severity,
          message: simulationFindingMessage(f, lang),
          applications: f.applications,
          groups: f.groups,
        })),
        opened: effect.opened,
      };
    }),
    messaging: {
      thresholdMinutes: threshold,
      dueAt: messagingDeadline(row.startedAt, threshold).toISOString(),
      sent: row.events
        .filter((e) => e.kind === 'message.sent')
        .map((e) => {
          const d = parse<{ applicationId: string; channel?: string }>(e.data, { applicationId: '' });
          return {
            applicationId: d.applicationId,
            application: nameOf.get(d.applicationId) ?? d.applicationId,
            at: e.at.toISOString(),
            actor: e.actor,
            channel: d.channel ?? null,
          };
        }),
    },
    messages,
    timeline: row.events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: e.actor,
      kind: e.kind,
      data: parse<Record<string, unknown>>(e.data, {}),
    })),
  };
}

export async function incidentView(id: string, lang: Lang): Promise<IncidentView> {
  const db = await getDb();
  const [row, snap] = await Promise.all([loadIncidentRow(db, id), getInventorySnapshot()]);
  return toIncidentView(row, snap, lang);
}

/** Batch operation: the incident's version moves with every write (the live page polls on it). */
export function bumpIncident(db: Db, id: string) {
  return db.incident.update({ where: { id }, data: { version: { increment: 1 } } });
}

export function eventOf(incidentId: string, actor: { email: string }, kind: string, data: unknown, at = new Date()) {
  return { incidentId, actor: actor.email, kind, data: JSON.stringify(data ?? {}), at };
}

export function isRecordNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'P2025';
}

export function assertOpen(row: { state: string }) {
  if (row.state !== 'open') throw new AppError('CONFLICT', 'This incident is closed: nothing can be changed any more.');
}
