import 'server-only';
import { randomUUID } from 'node:crypto';
import type { InventoryData } from '../../validations/inventory';
import { auditEntry } from '../audit';
import { getBulkDb } from '../db/client';
import { insertRows, runInSteps, type Op } from '../db/bulk';
import { yieldEvery } from '../cooperative';
import { withInventoryWrite } from '../review-edits';
import { assertCan, type Actor } from '../permissions';
import { AppError } from '../errors';
import { CLI_ACTOR } from '../users';
import type { ImportAppMeta } from '../../parsers';
import type { ConfiguredFailmode, Criticality, DataClass, IntegrationSlug, MfaMandate } from '../../domain/types';
import { toInterchangeApplication, toInterchangeGroup } from './present';
import { bumpRevision, encodeDataClasses, getInventorySnapshot, type AppRecord, type InventorySnapshot } from './snapshot';

export type ItemStatus = 'new' | 'changed' | 'unchanged';
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** How an imported row was matched to an existing application. */
export type MatchBy = 'ikey' | 'source' | 'name';

export interface PreviewApplication {
  /** The name the file gives (the key of a row in selections and overrides). */
  name: string;
  /** The name it will have (an override, or the matched application's name on update). */
  finalName: string;
  status: ItemStatus;
  changes: FieldChange[];
  integration: IntegrationSlug;
  configuredFailmode: ConfiguredFailmode;
  format: ImportAppMeta['format'];
  file: string;
  line: number | null;
  failmodeSource: ImportAppMeta['failmodeSource'];
  failmodeLine: number | null;
  secretsDropped: number;
  /** Created in "needs triage" (nothing classifies it yet). */
  triage: boolean;
  match: { id: string; name: string; by: MatchBy } | null;
}

export interface ImportPreview {
  applications: PreviewApplication[];
  groups: { name: string; status: ItemStatus; changes: FieldChange[] }[];
  policy: FieldChange[];
}

/** What the admin set for a row in the preview. */
export interface ImportOverride {
  name?: string;
  mfaMandate?: MfaMandate;
  criticality?: Criticality;
  dataClasses?: DataClass[];
}

export interface ImportSelection {
  /** Application names (as in the file) to apply (default: all in the file). */
  applications?: string[];
  /** Group names to apply (default: all in the file; groups that selected applications need are always applied). */
  groups?: string[];
  /** Apply the file's policy, if it has one (default true). */
  policy?: boolean;
  /** Per application name (as in the file): rename and level fields set in the preview. */
  overrides?: Record<string, ImportOverride>;
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
    const norm = (v: unknown) =>
      Array.isArray(v)
        ? [...v]
            .map(String)
            .sort((a, b) => a.localeCompare(b))
            .join('\u0000')
            .toLowerCase()
        : show(v);
    if (norm(before[k]) !== norm(after[k])) out.push({ field: k, before: show(before[k]), after: show(after[k]) });
  }
  return out;
}

const APP_FIELDS = [
  'name',
  'integration',
  'dataClasses',
  'mfaMandate',
  'criticality',
  'configuredFailmode',
  'groups',
  'owner',
  'notes',
  'onCallContact',
  'escalation',
];
const GROUP_FIELDS = ['name', 'alwaysRequireMfa', 'memberCount', 'description'];
const POLICY_FIELDS = ['mandatoryDataClasses', 'paidEdition', 'reviewIntervalDays', 'defaultLanguage', 'messagingThresholdMinutes'];

type App = InventoryData['applications'][number];

interface Planned {
  /** The application as it will be stored. */
  app: App;
  preview: PreviewApplication;
  existing: AppRecord | null;
  meta: ImportAppMeta | null;
  needsTriage: boolean;
}

/**
 * The artefact's application merged onto the matched one. An artefact (authproxy.cfg, Duo Unix,
 * Admin API) knows the integration and the failmode, not the mandate, data, criticality, groups,
 * owner or notes a person set: on update only what it knows replaces, and never with less
 * ("unknown" does not overwrite a known failmode, other-third-party not a known integration).
 * An inventory file states every field: it replaces them all, as before.
 */
