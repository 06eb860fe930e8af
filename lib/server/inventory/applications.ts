import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ApplicationAssessment } from '../../domain/assess';
import { REVIEW_STATES } from '../../domain/review';
import { CRITICALITIES, RESTRICTION_LEVELS, SEVERITIES, type Lang } from '../../domain/types';
import {
  applicationCreateSchema,
  applicationListQuerySchema,
  applicationPatchSchema,
  applicationUpdateSchema,
  type ApplicationListQuery,
} from '../../validations/api';
import { applicationSchema, type ApplicationData } from '../../validations/inventory';
import { auditEntry } from '../audit';
import { entryBoundedPerOwner } from '../caches';
import { getDb, type Db } from '../db/client';
import { withInventoryWrite } from '../review-edits';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { presentApplication, toInterchangeApplication, toReviewSummary, type ApplicationItem } from './present';
import { conflict, decodeCursor, encodeCursor, parseOrThrow, sentFields } from './shared';
import { bumpRevision, encodeDataClasses, getInventorySnapshot, reviewStatusOf, type AppRecord, type InventorySnapshot } from './snapshot';

interface Ctx {
  actor: Actor | null;
  lang?: Lang;
}

const rank =
  <T extends string>(order: readonly T[]) =>
  (v: T) =>
    order.indexOf(v);
const critRank = rank(CRITICALITIES);
const levelRank = rank(RESTRICTION_LEVELS);
const sevRank = rank(SEVERITIES);

function findingWeight(x: ApplicationAssessment): number {
  // Most severe first, then how many: critical=3000+n, warning=2000+n, info=1000+n, none=0.
  if (!x.findings.length) return 0;
  const worst = Math.min(...x.findings.map((f) => sevRank(f.severity)));
  return (SEVERITIES.length - worst) * 1000 + x.findings.length;
}

export interface ApplicationList {
  items: ApplicationItem[];
  nextCursor: string | null;
  total: number;
  offset: number;
}

