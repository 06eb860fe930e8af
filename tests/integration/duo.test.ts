// Issue 19: the Duo connection and sync against the local HTTPS double (tests/support/duo-double.ts),
// which verifies Duo's request signature independently of the client (from @duosecurity/duo_api
// lib/duo_sig.js), pages with metadata.next_offset, answers one 429 with Retry-After and Duo's error
// envelopes. Real database (SQLite file; the PostgreSQL twin with TEST_DATABASE_URL).
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db/client';
import { resolveDatabase } from '@/lib/server/db/config';
import { duoGet, duoGetAll, DuoRequestError } from '@/lib/server/duo/admin-client';
import { deleteDuoConnection, getDuoConnection, putDuoConnection, testDuoConnection } from '@/lib/server/duo/connection';
import { groupsInBypass } from '@/lib/server/duo/bypass-state';
import { duoBypassChecker } from '@/lib/server/incidents/duo-check';
import { getAssessmentsWithDuo } from '@/lib/server/duo/findings';
import { readDuoStatus } from '@/lib/server/duo/status';
import { applyDuoSync, previewDuoSync } from '@/lib/server/duo/sync';
import { createApplication, deleteApplication, updateApplication } from '@/lib/server/inventory/applications';
import { createGroup } from '@/lib/server/inventory/groups';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import type { Actor } from '@/lib/server/permissions';
import { defaultDoubleState, startDuoDouble, type DuoDouble } from '../support/duo-double';
import { fixtureState, INTEGRATION_SECRET } from '../support/duo-fixture';
import { makeActors } from '../support/actors';
import { makeTestCa, type TestCa } from '../support/test-ca';

let ca: TestCa;
let duo: DuoDouble;
let admin: Actor;
let editor: Actor;
let viewer: Actor;
const SKEY = defaultDoubleState().skey;
const opts = () => ({ ca: ca.ca, baseUrl: duo.url, sleep: async () => {} });

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'orp-duo-'));
  process.env.ORP_SECRET_KEY = 'integration-test-secret-key-material';
  ca = makeTestCa(path.join(dir, 'ca'));
  duo = await startDuoDouble({ cert: ca.cert, key: ca.key, state: defaultDoubleState(fixtureState()) });
  process.env.ORP_DUO_BASE_URL = duo.url;
  ({ admin, editor, viewer } = await makeActors());
});
afterAll(async () => {
  await duo?.close();
});

const creds = () => ({ apiHost: duo.state.apiHost, integrationKey: duo.state.ikey, secretKey: SKEY });

describe('the signed Admin API client against the double', () => {
  it('signs as Duo verifies it (v5, HMAC-SHA512) and sends Host: apiHost to the base URL', async () => {
    const env = await duoGet(creds(), '/admin/v1/groups', { limit: '1', offset: '0' }, opts());
    expect(env.stat).toBe('OK');
    const last = duo.state.log.at(-1)!;
    expect(last.verified).toBe(true);
    expect(last.host).toBe(duo.state.apiHost);
  });

  it('follows metadata.next_offset through every page', async () => {
    const before = duo.state.log.length;
    const all = await duoGetAll(creds(), '/admin/v1/users', opts());
    expect(all).toHaveLength(5);
    // page size 2 → offsets 0, 2, 4
    expect(duo.state.log.slice(before).map((l) => new URLSearchParams(l.query).get('offset'))).toEqual(['0', '2', '4']);
  });

  it('waits for Retry-After on a 429 once, then succeeds', async () => {
    duo.state.rateLimitOnce.add('/admin/v1/groups');
    const waits: number[] = [];
    const all = await duoGetAll(creds(), '/admin/v1/groups', { ...opts(), onRetry: (i) => waits.push(i.waitSeconds) });
    expect(all).toHaveLength(3);
    expect(waits).toEqual([1]);
  });

  it('says in words what failed: bad signature, missing permission, TLS, DNS', async () => {
    await expect(duoGet({ ...creds(), secretKey: 'x'.repeat(40) }, '/admin/v1/groups', {}, opts())).rejects.toMatchObject({
      kind: 'signature',
      httpStatus: 401,
      duoCode: 40103,
    });
    duo.state.permissions.delete('/admin/v1/users');
    try {
      await expect(duoGet(creds(), '/admin/v1/users', {}, opts())).rejects.toMatchObject({
        kind: 'permission',
        httpStatus: 403,
        duoCode: 40301,
      });
    } finally {
      duo.state.permissions.add('/admin/v1/users');
    }
    // Without the test CA the certificate is not trusted (TLS is verified).
    const tls = await duoGet(creds(), '/admin/v1/groups', {}, { baseUrl: duo.url }).catch((e) => e);
    expect(tls).toBeInstanceOf(DuoRequestError);
    expect(tls.kind).toBe('tls');
    expect(tls.message).toMatch(/^TLS: .*NODE_EXTRA_CA_CERTS/);
    const dns = await duoGet(creds(), '/admin/v1/groups', {}, { baseUrl: 'https://no-such-host.invalid' }).catch((e) => e);
    expect(dns.kind).toBe('dns');
    expect(dns.message).toMatch(/^DNS: /);
  });
});