function merge(a: App, cur: AppRecord | null, meta: ImportAppMeta | null, o: ImportOverride): App {
  const base: App = {
    ...a,
    ...(o.name ? { name: o.name } : {}),
    ...(o.mfaMandate ? { mfaMandate: o.mfaMandate } : {}),
    ...(o.criticality ? { criticality: o.criticality } : {}),
    ...(o.dataClasses ? { dataClasses: o.dataClasses } : {}),
  };
  if (!cur || !meta?.triage) return base;
  const integration = a.integration === 'other-third-party' && cur.integration !== 'other-third-party' ? cur.integration : a.integration;
  const configuredFailmode =
    a.configuredFailmode === 'unknown' && cur.configuredFailmode !== 'unknown' ? cur.configuredFailmode : a.configuredFailmode;
  return {
    name: o.name ?? cur.name,
    integration,
    configuredFailmode,
    dataClasses: o.dataClasses ?? [...cur.dataClasses],
    mfaMandate: o.mfaMandate ?? cur.mfaMandate,
    criticality: o.criticality ?? cur.criticality,
    groups: meta.accessFromSource && a.groups.length > 0 ? [...a.groups] : [...cur.groups],
    ...(cur.owner ? { owner: cur.owner } : {}),
    ...(cur.notes ? { notes: cur.notes } : {}),
    ...(cur.onCallContact ? { onCallContact: cur.onCallContact } : {}),
    ...(cur.escalation ? { escalation: cur.escalation } : {}),
  };
}

async function plan(
  snap: InventorySnapshot,
  inv: InventoryData,
  metas: readonly ImportAppMeta[] | undefined,
  overrides: Record<string, ImportOverride> = {},
): Promise<Planned[]> {
  const tick = yieldEvery(200);
  const byName = new Map(snap.apps.map((a) => [a.name.toLowerCase(), a]));
  const bySource = new Map(snap.apps.filter((a) => a.sourceKey).map((a) => [a.sourceKey!, a]));
  const byIkey = new Map(snap.apps.filter((a) => a.ikeyHash).map((a) => [a.ikeyHash!, a]));
  const out: Planned[] = [];
  for (const [i, a] of inv.applications.entries()) {
    await tick();
    const meta = metas?.[i] ?? null;
    const o = overrides[a.name] ?? {};
    let match: { app: AppRecord; by: MatchBy } | null = null;
    if (meta?.ikeyHash && byIkey.has(meta.ikeyHash)) match = { app: byIkey.get(meta.ikeyHash)!, by: 'ikey' };
    else if (meta?.sourceKey && bySource.has(meta.sourceKey)) match = { app: bySource.get(meta.sourceKey)!, by: 'source' };
    else if (byName.has((o.name ?? a.name).toLowerCase())) match = { app: byName.get((o.name ?? a.name).toLowerCase())!, by: 'name' };
    const cur = match?.app ?? null;
    const app = merge(a, cur, meta, o);
    let status: ItemStatus = 'new';
    let changes: FieldChange[] = [];
    if (cur)
      changes = diff(
        toInterchangeApplication(cur),
        {
          ...app,
          owner: app.owner || undefined,
          notes: app.notes || undefined,
          onCallContact: app.onCallContact || undefined,
          escalation: app.escalation || undefined,
        },
        APP_FIELDS,
      );
    // An artefact starts a new application in triage and leaves a matched one as it was, unless the
    // mandate is set in the preview. An inventory file ends triage only where it changes the
    // mandate, the data or the groups (re-importing an export of a triage application keeps it).
    const classifies = changes.some((c) => c.field === 'mfaMandate' || c.field === 'dataClasses' || c.field === 'groups');
    const needsTriage = meta?.triage
      ? o.mfaMandate
        ? false
        : cur
          ? cur.needsTriage
          : true
      : cur
        ? cur.needsTriage && !classifies && !o.mfaMandate
        : false;
    if (cur) {
      // Filling in where it came from is bookkeeping, not a change (re-importing changes nothing).
      status = changes.length || (cur.needsTriage && !needsTriage) ? 'changed' : 'unchanged';
    }
    out.push({
      app,
      existing: cur,
      meta,
      needsTriage,
      preview: {
        name: a.name,
        finalName: app.name,
        status,
        changes,
        integration: app.integration,
        configuredFailmode: app.configuredFailmode,
        format: meta?.format ?? 'inventory',
        file: meta?.file ?? '',
        line: meta?.line ?? null,
        failmodeSource: meta?.failmodeSource ?? 'not-reported',
        failmodeLine: meta?.failmodeLine ?? null,
        secretsDropped: meta?.secretsDropped ?? 0,
        triage: needsTriage,
        match: match ? { id: match.app.id, name: match.app.name, by: match.by } : null,
      },
    });
  }
  return out;
}