/** The matching applications in list order (filter and sort of the whole inventory). */
function filterAndSort(snap: InventorySnapshot, q: ApplicationListQuery, now: Date): AppRecord[] {
  const needle = q.q?.toLowerCase();
  const rows = snap.apps.filter((a) => {
    const x = snap.assessmentById.get(a.id)!;
    if (q.review.length && !q.review.includes(reviewStatusOf(snap, a.id, now).state)) return false;
    if (q.integration.length && !q.integration.includes(a.integration)) return false;
    if (q.dataClass.length && !q.dataClass.some((d) => a.dataClasses.includes(d))) return false;
    if (q.criticality.length && !q.criticality.includes(a.criticality)) return false;
    if (q.failmode.length && !q.failmode.includes(a.configuredFailmode)) return false;
    if (q.level.length && !q.level.includes(x.restrictionLevel)) return false;
    if (q.severity.length && !x.findings.some((f) => q.severity.includes(f.severity))) return false;
    if (q.finding.length && !x.findings.some((f) => q.finding.includes(f.code))) return false;
    if (needle) {
      const hay = [a.name, a.owner ?? '', a.notes ?? '', a.onCallContact ?? '', a.escalation ?? '', a.integration, ...a.groups]
        .join('\n')
        .toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
  const dir = q.dir === 'desc' ? -1 : 1;
  const key = (a: AppRecord): number | string => {
    const x = snap.assessmentById.get(a.id)!;
    switch (q.sort) {
      case 'integration':
        return a.integration;
      case 'criticality':
        return critRank(a.criticality);
      case 'configuredFailmode':
        return a.configuredFailmode;
      case 'level':
        return levelRank(x.restrictionLevel);
      case 'findings':
        return -findingWeight(x);
      case 'updatedAt':
        return a.updatedAt.getTime();
      case 'review':
        return REVIEW_STATES.indexOf(reviewStatusOf(snap, a.id, now).state);
      default:
        return a.name.toLowerCase();
    }
  };
  return rows
    .map((a) => ({ a, k: key(a), n: a.name.toLowerCase() }))
    .sort((l, r) => (l.k < r.k ? -dir : l.k > r.k ? dir : l.n < r.n ? -1 : l.n > r.n ? 1 : 0))
    .map(({ a }) => a);
}

// The list order of a query depends only on the snapshot (one inventory revision) unless it filters
// or sorts by review state, which expires with the clock. So it is kept per snapshot (a few recent
// queries): a page of the list no longer filters and sorts the whole inventory on every request
// (docs/decisions/0060-performance.md). A new revision is a new snapshot object, so nothing goes stale.
const orderCache = entryBoundedPerOwner<InventorySnapshot, AppRecord[]>(32);

function listOrder(snap: InventorySnapshot, q: ApplicationListQuery, now: Date): AppRecord[] {
  if (q.review.length || q.sort === 'review') return filterAndSort(snap, q, now);
  const key = JSON.stringify([
    q.q?.toLowerCase() ?? '',
    q.integration,
    q.dataClass,
    q.criticality,
    q.failmode,
    q.level,
    q.severity,
    q.finding,
    q.sort,
    q.dir,
  ]);
  const hit = orderCache.get(snap, key);
  if (hit) return hit;
  const order = filterAndSort(snap, q, now);
  orderCache.set(snap, key, order);
  return order;
}

/** Search, filter, sort and page the inventory (the table and `GET /api/v1/applications`). */
export async function listApplications({ actor, lang = 'en', query }: Ctx & { query: unknown }): Promise<ApplicationList> {
  assertCan(actor, 'inventory:read');
  const q = parseOrThrow(applicationListQuerySchema, query ?? {}, 'query');
  const offset = decodeCursor(q.cursor);
  const snap = await getInventorySnapshot();
  const now = new Date();
  const sorted = listOrder(snap, q, now);
  const page = sorted.slice(offset, offset + q.limit);
  const next = offset + q.limit < sorted.length ? encodeCursor(offset + q.limit) : null;
  return {
    items: page.map((a) => present(snap, a, lang, now)),
    nextCursor: next,
    total: sorted.length,
    offset,
  };
}

export async function getApplication({ actor, lang = 'en', id }: Ctx & { id: string }): Promise<ApplicationItem> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  const a = snap.appById.get(id);
  if (!a) throw new AppError('NOT_FOUND', 'No application with this id.');
  return present(snap, a, lang);
}

function present(snap: InventorySnapshot, a: AppRecord, lang: Lang, now = new Date()): ApplicationItem {
  return presentApplication(a, snap.assessmentById.get(a.id)!, lang, toReviewSummary(reviewStatusOf(snap, a.id, now)));
}

/** Maps group names (case-insensitive) to ids; a name that is not a group is a field error. */
async function resolveGroupIds(db: Db, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  const rows = await db.group.findMany({ where: { nameKey: { in: names.map((n) => n.toLowerCase()) } } });
  const byKey = new Map(rows.map((r) => [r.nameKey, r.id]));
  const issues = names
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => !byKey.has(n.toLowerCase()))
    .map(({ n, i }) => ({ path: `groups.${i}`, message: `There is no group named "${n}": create it first` }));
  if (issues.length)
    throw new AppError('VALIDATION_FAILED', `The application is not valid. ${issues[0].path}: ${issues[0].message}`, issues);
  return names.map((n) => byKey.get(n.toLowerCase())!);
}

async function assertNameFree(db: Db, name: string, exceptId?: string) {
  const other = await db.application.findUnique({ where: { nameKey: name.toLowerCase() } });
  if (other && other.id !== exceptId) {
    throw new AppError('ALREADY_EXISTS', `An application named "${other.name}" already exists.`, [
      { path: 'name', message: 'This name is already used by another application' },
    ]);
  }
}

function columns(d: ApplicationData) {
  return {
    name: d.name,
    nameKey: d.name.toLowerCase(),
    integration: d.integration,
    dataClasses: encodeDataClasses(d.dataClasses),
    mfaMandate: d.mfaMandate,
    criticality: d.criticality,
    configuredFailmode: d.configuredFailmode,
    owner: d.owner || null,
    notes: d.notes || null,
    onCallContact: d.onCallContact || null,
    escalation: d.escalation || null,
  };
}

export async function createApplication({ actor, lang = 'en', input }: Ctx & { input: unknown }): Promise<ApplicationItem> {
  assertCan(actor, 'inventory:write');
  const data = parseOrThrow(applicationCreateSchema, input, 'application');
  const db = await getDb();
  const id = randomUUID();
  await withInventoryWrite(actor, async () => {
    await assertNameFree(db, data.name);
    const groupIds = await resolveGroupIds(db, data.groups);
    await db.$transaction([
      db.application.create({
        data: { id, ...columns(data), updatedBy: actor.email, access: { create: groupIds.map((groupId) => ({ groupId })) } },
      }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({ actor, action: 'application.create', entity: 'application', entityId: id, after: data }),
      }),
    ]);
  });
  return getApplication({ actor, lang, id });
}

