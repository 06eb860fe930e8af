// Issue 15: imports an admin can act on. Real database (tests/support/fresh-db.ts), real parsers.
// - an artefact's application starts in "needs triage": no level invented, no finding arguing for
//   a weaker failmode, until someone sets the mandate, the data and the groups;
// - rows match existing applications by Duo ikey (fingerprint), then by source section, then name;
// - re-importing the same file changes nothing, also after a person classified the application;
// - rename and level fields set in the preview are applied.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getApplication, listApplications, updateApplication } from '@/lib/server/inventory/applications';
import { parseInventoryText } from '@/lib/interchange/parse';
import { exportInventory, renderExport } from '@/lib/server/inventory/export';
import { applyImport, previewImport } from '@/lib/server/inventory/import';
import { parseImportFiles } from '@/lib/server/inventory/import-files';
import { getInventorySnapshot } from '@/lib/server/inventory/snapshot';
import type { Actor } from '@/lib/server/permissions';
import { makeActors } from '../support/actors';

const fixture = (rel: string) => ({ file: rel.split('/').pop()!, text: readFileSync(`tests/fixtures/${rel}`, 'utf8') });
const PROXY = fixture('authproxy/authproxy-vpn-secure.cfg');
const ADMIN_API = fixture('admin-api/integrations-vpn-same-ikey.json');

let editor: Actor;
beforeAll(async () => {
  editor = (await makeActors()).editor;
});

async function importFile(f: { file: string; text: string }, select = {}) {
  const { inventory, meta } = parseImportFiles([f]);
  return applyImport({ actor: editor, inventory, meta, select, source: 'test' });
}

async function appNamed(name: string) {
  const snap = await getInventorySnapshot();
  const a = snap.apps.find((x) => x.name === name);
  if (!a) throw new Error(`no application ${name}: ${snap.apps.map((x) => x.name).join(', ')}`);
  return { app: a, assessment: snap.assessmentById.get(a.id)!, count: snap.apps.length, revision: snap.revision };
}

describe('import: needs triage, matching, idempotence', () => {
  it('the preview row shows integration, failmode and its line, secrets dropped, and "new"', async () => {
    const { inventory, meta } = parseImportFiles([PROXY]);
    const p = await previewImport({ actor: editor, inventory, meta });
    expect(p.applications).toEqual([
      expect.objectContaining({
        name: 'authproxy-vpn-secure radius_server_auto',
        status: 'new',
        integration: 'auth-proxy-radius',
        configuredFailmode: 'secure',
        failmodeSource: 'configured',
        failmodeLine: 19,
        secretsDropped: 3, // ikey, skey, radius_secret_1 (never their values)
        triage: true,
        match: null,
      }),
    ]);
    expect(JSON.stringify(p)).not.toMatch(/S3CR3T|DIKEYVAL/);
  });

  it('a failmode=secure section starts in needs triage: no finding nudges it toward fail safe', async () => {
    expect(await importFile(PROXY)).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const { app, assessment } = await appNamed('authproxy-vpn-secure radius_server_auto');
    expect(app.needsTriage).toBe(true);
    expect(app.configuredFailmode).toBe('secure');
    expect(assessment.findings.map((f) => f.code)).not.toContain('FAILMODE_STRICTER_THAN_NEEDED');
    const item = await getApplication({ actor: editor, id: app.id });
    expect(item.needsTriage).toBe(true);
  });

  it('re-importing an export (inventory format) keeps the application in triage and changes nothing', async () => {
    const exported = renderExport(await exportInventory({ actor: 'cli' }), 'json');
    const r = parseInventoryText(exported, { filename: 'export.json' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(await applyImport({ actor: editor, inventory: r.inventory, source: 'test' })).toMatchObject({ created: 0, updated: 0 });
    expect((await appNamed('authproxy-vpn-secure radius_server_auto')).app.needsTriage).toBe(true);
  });

  it('re-importing the same file changes nothing (no version move, no new revision)', async () => {
    const before = await appNamed('authproxy-vpn-secure radius_server_auto');
    expect(await importFile(PROXY)).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const after = await appNamed('authproxy-vpn-secure radius_server_auto');
    expect(after.app.version).toBe(before.app.version);
    expect(after.revision).toBe(before.revision);
  });

  it('setting mandate, data and groups ends triage; a re-import keeps what the person set', async () => {
    const { app } = await appNamed('authproxy-vpn-secure radius_server_auto');
    await updateApplication({
      actor: editor,
      id: app.id,
      mode: 'replace',
      input: {
        name: 'Branch VPN',
        integration: app.integration,
        dataClasses: ['financial'],
        mfaMandate: 'all-users',
        criticality: 'high',
        configuredFailmode: 'secure',
        groups: [],
        version: app.version,
      },
    });
    const classified = await appNamed('Branch VPN');
    expect(classified.app.needsTriage).toBe(false);
    // Same section, now under another name: matched by its source, not duplicated, nothing reset.
    expect(await importFile(PROXY)).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const again = await appNamed('Branch VPN');
    expect(again.count).toBe(classified.count);
    expect(again.app).toMatchObject({
      mfaMandate: 'all-users',
      dataClasses: ['financial'],
      criticality: 'high',
      version: classified.app.version,
    });
  });

  it('the Admin API integration with the same ikey updates that application; its "unknown" failmode does not overwrite "secure"', async () => {
    const { inventory, meta } = parseImportFiles([ADMIN_API]);
    const p = await previewImport({ actor: editor, inventory, meta });
    expect(p.applications[0]).toMatchObject({
      status: 'unchanged',
      match: { name: 'Branch VPN', by: 'ikey' },
      configuredFailmode: 'secure',
    });
    const before = await appNamed('Branch VPN');
    expect(await importFile(ADMIN_API)).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect((await appNamed('Branch VPN')).count).toBe(before.count);
  });

  it('rename and level fields set in the preview are applied; a mandate set there ends triage', async () => {
    const text = PROXY.text.replace(/DIKEYVAL0000000000071/, 'DIKEYVAL0000000000072');
    const other = { file: 'authproxy-hq.cfg', text };
    const { inventory, meta } = parseImportFiles([other]);
    const original = inventory.applications[0]!.name;
    const overrides = {
      [original]: { name: 'HQ VPN', mfaMandate: 'some-groups' as const, criticality: 'critical' as const, dataClasses: ['pii' as const] },
    };
    const p = await previewImport({ actor: editor, inventory, meta, overrides });
    expect(p.applications[0]).toMatchObject({ name: original, finalName: 'HQ VPN', status: 'new', triage: false });
    expect(await applyImport({ actor: editor, inventory, meta, select: { overrides }, source: 'test' })).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });
    const { app } = await appNamed('HQ VPN');
    expect(app).toMatchObject({
      mfaMandate: 'some-groups',
      criticality: 'critical',
      dataClasses: ['pii'],
      needsTriage: false,
      configuredFailmode: 'secure',
    });
    const list = await listApplications({ actor: editor, query: { q: 'HQ VPN' } });
    expect(list.items.map((i) => [i.name, i.needsTriage])).toEqual([['HQ VPN', false]]);
  });
});
