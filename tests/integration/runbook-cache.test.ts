// GET /api/v1/applications/{id}/runbook serves HTML and Markdown from a cache of rendered runbooks
// (lib/server/runbooks.ts getRunbookFile). What a user would notice if the cache were wrong: an old
// generation time, an edit or a review that does not show, an expired approval still shown as valid.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { AppError } from '@/lib/server/errors';
import { createApplication, getApplication, updateApplication } from '@/lib/server/inventory/applications';
import { createGroup } from '@/lib/server/inventory/groups';
import type { Actor } from '@/lib/server/permissions';
import { decideReview } from '@/lib/server/reviews';
import { getRunbook, getRunbookFile, renderRunbookFile, type RunbookFormat } from '@/lib/server/runbooks';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;
let appId = '';
const text = async (p: Promise<{ body: string | Buffer }>) => String((await p).body);

/** The same runbook rendered without the cache, for comparison. */
async function direct(id: string, format: RunbookFormat, lang: 'en' | 'de', now: Date) {
  return String((await renderRunbookFile(await getRunbook({ actor: actors.viewer, id, lang, now }), format)).body);
}

beforeAll(async () => {
  actors = await makeActors();
  await createGroup({ actor: actors.editor, input: { name: 'Clinicians', alwaysRequireMfa: false } });
  const app = await createApplication({
    actor: actors.editor,
    input: {
      name: 'Charting',
      integration: 'windows-logon-rdp',
      dataClasses: ['health'],
      mfaMandate: 'all-users',
      criticality: 'high',
      configuredFailmode: 'secure',
      groups: ['Clinicians'],
    },
  });
  appId = app.id;
});

describe('cached runbook files', () => {
  it('are byte for byte what rendering them directly gives, in both languages and both text formats', async () => {
    for (const lang of ['en', 'de'] as const) {
      for (const format of ['html', 'md'] as const) {
        const now = new Date('2026-11-20T08:15:00Z');
        const first = await text(getRunbookFile({ actor: actors.viewer, id: appId, lang, format, now }));
        const second = await text(getRunbookFile({ actor: actors.viewer, id: appId, lang, format, now })); // from the cache
        expect(second).toBe(first);
        expect(first).toBe(await direct(appId, format, lang, now));
      }
    }
  });

  it('show the time of each request', async () => {
    const a = await text(
      getRunbookFile({ actor: actors.viewer, id: appId, lang: 'en', format: 'html', now: new Date('2026-11-20T08:15:00Z') }),
    );
    const b = await text(
      getRunbookFile({ actor: actors.viewer, id: appId, lang: 'de', format: 'md', now: new Date('2026-11-21T17:45:00Z') }),
    );
    expect(a).toContain('2026-11-20 08:15 UTC');
    expect(b).toContain('21.11.2026 17:45 UTC');
    expect(a).not.toContain('1999');
  });

  it('show an edit and a review at once', async () => {
    const now = new Date();
    expect(await text(getRunbookFile({ actor: actors.viewer, id: appId, format: 'md', now }))).not.toContain('Dr. Weiss');
    const cur = await getApplication({ actor: actors.viewer, id: appId });
    await updateApplication({ actor: actors.editor, id: appId, input: { owner: 'Dr. Weiss', version: cur.version } });
    const edited = await text(getRunbookFile({ actor: actors.viewer, id: appId, format: 'md', now }));
    expect(edited).toContain('Dr. Weiss');
    expect(edited).toBe(await direct(appId, 'md', 'en', now));

    await decideReview({
      actor: actors.reviewer,
      applicationId: appId,
      input: { decision: 'approve', rationale: 'Health data behind RDP: fail secure.' },
    });
    const reviewed = await text(getRunbookFile({ actor: actors.viewer, id: appId, format: 'html', lang: 'en', now }));
    expect(reviewed).toContain(actors.reviewer.email);
    expect(reviewed).toBe(await direct(appId, 'html', 'en', now));
  });

  it('follow the clock past the end of an approval', async () => {
    const app = await getApplication({ actor: actors.viewer, id: appId });
    expect(app.review.state).toBe('approved');
    const later = new Date(new Date(app.review.expiresAt!).getTime() + 86_400_000);
    const before = await text(getRunbookFile({ actor: actors.viewer, id: appId, format: 'html', lang: 'en', now: new Date() }));
    const after = await text(getRunbookFile({ actor: actors.viewer, id: appId, format: 'html', lang: 'en', now: later }));
    expect(after).not.toBe(before.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/, ''));
    expect(after).toBe(await direct(appId, 'html', 'en', later));
    expect(after).toMatch(/expired/i);
  });

  it('are right for an application named after the moment the cache marks', async () => {
    const odd = await createApplication({
      actor: actors.editor,
      input: {
        name: 'Archive 1999-12-31 23:59 UTC',
        integration: 'windows-logon-rdp',
        dataClasses: ['other'],
        mfaMandate: 'none',
        criticality: 'low',
        configuredFailmode: 'safe',
        groups: [],
      },
    });
    const now = new Date('2026-11-22T10:00:00Z');
    const body = await text(getRunbookFile({ actor: actors.viewer, id: odd.id, format: 'html', lang: 'en', now }));
    expect(body).toContain('Archive 1999-12-31 23:59 UTC');
    expect(body).toContain('2026-11-22 10:00 UTC');
    expect(body).toBe(await direct(odd.id, 'html', 'en', now));
  });

  it('are still refused without a session and for unknown ids', async () => {
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'OK',
        (e: unknown) => (e instanceof AppError ? e.code : String(e)),
      );
    expect(await code(getRunbookFile({ actor: null, id: appId, format: 'html' }))).toBe('UNAUTHENTICATED');
    expect(await code(getRunbookFile({ actor: actors.viewer, id: 'nope', format: 'html' }))).toBe('NOT_FOUND');
  });
});
