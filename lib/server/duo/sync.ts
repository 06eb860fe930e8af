import 'server-only';
// The Duo sync (issue 19): admins and editors. Reads Duo (state.ts), turns the integrations into
// applications with the importer (lib/parsers/duo-admin-api.ts: type → catalog slug table, secrets
// dropped) and previews or applies them with the import preview / apply (lib/server/inventory/import.ts):
// matched by integration key fingerprint (then name), a second sync updates and never duplicates;
// fields Duo does not know (mandate, data classes, criticality, owner, notes, "always requires 2FA")
// are kept; groups_allowed replaces the access when Duo lists groups. A failed read changes nothing.
import { importArtefacts, type ImportAppMeta } from '../../parsers';
import { groupKey } from '../../domain/assess';
import type { InventoryData } from '../../validations/inventory';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { applyImport, previewImport, type ImportPreview, type ImportResult } from '../inventory/import';
import { getInventorySnapshot } from '../inventory/snapshot';
import { assertCan, type Actor } from '../permissions';
import { DuoRequestError, type DuoRequestOptions } from './admin-client';
import { getCredentials } from './connection';
import { fetchDuo, type FetchStep, type FetchedDuo } from './state';

export const DUO_SYNC_SOURCE = 'Duo Admin API';

export interface DuoSyncPreview extends ImportPreview {
  /** In the inventory (it came from Duo: it has an integration key fingerprint) but no longer in Duo. */
  missing: { id: string; name: string }[];
  warnings: string[];
  fetchedAt: string;
}

export interface DuoSyncResult extends ImportResult {
  syncedAt: string;
  missing: { id: string; name: string }[];
}

export interface SyncProgress {
  running: boolean;
  step: FetchStep | 'applying' | null;
  startedAt: string | null;
  retries: number;
}

// One sync at a time per process (the button and the schedule share it).
const progress: SyncProgress = { running: false, step: null, startedAt: null, retries: 0 };
let running: Promise<unknown> | null = null;

export function getSyncProgress({ actor }: { actor: Actor | null }): SyncProgress {
  assertCan(actor, 'inventory:read');
  return { ...progress };
}

async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  if (running) throw new AppError('CONFLICT', 'A Duo sync is already running: wait for it to finish.');
  progress.running = true;
  progress.startedAt = new Date().toISOString();
  progress.retries = 0;
  const p = fn();
  running = p;
  try {
    return await p;
  } finally {
    running = null;
    progress.running = false;
    progress.step = null;
  }
}

async function read(opts: DuoRequestOptions): Promise<FetchedDuo> {
  const creds = await getCredentials();
  try {
    return await fetchDuo(creds, {
      ...opts,
      onStep: (s) => (progress.step = s),
      onRetry: (i) => {
        progress.retries++;
        opts.onRetry?.(i);
      },
    });
  } catch (e) {
    if (e instanceof DuoRequestError) throw new AppError('DUO_REQUEST_FAILED', `The Duo sync failed and changed nothing: ${e.message}`);
    throw e;
  }
}

/** The importer's inventory for Duo's integrations, with every Duo group (member count) and what Duo does not know kept. */
async function plan(fetched: FetchedDuo): Promise<{ inventory: InventoryData; meta: ImportAppMeta[]; warnings: string[] }> {
  const res = importArtefacts([{ file: DUO_SYNC_SOURCE, text: fetched.integrationsJson }], 'duo-admin-api');
  if (!res.ok)
    throw new AppError(
      'DUO_REQUEST_FAILED',
      `The Duo sync failed and changed nothing: Duo's integrations cannot be read (${res.errors[0]?.message ?? 'unknown'}).`,
    );
  const snap = await getInventorySnapshot();
  const current = new Map(snap.groups.map((g) => [groupKey(g.name), g]));
  const groups = new Map<string, InventoryData['groups'][number]>();
  for (const g of fetched.groups) {
    const cur = current.get(groupKey(g.name));
    groups.set(groupKey(g.name), {
      name: cur?.name ?? g.name,
      alwaysRequireMfa: cur?.alwaysRequireMfa ?? false,
      memberCount: g.memberCount,
      ...(cur?.description ? { description: cur.description } : g.description ? { description: g.description.slice(0, 500) } : {}),
    });
  }
  for (const g of res.inventory.groups) {
    if (groups.has(groupKey(g.name))) continue;
    const cur = current.get(groupKey(g.name));
    groups.set(
      groupKey(g.name),
      cur
        ? {
            name: cur.name,
            alwaysRequireMfa: cur.alwaysRequireMfa,
            ...(cur.memberCount !== undefined ? { memberCount: cur.memberCount } : {}),
            ...(cur.description ? { description: cur.description } : {}),
          }
        : g,
    );
  }
  return {
    inventory: { ...res.inventory, groups: [...groups.values()] },
    meta: res.meta.map((m) => ({ ...m, accessFromSource: true })),
    warnings: res.warnings.map((w) => w.message),
  };
}

async function missingOf(fetched: FetchedDuo): Promise<{ id: string; name: string }[]> {
  const snap = await getInventorySnapshot();
  const inDuo = new Set(fetched.state.integrations.map((i) => i.ikeyHash).filter(Boolean));
  return snap.apps.filter((a) => a.ikeyHash && !inDuo.has(a.ikeyHash)).map((a) => ({ id: a.id, name: a.name }));
}

/** POST /api/v1/duo/sync?dryRun=true: what a sync would do. Writes nothing. */
export async function previewDuoSync({ actor, opts = {} }: { actor: Actor | null; opts?: DuoRequestOptions }): Promise<DuoSyncPreview> {
  assertCan(actor, 'inventory:write');
  return exclusive(async () => {
    const fetched = await read(opts);
    const p = await plan(fetched);
    const preview = await previewImport({ actor, inventory: p.inventory, meta: p.meta });
    return { ...preview, missing: await missingOf(fetched), warnings: p.warnings, fetchedAt: fetched.state.fetchedAt };
  });
}

/**
 * POST /api/v1/duo/sync: applies it in one audited transaction, together with the Duo state the
 * findings read. `actor: 'schedule'` is the ORP_DUO_SYNC_MINUTES timer.
 */
export async function applyDuoSync({
  actor,
  opts = {},
}: {
  actor: Actor | null | 'schedule';
  opts?: DuoRequestOptions;
}): Promise<DuoSyncResult> {
  if (actor !== 'schedule') assertCan(actor, 'inventory:write');
  const db = await getDb();
  return exclusive(async () => {
    let fetched: FetchedDuo;
    try {
      fetched = await read(opts);
    } catch (e) {
      if (e instanceof AppError)
        await db.duoConnection.updateMany({ where: { id: 1 }, data: { lastSyncError: e.message.slice(0, 500) } }).catch(() => {});
      throw e;
    }
    progress.step = 'applying';
    const p = await plan(fetched);
    const syncedAt = new Date();
    const result = await applyImport({
      actor: actor === 'schedule' ? 'cli' : actor,
      inventory: p.inventory,
      meta: p.meta,
      source: actor === 'schedule' ? 'duo-sync:schedule' : 'duo-sync',
      extraOps: (tx) =>
        tx.duoConnection.updateMany({
          where: { id: 1 },
          data: {
            state: JSON.stringify(fetched.state),
            stateAt: new Date(fetched.state.fetchedAt),
            lastSyncAt: syncedAt,
            lastSyncError: null,
          },
        }),
    });
    return { ...result, syncedAt: syncedAt.toISOString(), missing: await missingOf(fetched) };
  });
}