describe('connection, sync, findings', () => {
  it('only admins manage the connection; the answer never holds the secret key', async () => {
    await expect(putDuoConnection({ actor: editor, input: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(putDuoConnection({ actor: null, input: {} })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      putDuoConnection({ actor: admin, input: { apiHost: 'https://x', integrationKey: 'nope', secretKey: 'short' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'apiHost' }, { path: 'integrationKey' }, { path: 'secretKey' }],
    });
    const v = await putDuoConnection({
      actor: admin,
      input: { apiHost: duo.state.apiHost.toUpperCase(), integrationKey: duo.state.ikey, secretKey: SKEY },
    });
    expect(v).toEqual({ apiHost: duo.state.apiHost, integrationKey: duo.state.ikey, secretKeySet: true, lastSyncAt: null });
    expect(JSON.stringify(await getDuoConnection({ actor: admin }))).not.toContain(SKEY);
  });

  it('test connection reports each endpoint, and a missing permission by name', async () => {
    expect((await testDuoConnection({ actor: admin, opts: opts() })).ok).toBe(true);
    duo.state.permissions.delete('/admin/v1/integrations');
    try {
      const r = await testDuoConnection({ actor: admin, opts: opts() });
      expect(r.ok).toBe(false);
      expect(r.checks[0]).toMatchObject({ endpoint: '/admin/v1/integrations', ok: false, kind: 'permission' });
      expect(r.checks[0].message).toMatch(/^403 missing permission.*"Grant applications"/);
    } finally {
      duo.state.permissions.add('/admin/v1/integrations');
    }
  });

  it('the dry run previews new applications and groups and writes nothing', async () => {
    const before = await getInventorySnapshot();
    const p = await previewDuoSync({ actor: editor, opts: opts() });
    expect(p.applications.map((a) => [a.name, a.status, a.integration])).toEqual([
      ['Duo sync VPN', 'new', 'auth-proxy-radius'],
      ['Duo sync bastion', 'new', 'duo-unix'],
      ['Duo sync jump host', 'new', 'windows-logon-rdp'],
    ]);
    expect(p.groups.map((g) => [g.name, g.status])).toEqual([
      ['Duo sync VPN users', 'new'],
      ['Duo sync contractors', 'new'],
      ['Duo sync admins', 'new'],
    ]);
    const after = await getInventorySnapshot();
    expect(after.revision).toBe(before.revision);
    expect(after.apps).toHaveLength(before.apps.length);
    await expect(previewDuoSync({ actor: viewer, opts: opts() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the sync applies it; a second sync changes nothing and duplicates nothing', async () => {
    const r1 = await applyDuoSync({ actor: editor, opts: opts() });
    expect(r1).toMatchObject({ created: 6, updated: 0 });
    const snap = await getInventorySnapshot();
    const vpn = snap.apps.find((a) => a.name === 'Duo sync VPN')!;
    expect(vpn.groups.sort()).toEqual(['Duo sync VPN users', 'Duo sync contractors']);
    expect(vpn.ikeyHash).toMatch(/^[0-9a-f]{32}$/);
    expect(snap.groups.find((g) => g.name === 'Duo sync contractors')!.memberCount).toBe(2);
    const r2 = await applyDuoSync({ actor: editor, opts: opts() });
    expect(r2).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect((await getInventorySnapshot()).apps.filter((a) => a.name.startsWith('Duo sync'))).toHaveLength(3);
    expect((await getDuoConnection({ actor: admin }))!.lastSyncAt).not.toBeNull();
  });

  it('fields Duo does not know survive a sync; groups_allowed replaces the access', async () => {
    let snap = await getInventorySnapshot();
    const vpn = snap.apps.find((a) => a.name === 'Duo sync VPN')!;
    await createGroup({ actor: editor, input: { name: 'Duo sync local only', alwaysRequireMfa: true } });
    await updateApplication({
      actor: editor,
      id: vpn.id,
      input: {
        version: vpn.version,
        mfaMandate: 'all-users',
        criticality: 'critical',
        dataClasses: ['health'],
        owner: 'Net team',
        groups: ['Duo sync VPN users', 'Duo sync local only'],
      },
    });
    const p = await previewDuoSync({ actor: editor, opts: opts() });
    const row = p.applications.find((a) => a.name === 'Duo sync VPN')!;
    expect(row.status).toBe('changed');
    expect(row.changes.map((c) => c.field)).toEqual(['groups']);
    await applyDuoSync({ actor: editor, opts: opts() });
    snap = await getInventorySnapshot();
    const after = snap.apps.find((a) => a.name === 'Duo sync VPN')!;
    expect(after).toMatchObject({ mfaMandate: 'all-users', criticality: 'critical', dataClasses: ['health'], owner: 'Net team' });
    expect([...after.groups].sort()).toEqual(['Duo sync VPN users', 'Duo sync contractors']);
  });

  it('a group in bypass gives GROUP_IN_BYPASS (critical: it reaches a most-restrictive app); users in bypass, drift, missing', async () => {
    duo.state.groups.find((g) => g.name === 'Duo sync contractors')!.status = 'Bypass';
    duo.state.integrations.push({
      integration_key: 'DINEWAPPNOTSYNCED001',
      secret_key: INTEGRATION_SECRET,
      name: 'Duo sync unsynced',
      type: 'okta',
      groups_allowed: [],
    });
    try {
      // The state the findings read is the one the last sync stored; a dry run stores nothing.
      await previewDuoSync({ actor: editor, opts: opts() });
      let out = await getAssessmentsWithDuo({ actor: viewer });
      expect(out.applications.find((a) => a.name === 'Duo sync VPN')!.findings.map((f) => f.code)).not.toContain('GROUP_IN_BYPASS');
      await applyDuoSync({ actor: editor, opts: opts() });
      // Drift: the inventory's access changes after the sync.
      const snap = await getInventorySnapshot();
      const jump = snap.apps.find((a) => a.name === 'Duo sync jump host')!;
      await updateApplication({ actor: editor, id: jump.id, input: { version: jump.version, groups: ['Duo sync admins'] } });
      // Removed from the inventory after the sync: Duo still has it. Typed in by hand: Duo does not.
      await deleteApplication({ actor: editor, id: snap.apps.find((a) => a.name === 'Duo sync unsynced')!.id });
      await createApplication({
        actor: editor,
        input: {
          name: 'Duo sync typed in',
          integration: 'okta',
          dataClasses: [],
          mfaMandate: 'none',
          criticality: 'low',
          configuredFailmode: 'none',
          groups: [],
        },
      });
      out = await getAssessmentsWithDuo({ actor: viewer, lang: 'de' });
      const vpn = out.applications.find((a) => a.name === 'Duo sync VPN')!;
      const gib = vpn.findings.find((f) => f.code === 'GROUP_IN_BYPASS')!;
      expect(gib).toMatchObject({ severity: 'critical', groups: ['Duo sync contractors'] });
      expect(gib.message).toMatch(/Duo sync contractors.*„Umgehung“/);
      expect(vpn.findings.find((f) => f.code === 'USERS_IN_BYPASS')).toMatchObject({ severity: 'critical' });
      const jumpF = out.applications.find((a) => a.name === 'Duo sync jump host')!.findings;
      expect(jumpF.find((f) => f.code === 'DUO_ACCESS_DRIFT')).toMatchObject({ severity: 'warning' });
      expect(out.duo!.findings.map((f) => [f.code, f.message])).toEqual([
        ['INTEGRATION_NOT_IN_INVENTORY', expect.stringMatching(/„Duo sync unsynced“ \(Typ „okta“\) fehlt im Inventar/)],
      ]);
      expect(out.applications.find((a) => a.name === 'Duo sync typed in')!.findings.map((f) => f.code)).toContain('APP_NOT_IN_DUO');
      expect(await groupsInBypass({ actor: viewer, opts: opts() })).toEqual(['Duo sync contractors']);
      // Closing an incident asks Duo through the same call (issue 16): here without the test CA, so
      // the check fails loudly — a Duo that cannot be asked is never read as "no group in bypass".
      await expect(duoBypassChecker()({ actor: viewer })).rejects.toMatchObject({ code: 'DUO_REQUEST_FAILED' });
    } finally {
      duo.state.groups.find((g) => g.name === 'Duo sync contractors')!.status = 'Active';
      duo.state.integrations.pop();
    }
  });

  it('a failed sync changes nothing and says why', async () => {
    const before = await getInventorySnapshot();
    duo.state.permissions.delete('/admin/v1/users');
    try {
      await expect(applyDuoSync({ actor: editor, opts: opts() })).rejects.toMatchObject({
        code: 'DUO_REQUEST_FAILED',
        message: expect.stringMatching(/changed nothing: 403 missing permission/),
      });
    } finally {
      duo.state.permissions.add('/admin/v1/users');
    }
    expect((await getInventorySnapshot()).revision).toBe(before.revision);
  });

  it('the status comes from the Statuspage JSON, only when configured', async () => {
    process.env.ORP_DUO_STATUS_CACHE_SECONDS = '0';
    const saved = process.env.ORP_DUO_STATUS_URL;
    process.env.ORP_DUO_STATUS_URL = `http://127.0.0.1:1/api/v2/summary.json`;
    expect((await readDuoStatus()).state).toBe('unknown');
    if (saved === undefined) delete process.env.ORP_DUO_STATUS_URL;
    else process.env.ORP_DUO_STATUS_URL = saved;
  });

  it('the secret keys appear in no answer, audit row or database file', async () => {
    const audit = JSON.stringify(await (await getDb()).auditLog.findMany());
    expect(audit).not.toContain(SKEY);
    expect(audit).not.toContain(INTEGRATION_SECRET);
    const target = resolveDatabase();
    if (target.kind === 'sqlite') {
      const dir = path.dirname(target.file);
      for (const f of readdirSync(dir).filter((n) => n.startsWith(path.basename(target.file)))) {
        const bytes = readFileSync(path.join(dir, f));
        expect(statSync(path.join(dir, f)).size).toBeGreaterThan(0);
        expect(bytes.includes(Buffer.from(SKEY)), f).toBe(false);
        expect(bytes.includes(Buffer.from(INTEGRATION_SECRET)), f).toBe(false);
      }
    } else {
      const rows = await (await getDb()).$queryRawUnsafe<unknown[]>('SELECT * FROM "DuoConnection"');
      expect(JSON.stringify(rows)).not.toContain(SKEY);
    }
  });

  it('DELETE removes the connection; groupsInBypass then answers []', async () => {
    await deleteDuoConnection({ actor: admin });
    expect(await getDuoConnection({ actor: admin })).toBeNull();
    expect(await groupsInBypass({ actor: viewer })).toEqual([]);
    expect(await duoBypassChecker()({ actor: viewer })).toBeNull();
  });
});
