import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInventoryText } from '@/lib/interchange/parse';
import { getDb } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { exportInventory, renderExport } from '@/lib/server/inventory/export';
import { applyImport, previewImport } from '@/lib/server/inventory/import';
import { listApplications, updateApplication } from '@/lib/server/inventory/applications';
import { makeActors } from '../support/actors';

function example() {
  const r = parseInventoryText(readFileSync('examples/inventory.example.json', 'utf8'), { filename: 'inventory.example.json' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.inventory;
}

describe('import and export', () => {
  it('export → import into an empty database → export gives the same inventory (JSON and CSV)', async () => {
    await applyImport({ actor: 'cli', inventory: example() });
    const first = renderExport(await exportInventory({ actor: 'cli' }), 'json');
    const firstCsv = renderExport(await exportInventory({ actor: 'cli' }), 'csv');

    process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'orp-rt-')), 'rt.db')}`;
    const parsed = parseInventoryText(first, { filename: 'export.json' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const res = await applyImport({ actor: 'cli', inventory: parsed.inventory });
    expect(res.created).toBe(parsed.inventory.applications.length + parsed.inventory.groups.length);
    expect(renderExport(await exportInventory({ actor: 'cli' }), 'json')).toBe(first);

    process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'orp-rt-')), 'rt.db')}`;
    const fromCsv = parseInventoryText(firstCsv, { filename: 'export.csv' });
    expect(fromCsv.ok).toBe(true);
    if (!fromCsv.ok) return;
    await applyImport({ actor: 'cli', inventory: fromCsv.inventory });
    expect(renderExport(await exportInventory({ actor: 'cli' }), 'csv')).toBe(firstCsv);
    expect(renderExport(await exportInventory({ actor: 'cli' }), 'json')).toBe(first);
  });

  it('previews new, changed and unchanged items with a field diff, applies only the selection, in one audited change', async () => {
    const actors = await makeActors();
    const inv = example();
    const before = await previewImport({ actor: actors.editor, inventory: inv });
    expect(before.applications.every((a) => a.status === 'unchanged')).toBe(true);
    const changed = {
      ...inv,
      applications: [
        {
          ...inv.applications[0],
          configuredFailmode: inv.applications[0].configuredFailmode === 'secure' ? ('safe' as const) : ('secure' as const),
        },
        ...inv.applications.slice(1),
        { ...inv.applications[1], name: 'Brand new app' },
      ],
    };
    const p = await previewImport({ actor: actors.editor, inventory: changed });
    expect(p.applications[0]).toMatchObject({ status: 'changed', changes: [expect.objectContaining({ field: 'configuredFailmode' })] });
    expect(p.applications.at(-1)).toMatchObject({ name: 'Brand new app', status: 'new' });
    const db = await getDb();
    const audits = await db.auditLog.count({ where: { action: 'import' } });
    const res = await applyImport({ actor: actors.editor, inventory: changed, select: { applications: ['Brand new app'] } });
    expect(res.created).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'import' } })).toBe(audits + 1);
    // The unselected change was not applied.
    const again = await previewImport({ actor: actors.editor, inventory: changed });
    expect(again.applications[0].status).toBe('changed');
    expect(again.applications.at(-1)!.status).toBe('unchanged');
    await expect(applyImport({ actor: actors.viewer, inventory: changed })).rejects.toBeInstanceOf(AppError);
  });

  it('a long import does not lose a concurrent edit (both land, in order)', async () => {
    const actors = await makeActors();
    const big = example();
    const many = {
      ...big,
      applications: [...big.applications, ...Array.from({ length: 300 }, (_, i) => ({ ...big.applications[0], name: `Bulk ${i}` }))],
    };
    const { items } = await listApplications({ actor: actors.viewer, query: { q: big.applications[1].name, limit: '1' } });
    const target = items[0];
    const [imp, edit] = await Promise.all([
      applyImport({ actor: actors.editor, inventory: many, select: { applications: many.applications.slice(-300).map((a) => a.name) } }),
      updateApplication({ actor: actors.admin, id: target.id, input: { owner: 'Concurrent owner', version: target.version } }),
    ]);
    expect(imp.created).toBe(300);
    expect(edit.owner).toBe('Concurrent owner');
    const after = await listApplications({ actor: actors.viewer, query: { q: 'Bulk', limit: '200' } });
    expect(after.total).toBe(300);
  });
});
