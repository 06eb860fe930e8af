// Issue 18 item 10 in the data layer: editing and deleting a drill, contacts per application.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { parseInventoryText, renderInventoryCsv } from '@/lib/interchange/parse';
import { getDashboard } from '@/lib/server/dashboard';
import { getDb } from '@/lib/server/db/client';
import { deleteDrill, getDrill, listDrills, recordDrill, updateDrill } from '@/lib/server/drills';
import { createApplication, getApplication, updateApplication } from '@/lib/server/inventory/applications';
import { bulkUpdateApplications } from '@/lib/server/inventory/bulk';
import { decideReview } from '@/lib/server/reviews';
import { exportInventory } from '@/lib/server/inventory/export';
import { applyImport } from '@/lib/server/inventory/import';
import { createGroup } from '@/lib/server/inventory/groups';
import type { Actor } from '@/lib/server/permissions';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;

const base = {
  integration: 'auth-proxy-radius',
  dataClasses: ['pii'],
  mfaMandate: 'none',
  criticality: 'high',
  configuredFailmode: 'safe',
  groups: ['Staff'],
};

async function auditOf(entityId: string) {
  const db = await getDb();
  return db.auditLog.findMany({ where: { entityId }, orderBy: { at: 'asc' } });
}

beforeAll(async () => {
  actors = await makeActors();
  await createGroup({ actor: actors.admin, input: { name: 'Staff', alwaysRequireMfa: false } });
  for (const name of ['Drilled A', 'Drilled B', 'Drilled C']) await createApplication({ actor: actors.editor, input: { ...base, name } });
});

const drillInput = {
  date: '2026-11-20',
  kind: 'tabletop',
  scenario: 'unreachable',
  participants: 'Ops, Security',
  outcomes: [
    { application: 'Drilled A', result: 'passed' },
    { application: 'Drilled B', result: 'failed' },
  ],
  followUps: [{ title: 'Fix B', owner: 'Ops', dueDate: '2026-12-20' }],
};

