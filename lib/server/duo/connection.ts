import 'server-only';
// The Duo Admin API connection (issue 19): admins only. The secret key is sealed with AES-256-GCM
// (secret-box.ts) before it is written and is never returned, shown, logged or audited.
import { auditEntry } from '../audit';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { duoConnectionSchema, type DuoConnectionView } from '../../validations/duo';
import type { DuoState } from '../../domain/duo';
import { duoGet, DuoRequestError, type DuoCredentials, type DuoRequestOptions } from './admin-client';
import { open, seal } from './secret-box';

const ID = 1;

export interface DuoConnectionRow {
  apiHost: string;
  integrationKey: string;
  secretKeyEnc: string;
  lastSyncAt: Date | null;
  lastSyncError: string | null;
  state: string | null;
  stateAt: Date | null;
  version: number;
}

export async function getConnectionRow(): Promise<DuoConnectionRow | null> {
  const db = await getDb();
  return db.duoConnection.findUnique({ where: { id: ID } });
}

export function toView(row: Pick<DuoConnectionRow, 'apiHost' | 'integrationKey' | 'lastSyncAt'>): DuoConnectionView {
  return {
    apiHost: row.apiHost,
    integrationKey: row.integrationKey,
    secretKeySet: true,
    lastSyncAt: row.lastSyncAt ? row.lastSyncAt.toISOString() : null,
  };
}

/** The credentials to sign with (decrypts the secret key; server side only). */
export async function getCredentials(): Promise<DuoCredentials> {
  const row = await getConnectionRow();
  if (!row)
    throw new AppError(
      'DUO_NOT_CONNECTED',
      'No Duo connection is configured: an admin enters the Admin API credentials on the Duo page first.',
    );
  return { apiHost: row.apiHost, integrationKey: row.integrationKey, secretKey: open(row.secretKeyEnc) };
}

export function storedState(row: Pick<DuoConnectionRow, 'state'> | null): DuoState | null {
  if (!row?.state) return null;
  try {
    return JSON.parse(row.state) as DuoState;
  } catch {
    return null;
  }
}

export async function getDuoConnection({ actor }: { actor: Actor | null }): Promise<DuoConnectionView | null> {
  assertCan(actor, 'users:manage');
  const row = await getConnectionRow();
  return row ? toView(row) : null;
}

/** Creates or replaces the connection (one audited write). */
export async function putDuoConnection({ actor, input }: { actor: Actor | null; input: unknown }): Promise<DuoConnectionView> {
  assertCan(actor, 'users:manage');
  const r = duoConnectionSchema.safeParse(input);
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
    throw new AppError('VALIDATION_FAILED', `Invalid Duo connection: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  const db = await getDb();
  const cur = await getConnectionRow();
  if (!r.data.secretKey && !cur) {
    throw new AppError('VALIDATION_FAILED', 'Invalid Duo connection: secretKey: Enter the secret key', [
      { path: 'secretKey', message: 'Enter the secret key' },
    ]);
  }
  const secretKeyEnc = r.data.secretKey ? seal(r.data.secretKey) : cur!.secretKeyEnc;
  // A different Duo account: the stored state belongs to the old one.
  const sameAccount = cur && cur.apiHost === r.data.apiHost && cur.integrationKey === r.data.integrationKey;
  const data = {
    apiHost: r.data.apiHost,
    integrationKey: r.data.integrationKey,
    secretKeyEnc,
    updatedBy: actor.email,
    ...(sameAccount ? {} : { state: null, stateAt: null, lastSyncAt: null, lastSyncError: null }),
  };
  const [row] = await db.$transaction([
    db.duoConnection.upsert({ where: { id: ID }, create: { id: ID, ...data }, update: { ...data, version: { increment: 1 } } }),
    db.auditLog.create({
      data: auditEntry({
        actor,
        action: cur ? 'update' : 'create',
        entity: 'duo-connection',
        entityId: String(ID),
        before: cur ? { apiHost: cur.apiHost, integrationKey: cur.integrationKey } : undefined,
        after: { apiHost: data.apiHost, integrationKey: data.integrationKey, secretKeyChanged: Boolean(r.data.secretKey) },
      }),
    }),
  ]);
  return toView(row);
}

export async function deleteDuoConnection({ actor }: { actor: Actor | null }): Promise<void> {
  assertCan(actor, 'users:manage');
  const db = await getDb();
  const cur = await getConnectionRow();
  if (!cur) throw new AppError('NOT_FOUND', 'No Duo connection is configured.');
  await db.$transaction([
    db.duoConnection.deleteMany({ where: { id: ID } }),
    db.auditLog.create({
      data: auditEntry({
        actor,
        action: 'delete',
        entity: 'duo-connection',
        entityId: String(ID),
        before: { apiHost: cur.apiHost, integrationKey: cur.integrationKey },
      }),
    }),
  ]);
}

/** What the sync reads, and the Admin API permission each needs (docs/security.md). */
export const DUO_ENDPOINTS = [
  { path: '/admin/v1/integrations', permission: 'Grant applications' },
  { path: '/admin/v1/groups', permission: 'Grant read resource' },
  { path: '/admin/v1/users', permission: 'Grant read resource' },
] as const;

export interface DuoTestCheck {
  endpoint: string;
  permission: string;
  ok: boolean;
  kind?: DuoRequestError['kind'];
  message: string;
}

export interface DuoTestResult {
  ok: boolean;
  checks: DuoTestCheck[];
}

/** "Test connection": one signed request per endpoint the sync reads; says what failed in words. */
export async function testDuoConnection({ actor, opts }: { actor: Actor | null; opts?: DuoRequestOptions }): Promise<DuoTestResult> {
  assertCan(actor, 'users:manage');
  const creds = await getCredentials();
  const checks: DuoTestCheck[] = [];
  for (const e of DUO_ENDPOINTS) {
    try {
      await duoGet(creds, e.path, { limit: '1', offset: '0' }, { ...opts, maxBackoffSeconds: 5 });
      checks.push({ endpoint: e.path, permission: e.permission, ok: true, message: 'OK' });
    } catch (err) {
      if (!(err instanceof DuoRequestError)) throw err;
      checks.push({
        endpoint: e.path,
        permission: e.permission,
        ok: false,
        kind: err.kind,
        message:
          err.kind === 'permission'
            ? `${err.message.replace(/ Grant it the permission listed in docs\/security\.md\.$/, '')} Grant the Admin API application "${e.permission}".`
            : err.message,
      });
      // DNS, TLS, network and signature problems are the same for every endpoint: stop at the first.
      if (err.kind !== 'permission') break;
    }
  }
  return { ok: checks.length === DUO_ENDPOINTS.length && checks.every((c) => c.ok), checks };
}
