// Incident mode (issue 16) on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): declare,
// tick with optimistic versions, record actions and their revert items, close refused then allowed,
// the admin override, the Duo check, the report and the drill record.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { DEMO_INVENTORY } from '@/lib/server/demo-data';
import { getDb } from '@/lib/server/db/client';
import {
  closeIncident,
  declareIncident,
  getIncident,
  getIncidentReport,
  incidentToDrill,
  listIncidents,
  recordIncidentAction,
  recordMessageSent,
  updateIncidentItem,
} from '@/lib/server/incidents';
import { applyImport } from '@/lib/server/inventory/import';
import { lastDrilledByApp } from '@/lib/server/drills';
import type { Actor } from '@/lib/server/permissions';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;

beforeAll(async () => {
  actors = await makeActors();
  await applyImport({ actor: 'cli', inventory: DEMO_INVENTORY, source: 'test' });
});

const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code,
  );

describe('incidents', () => {
  it('declare: affected applications from the simulator, most critical first, a checklist per application', async () => {
    const inc = await declareIncident({ actor: actors.editor, input: { scenario: 'auth-not-completing', title: 'Duo push outage' } });
    expect(inc.state).toBe('open');
    expect(inc.applications.length).toBe(DEMO_INVENTORY.applications.length);
    expect(inc.applications.every((a) => a.outcome === 'denied')).toBe(true);
    expect(
      inc.applications.slice(0, 3).every((a) => ['EHR (Epic Hyperspace)', 'Payroll (Workday)', 'Remote access VPN'].includes(a.name)),
    ).toBe(true);
    const steps = inc.items.filter((i) => i.kind === 'step');
    expect(steps.length).toBe(inc.applications.length * 4);
    expect(steps[0].applicationId).toBe(inc.applications[0].id);
    expect(steps[0].text).toMatch(/logins do not complete/);
    expect(inc.messages.length).toBe(inc.applications.length);
    const de = await getIncident({ actor: actors.viewer, id: inc.id, lang: 'de' });
    expect(de.items[0].text).not.toBe(steps[0].text);
  });

  it('unreachable: fail-safe applications let users in without 2FA; scope limits the applications', async () => {
    const inc = await declareIncident({
      actor: actors.admin,
      input: { scenario: 'unreachable', applications: ['Remote access VPN', 'linux jump hosts'] },
    });
    expect(inc.applications.map((a) => [a.name, a.outcome])).toEqual([
      ['Remote access VPN', 'allowed-without-2fa'],
      ['Linux jump hosts', 'denied'],
    ]);
    await expect(
      declareIncident({ actor: actors.admin, input: { scenario: 'unreachable', applications: ['Nope'] } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'applications.0' }] });
  });

  it('viewers and reviewers read but may not write (403)', async () => {
    expect(await code(declareIncident({ actor: actors.viewer, input: { scenario: 'push-down' } }))).toBe('FORBIDDEN');
    expect(await code(declareIncident({ actor: actors.reviewer, input: { scenario: 'push-down' } }))).toBe('FORBIDDEN');
    const inc = await declareIncident({ actor: actors.editor, input: { scenario: 'push-down' } });
    expect(
      await code(updateIncidentItem({ actor: actors.viewer, id: inc.id, itemId: inc.items[0].id, input: { done: true, version: 1 } })),
    ).toBe('FORBIDDEN');
    expect(await code(recordIncidentAction({ actor: actors.viewer, id: inc.id, input: { type: 'firewall-block' } }))).toBe('FORBIDDEN');
    expect(await code(closeIncident({ actor: actors.viewer, id: inc.id, input: {} }))).toBe('FORBIDDEN');
    expect((await listIncidents({ actor: actors.viewer })).items.some((i) => i.id === inc.id)).toBe(true);
  });

  it('bad input names the field', async () => {
    await expect(declareIncident({ actor: actors.editor, input: { scenario: 'meteor' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'scenario' }],
    });
    await expect(declareIncident({ actor: actors.editor, input: { scenario: 'push-down', startedAt: 'yesterday' } })).rejects.toMatchObject(
      { issues: [{ path: 'startedAt' }] },
    );
    const inc = await declareIncident({ actor: actors.editor, input: { scenario: 'push-down' } });
    await expect(
      recordIncidentAction({ actor: actors.editor, id: inc.id, input: { type: 'bypass-group', group: 'Nobody' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'group' }] });
    await expect(
      updateIncidentItem({ actor: actors.editor, id: inc.id, itemId: inc.items[0].id, input: { done: 'yes', version: 1 } }),
    ).rejects.toMatchObject({ issues: [{ path: 'done' }] });
    expect(await code(getIncident({ actor: actors.viewer, id: 'nope' }))).toBe('NOT_FOUND');
  });

  it('a tick on a stale version is refused (409) and concurrent ticks on different items both land', async () => {
    const inc = await declareIncident({ actor: actors.editor, input: { scenario: 'sms-down' } });
    const [a, b] = inc.items;
    const r = await Promise.allSettled([
      updateIncidentItem({ actor: actors.editor, id: inc.id, itemId: a.id, input: { done: true, version: a.version } }),
      updateIncidentItem({ actor: actors.admin, id: inc.id, itemId: b.id, input: { done: true, note: 'checked', version: b.version } }),
      updateIncidentItem({ actor: actors.admin, id: inc.id, itemId: a.id, input: { done: true, version: a.version } }),
    ]);
    expect(r.map((x) => x.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((r[2] as PromiseRejectedResult).reason.code).toBe('CONFLICT');
    const now = await getIncident({ actor: actors.viewer, id: inc.id });
    expect(now.items[0]).toMatchObject({ done: true, doneBy: actors.editor.email, version: 2 });
    expect(now.items[1]).toMatchObject({ done: true, note: 'checked', doneBy: actors.admin.email });
    expect(now.timeline.filter((e) => e.kind === 'item.done')).toHaveLength(2);
  });

  it('a bypass group shows what it opened elsewhere, adds a revert item; close is refused until it is done', async () => {
    const inc = await declareIncident({ actor: actors.editor, input: { scenario: 'auth-not-completing' } });
    const after = await recordIncidentAction({ actor: actors.editor, id: inc.id, input: { type: 'bypass-group', group: 'IT Admins' } });
    const action = after.actions[0];
    expect(action.findings.map((f) => f.code)).toContain('SIM_BYPASS_REACHES_MOST_RESTRICTIVE');
    expect(action.opened.some((o) => o.application === 'EHR (Epic Hyperspace)' && o.group === 'IT Admins')).toBe(true);
    const revert = after.items.find((i) => i.kind === 'revert')!;
    expect(revert).toMatchObject({ actionId: action.id, done: false });
    expect(revert.text).toMatch(/IT Admins/);

    const refused = await closeIncident({ actor: actors.editor, id: inc.id, input: {} }).catch((e) => e);
    expect(refused.code).toBe('REVERT_INCOMPLETE');
    expect(refused.status).toBe(409);
    expect(refused.toJSON().error.items.map((i: { id: string }) => i.id)).toEqual([revert.id]);

    // An editor may not override; Duo still listing the group in bypass also blocks.
    expect(await code(closeIncident({ actor: actors.editor, id: inc.id, input: { override: 'Duo is back, reverted by hand' } }))).toBe(
      'FORBIDDEN',
    );
    await updateIncidentItem({
      actor: actors.editor,
      id: inc.id,
      itemId: revert.id,
      input: { done: true, note: 'set back to Active', version: revert.version },
    });
    const duo = await closeIncident({ actor: actors.editor, id: inc.id, input: {}, checkDuo: async () => ['IT Admins'] }).catch((e) => e);
    expect(duo.code).toBe('REVERT_INCOMPLETE');
    expect(duo.toJSON().error.groupsInBypass).toEqual(['IT Admins']);

    const closed = await closeIncident({ actor: actors.editor, id: inc.id, input: {}, checkDuo: async () => [] });
    expect(closed).toMatchObject({ state: 'closed', closedBy: actors.editor.email, overrideReason: null });
    expect(
      await code(updateIncidentItem({ actor: actors.editor, id: inc.id, itemId: inc.items[0].id, input: { done: true, version: 1 } })),
    ).toBe('CONFLICT');
    expect(closed.timeline.map((e) => e.kind)).toEqual([
      'declared',
      'action.taken',
      'close.refused',
      'item.done',
      'close.refused',
      'closed',
    ]);
  });

  it('an admin may override with a reason, which the report shows; Primary Only Mode has an end', async () => {
    const start = new Date(Date.now() - 30 * 60_000);
    const inc = await declareIncident({ actor: actors.admin, input: { scenario: 'push-down', startedAt: start.toISOString() } });
    const a = await recordIncidentAction({
      actor: actors.admin,
      id: inc.id,
      input: { type: 'primary-only', application: 'Remote access VPN', minutes: 30 },
    });
    const taken = new Date(a.actions[0].takenAt).getTime();
    expect(new Date(a.actions[0].expiresAt!).getTime() - taken).toBe(30 * 60_000);
    await recordMessageSent({ actor: actors.admin, id: inc.id, input: { applicationId: inc.applications[0].id, channel: 'email' } });
    const closed = await closeIncident({ actor: actors.admin, id: inc.id, input: { override: 'Proxy host lost; rebuilt from scratch' } });
    expect(closed.overrideReason).toBe('Proxy host lost; rebuilt from scratch');
    const md = String((await getIncidentReport({ actor: actors.viewer, id: inc.id, format: 'md', lang: 'en' })).body);
    expect(md).toContain('Closed by admin override');
    expect(md).toContain('Proxy host lost; rebuilt from scratch');
    expect(md).toContain('Primary Only Mode');
    expect(md).toContain('Not reverted at close');
    const de = String((await getIncidentReport({ actor: actors.viewer, id: inc.id, format: 'html', lang: 'de' })).body);
    expect(de).toContain('Bericht nach dem Vorfall');
    expect(de).toContain('[kritisch]');
    expect(de).not.toContain('[critical]');
    expect(de).not.toContain('<script');
  });

  it('a closed incident becomes a drill record once', async () => {
    const inc = await declareIncident({ actor: actors.editor, input: { scenario: 'phone-down', applications: ['Outlook Web Access'] } });
    expect(await code(incidentToDrill({ actor: actors.editor, id: inc.id }))).toBe('CONFLICT');
    await closeIncident({ actor: actors.editor, id: inc.id, input: {} });
    const { drillId } = await incidentToDrill({ actor: actors.editor, id: inc.id });
    expect((await lastDrilledByApp()).has(inc.applications[0].id)).toBe(true);
    expect(await code(incidentToDrill({ actor: actors.editor, id: inc.id }))).toBe('ALREADY_EXISTS');
    expect((await getIncident({ actor: actors.viewer, id: inc.id })).drillId).toBe(drillId);
  });

  it('the timeline is append-only in the database', async () => {
    const db = await getDb();
    const ev = await db.incidentEvent.findFirst();
    await expect(db.incidentEvent.update({ where: { id: ev!.id }, data: { kind: 'x' } })).rejects.toThrow();
    await expect(db.incidentEvent.delete({ where: { id: ev!.id } })).rejects.toThrow();
  });
});
