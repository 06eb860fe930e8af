import 'server-only';
import { randomUUID } from 'node:crypto';
import type { InventoryData } from '../../validations/inventory';
import type { Prisma } from '../../generated/prisma/client';
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { withInventoryWrite } from '../review-edits';
import { assertCan, type Actor } from '../permissions';
import { CLI_ACTOR } from '../users';
import { toInterchangeApplication, toInterchangeGroup } from './present';
import { bumpRevision, encodeDataClasses, getInventorySnapshot, type InventorySnapshot } from './snapshot';

export type ItemStatus = 'new' | 'changed' | 'unchanged';
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}
export interface ImportPreview {
  applications: { name: string; status: ItemStatus; changes: FieldChange[] }[];
  groups: { name: string; status: ItemStatus; changes: FieldChange[] }[];
  policy: FieldChange[];
}
export interface ImportSelection {
  /** Application names to apply (default: all in the file). */
  applications?: string[];
  /** Group names to apply (default: all in the file; groups that selected applications need are always applied). */
  groups?: string[];
  /** Apply the file's policy, if it has one (default true). */
  policy?: boolean;
}
export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v === undefined || v === null || v === '' ? '—' : String(v));

function diff(before: Record<string, unknown>, after: Record<string, unknown>, keys: string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const k of keys) {
    const norm = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort((a, b) => a.localeCompare(b)).join('\u0000').toLowerCase() : show(v));
    if (norm(before[k]) !== norm(after[k])) out.push({ field: k, before: show(before[k]), after: show(after[k]) });
  }
  return out;
}

const APP_FIELDS = ['name', 'integration', 'dataClasses', 'mfaMandate', 'criticality', 'configuredFailmode', 'groups', 'owner', 'notes'];
const GROUP_FIELDS = ['name', 'alwaysRequireMfa', 'memberCount', 'description'];
const POLICY_FIELDS = ['mandatoryDataClasses', 'paidEdition', 'reviewIntervalDays', 'defaultLanguage'];

function computePreview(snap: InventorySnapshot, inv: InventoryData): ImportPreview {
  const apps = new Map(snap.apps.map((a) => [a.name.toLowerCase(), a]));
  const groups = new Map(snap.groups.map((g) => [g.name.toLowerCase(), g]));
  const policy = inv.policy ? diff(snap.policy as unknown as Record<string, unknown>, { ...snap.policy, ...inv.policy }, POLICY_FIELDS) : [];
  return {
    applications: inv.applications.map((a) => {
      const cur = apps.get(a.name.toLowerCase());
      if (!cur) return { name: a.name, status: 'new' as const, changes: [] };
      const changes = diff(toInterchangeApplication(cur), { ...a, owner: a.owner || undefined, notes: a.notes || undefined }, APP_FIELDS);
      return { name: a.name, status: changes.length ? ('changed' as const) : ('unchanged' as const), changes };
    }),
    groups: inv.groups.map((g) => {
      const cur = groups.get(g.name.toLowerCase());
      if (!cur) return { name: g.name, status: 'new' as const, changes: [] };
      const changes = diff(toInterchangeGroup(cur), { ...g, description: g.description || undefined }, GROUP_FIELDS);
      return { name: g.name, status: changes.length ? ('changed' as const) : ('unchanged' as const), changes };
    }),
    policy,
  };
}

/** What an import would do, compared with the current inventory (writes nothing). */
export async function previewImport({ actor, inventory }: { actor: Actor | null; inventory: InventoryData }): Promise<ImportPreview> {
  assertCan(actor, 'inventory:write');
  return computePreview(await getInventorySnapshot(), inventory);
}

/**
 * Applies an import as one transaction and one audit entry: all or nothing. Applications and groups
 * are matched by name (case-insensitive); new ones are created, changed ones updated (their version
 * moves), unchanged ones left alone.
 */
