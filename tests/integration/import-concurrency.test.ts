// Issue 14 item 5: one editor's large import must not stall everyone else. Before, the import ran as
// one batch transaction over the synchronous SQLite adapter — a chain of microtasks that gave the
// event loop no turn — so a health check started during the import answered only after it (the
// benchmark measured 38–63 s for 15,000 applications; `npm run bench` prints the figure). These
// tests assert the order a user notices, not a time: the health check and a read answer while the
// import is still running, and the import still lands whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db/client';
import { checkHealth } from '@/lib/server/health';
import { applyImport } from '@/lib/server/inventory/import';
import { parseImportFiles, parseImportFilesAsync } from '@/lib/server/inventory/import-files';
import { listApplications } from '@/lib/server/inventory/applications';
import { AppError } from '@/lib/server/errors';
import { makeActors } from '../support/actors';

function bigInventory(apps: number) {
  const groups = Array.from({ length: 40 }, (_, i) => ({ name: `load-group-${i}`, alwaysRequireMfa: i % 10 === 0 }));
  return JSON.stringify({
    version: 1,
    groups,
    applications: Array.from({ length: apps }, (_, i) => ({
      name: `Load app ${String(i).padStart(5, '0')}`,
      integration: (['auth-proxy-radius', 'duo-unix', 'okta', 'duo-sso'] as const)[i % 4],
      dataClasses: i % 3 === 0 ? ['pii'] : [],
      mfaMandate: i % 5 === 0 ? 'all-users' : 'none',
      criticality: 'medium',
      configuredFailmode: i % 2 ? 'safe' : 'secure',
      groups: [groups[i % 40].name, groups[((i % 40) + 1 + (i % 7)) % 40].name],
    })),
  });
}

describe('a large import does not stall other requests', () => {
  it('the health check and a read answer while a 3,000-application import runs; the import lands whole', async () => {
    const { editor } = await makeActors();
    const { inventory, meta } = await parseImportFilesAsync([{ file: 'load.json', text: bigInventory(3000) }]);
    const db = await getDb();
    const order: string[] = [];
    const importing = applyImport({ actor: editor, inventory, meta }).then((r) => {
      order.push('import');
      return r;
    });
    // Asked once the import has started (a macrotask later), as a second request would be.
    const others = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      expect(await checkHealth()).toBe(true);
      order.push('health');
      await db.user.count();
      order.push('read');
    });
    const [result] = await Promise.all([importing, others]);
    expect(order).toEqual(['health', 'read', 'import']);
    expect(result.created).toBe(3040);
    const page = await listApplications({ actor: editor, query: { q: 'Load app', pageSize: 1 } });
    expect(page.total).toBe(3000);
  }, 120_000);

  it('a large upload parsed on the worker thread gives what the request thread gives, errors included', async () => {
    const text = bigInventory(200);
    const inline = parseImportFiles([{ file: 'load.json', text }]);
    const offThread = await parseImportFilesAsync([{ file: 'load.json', text }], 'auto', { minBytes: 0 });
    expect(offThread).toEqual(inline);
    const cfg = readFileSync('tests/fixtures/authproxy/authproxy01.cfg', 'utf8');
    expect(await parseImportFilesAsync([{ file: 'authproxy.cfg', text: cfg }], 'auto', { minBytes: 0 })).toEqual(
      parseImportFiles([{ file: 'authproxy.cfg', text: cfg }]),
    );
    const bad = text.replace('"criticality":"medium"', '"criticality":"urgent"');
    const inlineError = (() => {
      try {
        parseImportFiles([{ file: 'load.json', text: bad }]);
      } catch (e) {
        return e;
      }
    })();
    expect(inlineError).toBeInstanceOf(AppError);
    await expect(parseImportFilesAsync([{ file: 'load.json', text: bad }], 'auto', { minBytes: 0 })).rejects.toMatchObject({
      code: (inlineError as AppError).code,
      message: (inlineError as AppError).message,
    });
  }, 60_000);
});