function previewOf(snap: InventorySnapshot, inv: InventoryData, planned: readonly Planned[]): ImportPreview {
  const groups = new Map(snap.groups.map((g) => [g.name.toLowerCase(), g]));
  const policy = inv.policy
    ? diff(snap.policy as unknown as Record<string, unknown>, { ...snap.policy, ...inv.policy }, POLICY_FIELDS)
    : [];
  return {
    applications: planned.map((p) => p.preview),
    groups: inv.groups.map((g) => {
      const cur = groups.get(g.name.toLowerCase());
      if (!cur) return { name: g.name, status: 'new' as const, changes: [] };
      const changes = diff(toInterchangeGroup(cur), { ...g, description: g.description || undefined }, GROUP_FIELDS);
      return { name: g.name, status: changes.length ? ('changed' as const) : ('unchanged' as const), changes };
    }),
    policy,
  };
}

const GROUP_COLUMNS = [
  'id',
  'name',
  'nameKey',
  'alwaysRequireMfa',
  'memberCount',
  'description',
  'createdAt',
  'updatedAt',
  'updatedBy',
] as const;
const APP_COLUMNS = [
  'id',
  'name',
  'nameKey',
  'integration',
  'dataClasses',
  'mfaMandate',
  'criticality',
  'configuredFailmode',
  'owner',
  'notes',
  'needsTriage',
  'sourceKey',
  'ikeyHash',
  'createdAt',
  'updatedAt',
  'updatedBy',
] as const;