describe('edit and delete a drill', () => {
  it('edits with the version read, keeps a follow-up done state, audits before and after, and the dashboard follows', async () => {
    const { id } = await recordDrill({ actor: actors.editor, input: drillInput });
    const d = await getDrill({ actor: actors.viewer, id });
    expect(d.version).toBe(1);
    const db = await getDb();
    await db.followUp.update({ where: { id: d.followUps[0].id }, data: { done: true } });
    const before = await getDashboard({ actor: actors.viewer });
    const notDrilled = (x: typeof before) => x.notDrilled.items.map((i) => i.name);
    expect(notDrilled(before)).toContain('Drilled C');
    expect(notDrilled(before)).not.toContain('Drilled B');

    const updated = await updateDrill({
      actor: actors.editor,
      id,
      input: {
        ...drillInput,
        version: 1,
        kind: 'live',
        outcomes: [
          { application: 'Drilled A', result: 'passed' },
          { application: 'Drilled C', result: 'partial' },
        ],
        followUps: [
          { id: d.followUps[0].id, title: 'Fix B (renamed)', owner: 'Ops', dueDate: '2026-12-21' },
          { title: 'New one', owner: 'Sec', dueDate: '2027-01-10' },
        ],
      },
    });
    expect(updated).toMatchObject({ version: 2, kind: 'live', updatedBy: actors.editor.email });
    expect(updated.outcomes.map((o) => o.application).sort()).toEqual(['Drilled A', 'Drilled C']);
    const kept = updated.followUps.find((f) => f.id === d.followUps[0].id);
    expect(kept).toMatchObject({ title: 'Fix B (renamed)', done: true, dueDate: '2026-12-21' });
    expect(updated.followUps.find((f) => f.title === 'New one')).toMatchObject({ done: false });

    const after = await getDashboard({ actor: actors.viewer });
    expect(notDrilled(after)).toContain('Drilled B');
    expect(notDrilled(after)).not.toContain('Drilled C');

    const audit = await auditOf(id);
    const upd = audit.find((a) => a.action === 'drill.update')!;
    expect(upd.actor).toBe(actors.editor.email);
    expect(JSON.parse(upd.before!)).toMatchObject({
      kind: 'tabletop',
      outcomes: [{ application: 'Drilled A' }, { application: 'Drilled B' }],
    });
    expect(JSON.parse(upd.after!)).toMatchObject({ kind: 'live' });
  });

  it('a stale version is a conflict and changes nothing; unknown applications are field errors', async () => {
    const { id } = await recordDrill({ actor: actors.editor, input: drillInput });
    await updateDrill({ actor: actors.admin, id, input: { ...drillInput, version: 1, participants: 'first' } });
    await expect(
      updateDrill({ actor: actors.editor, id, input: { ...drillInput, version: 1, participants: 'second' } }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await getDrill({ actor: actors.viewer, id })).participants).toBe('first');
    await expect(
      updateDrill({
        actor: actors.editor,
        id,
        input: { ...drillInput, version: 2, outcomes: [{ application: 'Nope', result: 'passed' }] },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'outcomes.0.application' }] });
    await expect(deleteDrill({ actor: actors.editor, id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('permissions as for recording: reviewers and viewers may neither edit nor delete', async () => {
    const { id } = await recordDrill({ actor: actors.admin, input: drillInput });
    for (const actor of [actors.viewer, actors.reviewer, null]) {
      await expect(updateDrill({ actor, id, input: { ...drillInput, version: 1 } })).rejects.toMatchObject({
        code: actor ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      });
      await expect(deleteDrill({ actor, id, version: 1 })).rejects.toMatchObject({ code: actor ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
    }
    expect((await getDrill({ actor: actors.viewer, id })).version).toBe(1);
  });

  it('delete removes the drill with its outcomes and follow-ups, audits it, and the dashboard follows', async () => {
    const db = await getDb();
    await createApplication({ actor: actors.editor, input: { ...base, name: 'Only drilled once' } });
    const { id } = await recordDrill({
      actor: actors.editor,
      input: { ...drillInput, outcomes: [{ application: 'Only drilled once', result: 'passed' }] },
    });
    expect((await getDashboard({ actor: actors.viewer })).notDrilled.items.map((i) => i.name)).not.toContain('Only drilled once');
    await deleteDrill({ actor: actors.editor, id, version: 1 });
    expect((await listDrills({ actor: actors.viewer })).map((d) => d.id)).not.toContain(id);
    expect(await db.drillOutcome.count({ where: { drillId: id } })).toBe(0);
    expect(await db.followUp.count({ where: { drillId: id } })).toBe(0);
    expect((await getDashboard({ actor: actors.viewer })).notDrilled.items.map((i) => i.name)).toContain('Only drilled once');
    const del = (await auditOf(id)).find((a) => a.action === 'drill.delete')!;
    expect(del.actor).toBe(actors.editor.email);
    expect(JSON.parse(del.before!)).toMatchObject({
      participants: 'Ops, Security',
      outcomes: [{ application: 'Only drilled once', result: 'passed' }],
    });
    await expect(deleteDrill({ actor: actors.editor, id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('contacts per application', () => {
  it('are stored, bounded, exported (JSON and CSV) and imported again', async () => {
    const app = await createApplication({
      actor: actors.editor,
      input: { ...base, name: 'With contacts', onCallContact: 'NOC rota +49 30 1234', escalation: 'Duty manager after 15 min' },
    });
    expect(app).toMatchObject({ onCallContact: 'NOC rota +49 30 1234', escalation: 'Duty manager after 15 min' });
    await expect(
      updateApplication({ actor: actors.editor, id: app.id, input: { version: app.version, onCallContact: 'x'.repeat(201) } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'onCallContact' }] });
    const inv = await exportInventory({ actor: actors.viewer });
    expect(inv.applications.find((a) => a.name === 'With contacts')).toMatchObject({
      onCallContact: 'NOC rota +49 30 1234',
      escalation: 'Duty manager after 15 min',
    });
    expect(inv.applications.find((a) => a.name === 'Drilled A')).not.toHaveProperty('onCallContact');
    const csv = renderInventoryCsv(inv);
    expect(csv.split('\r\n')[0]).toBe(
      'name,integration,dataClasses,mfaMandate,criticality,configuredFailmode,groups,owner,notes,onCallContact,escalation',
    );
    const back = parseInventoryText(csv, { format: 'csv' });
    expect(back.ok && back.inventory.applications.find((a) => a.name === 'With contacts')).toMatchObject({
      escalation: 'Duty manager after 15 min',
    });

    // An import that changes the contact updates it (and is audited as an update).
    const changed = {
      ...inv,
      applications: inv.applications.map((a) => (a.name === 'With contacts' ? { ...a, onCallContact: 'New rota' } : a)),
    };
    const r = await applyImport({ actor: actors.editor, inventory: changed as never });
    expect(r.updated).toBeGreaterThanOrEqual(1);
    expect(await getApplication({ actor: actors.viewer, id: app.id })).toMatchObject({ onCallContact: 'New rota' });
  });
});

describe('bulk edit of the inventory', () => {
  it('applies to the unchanged selection, reports apps changed meanwhile without overwriting them, audits per app', async () => {
    const a = await createApplication({ actor: actors.editor, input: { ...base, name: 'Bulk 1' } });
    const b = await createApplication({ actor: actors.editor, input: { ...base, name: 'Bulk 2' } });
    const c = await createApplication({ actor: actors.editor, input: { ...base, name: 'Bulk 3', owner: 'Apps' } });
    // Someone else edits Bulk 2 after the page was read.
    await updateApplication({ actor: actors.admin, id: b.id, input: { version: b.version, criticality: 'low' } });
    const r = await bulkUpdateApplications({
      actor: actors.editor,
      input: { items: [a, b, c, { id: 'gone', version: 1 }].map((x) => ({ id: x.id, version: x.version })), change: { owner: 'Apps' } },
    });
    expect(r.updated.map((x) => x.name)).toEqual(['Bulk 1']);
    expect(r.unchanged.map((x) => x.name)).toEqual(['Bulk 3']);
    expect(r.conflicts).toMatchObject([{ name: 'Bulk 2', version: b.version + 1, updatedBy: actors.admin.email }]);
    expect(r.missing).toEqual(['gone']);
    expect(await getApplication({ actor: actors.viewer, id: a.id })).toMatchObject({ owner: 'Apps', version: a.version + 1 });
    expect(await getApplication({ actor: actors.viewer, id: b.id })).toMatchObject({ criticality: 'low' });
    expect((await getApplication({ actor: actors.viewer, id: b.id })).owner).toBeUndefined();
    const audit = (await auditOf(a.id)).filter((x) => x.action === 'application.update');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].before!)).not.toHaveProperty('owner');
    expect(JSON.parse(audit[0].after!)).toMatchObject({ owner: 'Apps', name: 'Bulk 1' });
    expect((await auditOf(b.id)).filter((x) => x.actor === actors.editor.email && x.action === 'application.update')).toHaveLength(0);
  });

  it('uses the single-edit schemas and permissions', async () => {
    const a = await createApplication({ actor: actors.editor, input: { ...base, name: 'Bulk schema' } });
    const items = [{ id: a.id, version: a.version }];
    await expect(
      bulkUpdateApplications({ actor: actors.editor, input: { items, change: { criticality: 'urgent' } } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'change.criticality' }],
    });
    await expect(
      bulkUpdateApplications({ actor: actors.editor, input: { items, change: { owner: 'x'.repeat(121) } } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(bulkUpdateApplications({ actor: actors.editor, input: { items, change: {} } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(bulkUpdateApplications({ actor: actors.editor, input: { items, change: { notes: 'no' } } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(bulkUpdateApplications({ actor: actors.editor, input: { items: [], change: { owner: 'x' } } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    for (const actor of [actors.viewer, actors.reviewer]) {
      await expect(bulkUpdateApplications({ actor, input: { items, change: { owner: 'x' } } })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect((await getApplication({ actor: actors.viewer, id: a.id })).version).toBe(a.version);
  });

  it('a failmode change voids the approval and its author may not approve it (as a single edit)', async () => {
    const a = await createApplication({ actor: actors.editor, input: { ...base, name: 'Bulk review', configuredFailmode: 'safe' } });
    await decideReview({
      actor: actors.reviewer,
      applicationId: a.id,
      input: { decision: 'approve', rationale: 'Fail safe is fine for this less restrictive app.' },
    });
    expect((await getApplication({ actor: actors.viewer, id: a.id })).review.state).toBe('approved');
    // An admin may edit and review, but not approve the own change.
    await bulkUpdateApplications({
      actor: actors.admin,
      input: { items: [{ id: a.id, version: a.version }], change: { configuredFailmode: 'secure' } },
    });
    expect((await getApplication({ actor: actors.viewer, id: a.id })).review.state).toBe('stale');
    await expect(
      decideReview({
        actor: actors.admin,
        applicationId: a.id,
        input: { decision: 'approve', rationale: 'I changed it and approve it myself.' },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