/**
 * Updates an application if `version` is still the stored one (optimistic concurrency). `patch`
 * merges the given fields into the stored application; `replace` takes a whole form.
 */
export async function updateApplication({
  actor,
  lang = 'en',
  id,
  input,
  mode = 'patch',
}: Ctx & { id: string; input: unknown; mode?: 'patch' | 'replace' }): Promise<ApplicationItem> {
  assertCan(actor, 'inventory:write');
  const change =
    mode === 'patch' ? parseOrThrow(applicationPatchSchema, input, 'change') : parseOrThrow(applicationUpdateSchema, input, 'application');
  const db = await getDb();
  await withInventoryWrite(actor, async () => {
    const snap = await getInventorySnapshot();
    const current = snap.appById.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'No application with this id: it may have been deleted.');
    if (current.version !== change.version) throw conflict('application', current);
    const { version, ...parsed } = change;
    const fields = mode === 'patch' ? sentFields(parsed, input) : parsed;
    const before = toInterchangeApplication(current);
    const after = parseOrThrow(applicationSchema, { ...before, ...fields }, 'application');
    if (after.name.toLowerCase() !== current.name.toLowerCase()) await assertNameFree(db, after.name, id);
    const groupIds = await resolveGroupIds(db, after.groups);
    await db.$transaction([
      db.application.update({
        where: { id, version },
        data: {
          ...columns(after),
          // Needs triage ends once someone sets the mandate, the data and the groups (issue 15).
          ...(current.needsTriage && ['mfaMandate', 'dataClasses', 'groups'].every((k) => k in fields) ? { needsTriage: false } : {}),
          version: { increment: 1 },
          updatedBy: actor.email,
          access: { deleteMany: {}, create: groupIds.map((groupId) => ({ groupId })) },
        },
      }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({ actor, action: 'application.update', entity: 'application', entityId: id, before, after }),
      }),
    ]);
  });
  return getApplication({ actor, lang, id });
}

export async function deleteApplication({ actor, id, version }: Ctx & { id: string; version?: number }): Promise<void> {
  assertCan(actor, 'inventory:write');
  const db = await getDb();
  await withInventoryWrite(actor, async () => {
    const snap = await getInventorySnapshot();
    const current = snap.appById.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'No application with this id: it may have been deleted already.');
    if (version !== undefined && current.version !== version) throw conflict('application', current);
    await db.$transaction([
      db.application.delete({ where: { id, version: current.version } }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'application.delete',
          entity: 'application',
          entityId: id,
          before: toInterchangeApplication(current),
        }),
      }),
    ]);
  });
}