/** What an import would do, compared with the current inventory (writes nothing). */
export async function previewImport({
  actor,
  inventory,
  meta,
  overrides,
}: {
  actor: Actor | null;
  inventory: InventoryData;
  meta?: readonly ImportAppMeta[];
  overrides?: Record<string, ImportOverride>;
}): Promise<ImportPreview> {
  assertCan(actor, 'inventory:write');
  const snap = await getInventorySnapshot();
  return previewOf(snap, inventory, await plan(snap, inventory, meta, overrides));
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
  meta,
  extraOps,
}: {
  actor: Actor | null | 'cli';
  inventory: InventoryData;
  select?: ImportSelection;
  source?: string;
  /** From the parsers (importArtefacts().meta): matching by ikey / source, needs triage. */
  meta?: readonly ImportAppMeta[];
  /** Written in the same transaction (the Duo sync's state and time), also when nothing else changes. */
  extraOps?: Op;
}): Promise<ImportResult> {
  if (actor !== 'cli') assertCan(actor, 'inventory:write');
  const who = actor === 'cli' ? CLI_ACTOR : actor;
  // Its own connection on SQLite: the transaction below does not hold up other requests' reads.
  const db = await getBulkDb();
  return withInventoryWrite(who, async () => {
    const snap = await getInventorySnapshot();
    const planned = await plan(snap, inventory, meta, select.overrides);
    const preview = previewOf(snap, inventory, planned);
    // Planning and building the statements take a turn for the event loop every few hundred rows.
    const tick = yieldEvery(100);
    const pickApps = select.applications ? new Set(select.applications.map((n) => n.toLowerCase())) : null;
    const chosen = planned.filter((p) => !pickApps || pickApps.has(p.preview.name.toLowerCase()));
    const apps = chosen.map((p) => p.app);
    const finalNames = new Map<string, string>();
    const storedByName = new Map(snap.apps.map((x) => [x.name.toLowerCase(), x]));
    for (const p of chosen) {
      const k = p.app.name.toLowerCase();
      const stored = storedByName.get(k);
      const other = stored && stored.id !== p.existing?.id ? stored : undefined;
      const twice = finalNames.has(k) && !(p.existing && chosen.some((q) => q !== p && q.existing?.id === p.existing!.id));
      if (other || twice) {
        throw new AppError('CONFLICT', `Two applications would be called "${p.app.name}": choose another name for "${p.preview.name}".`, [
          { path: `overrides.${p.preview.name}.name`, message: 'name already taken' },
        ]);
      }
      finalNames.set(k, p.preview.name);
    }
    const needed = new Set(apps.flatMap((a) => a.groups.map((g) => g.toLowerCase())));
    const pickGroups = select.groups ? new Set(select.groups.map((n) => n.toLowerCase())) : null;
    const groups = inventory.groups.filter((g) => !pickGroups || pickGroups.has(g.name.toLowerCase()) || needed.has(g.name.toLowerCase()));

    const groupIds = new Map(snap.groups.map((g) => [g.name.toLowerCase(), g.id]));

    const gstatus = new Map(preview.groups.map((p) => [p.name.toLowerCase(), p.status]));
    // Statements as functions of the connection they run on: built inside the transaction below.
    const ops: Op[] = [];
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
    const bookkeeping: Op[] = [];
    const by = who.email;
    // New rows go in with raw multi-row INSERTs (lib/server/db/bulk.ts) in the same single
    // transaction: a 15,000-application import is a dozen statements, not ~45,000 (issue 14 item 5).
    const now = new Date();
    const newGroups: (string | number | boolean | Date | null)[][] = [];
    const newApps: (string | number | boolean | Date | null)[][] = [];
    const newAccess: string[][] = [];

    for (const g of groups) {
      await tick();
      const key = g.name.toLowerCase();
      const st = gstatus.get(key)!;
      const data = {
        name: g.name,
        nameKey: key,
        alwaysRequireMfa: g.alwaysRequireMfa,
        memberCount: g.memberCount ?? null,
        description: g.description || null,
        updatedBy: by,
      };
      if (st === 'new') {
        const id = randomUUID();
        groupIds.set(key, id);
        newGroups.push([id, data.name, data.nameKey, data.alwaysRequireMfa, data.memberCount, data.description, now, now, by]);
        result.created++;
      } else if (st === 'changed') {
        const id = groupIds.get(key)!;
        ops.push((c) => c.group.update({ where: { id }, data: { ...data, version: { increment: 1 } } }));
        result.updated++;
      } else result.unchanged++;
    }
    for (const p of chosen) {
      await tick();
      const a = p.app;
      const key = a.name.toLowerCase();
      const st = p.preview.status;
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
        onCallContact: a.onCallContact || null,
        escalation: a.escalation || null,
        updatedBy: by,
        needsTriage: p.needsTriage,
        ...(p.meta?.sourceKey ? { sourceKey: p.meta.sourceKey } : {}),
        ...(p.meta?.ikeyHash ? { ikeyHash: p.meta.ikeyHash } : {}),
      };
      const access = a.groups.map((g) => ({ groupId: groupIds.get(g.toLowerCase())! }));
      if (st === 'new') {
        const id = randomUUID();
        newApps.push([
          id,
          data.name,
          data.nameKey,
          data.integration,
          data.dataClasses,
          data.mfaMandate,
          data.criticality,
          data.configuredFailmode,
          data.owner,
          data.notes,
          data.needsTriage,
          p.meta?.sourceKey ?? null,
          p.meta?.ikeyHash ?? null,
          now,
          now,
          by,
        ]);
        for (const x of access) newAccess.push([id, x.groupId]);
        result.created++;
      } else if (st === 'changed') {
        const id = p.existing!.id;
        ops.push((c) =>
          c.application.update({
            where: { id },
            data: { ...data, version: { increment: 1 }, access: { deleteMany: {}, create: access } },
          }),
        );
        result.updated++;
      } else {
        // Unchanged; remember where it came from if it did not know yet (no version move, no revision).
        const fill = {
          ...(p.meta?.sourceKey && !p.existing!.sourceKey ? { sourceKey: p.meta.sourceKey } : {}),
          ...(p.meta?.ikeyHash && !p.existing!.ikeyHash ? { ikeyHash: p.meta.ikeyHash } : {}),
        };
        const id = p.existing!.id;
        if (Object.keys(fill).length) bookkeeping.push((c) => c.application.update({ where: { id }, data: fill }));
        result.unchanged++;
      }
    }
    // Groups first (access rows point at them), then applications, then their access; before the updates.
    const creates: Op[] = [
      ...insertRows('Group', GROUP_COLUMNS, newGroups),
      ...insertRows('Application', APP_COLUMNS, newApps),
      ...insertRows('Access', ['applicationId', 'groupId'], newAccess),
    ];
    ops.unshift(...creates);
    const applyPolicy = inventory.policy && (select.policy ?? true) && preview.policy.length > 0;
    if (applyPolicy) {
      const p = { ...snap.policy, ...inventory.policy };
      ops.push((c) =>
        c.policy.update({
          where: { id: 1 },
          data: {
            mandatoryDataClasses: encodeDataClasses(p.mandatoryDataClasses),
            paidEdition: p.paidEdition,
            reviewIntervalDays: p.reviewIntervalDays,
            defaultLanguage: p.defaultLanguage,
            messagingThresholdMinutes: p.messagingThresholdMinutes,
            version: { increment: 1 },
            updatedBy: by,
          },
        }),
      );
    }
    if (ops.length === 0) {
      const rest = [...bookkeeping, ...(extraOps ? [extraOps] : [])];
      if (rest.length) await runInSteps(db, rest);
      return result;
    }
    if (extraOps) ops.push(extraOps);
    ops.push(...bookkeeping);
    ops.push((c) => bumpRevision(c));
    const auditData = auditEntry({
      actor: who,
      action: 'import',
      entity: 'inventory',
      after: {
        source,
        ...result,
        policy: applyPolicy ? inventory.policy : undefined,
        applications: preview.applications
          .filter((p) => p.status !== 'unchanged' && (!pickApps || pickApps.has(p.name.toLowerCase())))
          .map((p) => ({
            name: p.finalName,
            status: p.status,
            changes: p.changes,
            ...(p.match ? { matchedBy: p.match.by } : {}),
            ...(p.triage ? { needsTriage: true } : {}),
          })),
        groups: preview.groups.filter((p) => p.status !== 'unchanged'),
      },
    });
    // Raw as well: the entry of a large import is megabytes of JSON, which Prisma's compiler would copy.
    ops.push(
      ...insertRows(
        'AuditLog',
        ['at', 'actorId', 'actor', 'action', 'entity', 'entityId', 'before', 'after'],
        [
          [
            now,
            auditData.actorId ?? null,
            auditData.actor,
            auditData.action,
            auditData.entity,
            auditData.entityId ?? null,
            auditData.before ?? null,
            auditData.after ?? null,
          ],
        ],
      ),
    );
    await runInSteps(db, ops);
    return result;
  });
}