export async function applyImport({
  actor,
  inventory,
  select = {},
  source = 'import',
}: {
  actor: Actor | null | 'cli';
  inventory: InventoryData;
  select?: ImportSelection;
  source?: string;
}): Promise<ImportResult> {
  if (actor !== 'cli') assertCan(actor, 'inventory:write');
  const who = actor === 'cli' ? CLI_ACTOR : actor;
  const db = await getDb();
  return withInventoryWrite(who, async () => {
    const snap = await getInventorySnapshot();
    const preview = computePreview(snap, inventory);
    const pickApps = select.applications ? new Set(select.applications.map((n) => n.toLowerCase())) : null;
    const apps = inventory.applications.filter((a) => !pickApps || pickApps.has(a.name.toLowerCase()));
    const needed = new Set(apps.flatMap((a) => a.groups.map((g) => g.toLowerCase())));
    const pickGroups = select.groups ? new Set(select.groups.map((n) => n.toLowerCase())) : null;
    const groups = inventory.groups.filter((g) => !pickGroups || pickGroups.has(g.name.toLowerCase()) || needed.has(g.name.toLowerCase()));

    const groupIds = new Map(snap.groups.map((g) => [g.name.toLowerCase(), g.id]));
    const appIds = new Map(snap.apps.map((a) => [a.name.toLowerCase(), a.id]));
    const status = new Map(preview.applications.map((p) => [p.name.toLowerCase(), p.status]));
    const gstatus = new Map(preview.groups.map((p) => [p.name.toLowerCase(), p.status]));
    const ops: Prisma.PrismaPromise<unknown>[] = [];
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
    const by = who.email;

    for (const g of groups) {
      const key = g.name.toLowerCase();
      const st = gstatus.get(key)!;
      const data = { name: g.name, nameKey: key, alwaysRequireMfa: g.alwaysRequireMfa, memberCount: g.memberCount ?? null, description: g.description || null, updatedBy: by };
      if (st === 'new') {
        const id = randomUUID();
        groupIds.set(key, id);
        ops.push(db.group.create({ data: { id, ...data } }));
        result.created++;
      } else if (st === 'changed') {
        ops.push(db.group.update({ where: { id: groupIds.get(key)! }, data: { ...data, version: { increment: 1 } } }));
        result.updated++;
      } else result.unchanged++;
    }
    for (const a of apps) {
      const key = a.name.toLowerCase();
      const st = status.get(key)!;
      const data = {
        name: a.name,
        nameKey: key,
        integration: a.integration,
        dataClasses: encodeDataClasses(a.dataClasses),
        mfaMandate: a.mfaMandate,
        criticality: a.criticality,
        configuredFailmode: a.configuredFailmode,
        owner: a.owner || null,
        notes: a.notes || null,
        updatedBy: by,
      };
      const access = a.groups.map((g) => ({ groupId: groupIds.get(g.toLowerCase())! }));
      if (st === 'new') {
        ops.push(db.application.create({ data: { id: randomUUID(), ...data, access: { create: access } } }));
        result.created++;
      } else if (st === 'changed') {
        ops.push(
          db.application.update({
            where: { id: appIds.get(key)! },
            data: { ...data, version: { increment: 1 }, access: { deleteMany: {}, create: access } },
          }),
        );
        result.updated++;
      } else result.unchanged++;
    }
    const applyPolicy = inventory.policy && (select.policy ?? true) && preview.policy.length > 0;
    if (applyPolicy) {
      const p = { ...snap.policy, ...inventory.policy };
      ops.push(
        db.policy.update({
          where: { id: 1 },
          data: {
            mandatoryDataClasses: encodeDataClasses(p.mandatoryDataClasses),
            paidEdition: p.paidEdition,
            reviewIntervalDays: p.reviewIntervalDays,
            defaultLanguage: p.defaultLanguage,
            version: { increment: 1 },
            updatedBy: by,
          },
        }),
      );
    }
    if (ops.length === 0) return result;
    ops.push(bumpRevision(db));
    ops.push(
      db.auditLog.create({
        data: auditEntry({
          actor: who,
          action: 'import',
          entity: 'inventory',
          after: {
            source,
            ...result,
            policy: applyPolicy ? inventory.policy : undefined,
            applications: preview.applications.filter((p) => p.status !== 'unchanged' && (!pickApps || pickApps.has(p.name.toLowerCase()))),
            groups: preview.groups.filter((p) => p.status !== 'unchanged'),
          },
        }),
      }),
    );
    await db.$transaction(ops);
    return result;
  });
}
