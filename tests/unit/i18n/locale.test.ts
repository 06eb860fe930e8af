// How the UI language of a request is chosen, and the user's own setting (data layer).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { chooseLocale, negotiateLocale } from '@/lib/i18n/locales';
import { listAudit } from '@/lib/server/audit-log';
import { getDb } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/permissions';
import { setLocale } from '@/lib/server/users';
import { makeActors } from '../../support/actors';

describe('negotiateLocale (Accept-Language)', () => {
  it('picks the best supported language by quality, then by order', () => {
    expect(negotiateLocale('de-CH,de;q=0.9,en;q=0.8')).toBe('de');
    expect(negotiateLocale('fr-FR,fr;q=0.9,en-US;q=0.8,de;q=0.7')).toBe('en');
    expect(negotiateLocale('en;q=0.5,de;q=0.9')).toBe('de');
    expect(negotiateLocale('DE')).toBe('de');
    expect(negotiateLocale('*')).toBeNull();
    expect(negotiateLocale('fr,it')).toBeNull();
    expect(negotiateLocale('de;q=0,en;q=0.1')).toBe('en');
    expect(negotiateLocale('')).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });
});

describe('chooseLocale', () => {
  it('user first, then the cookie, then Accept-Language, then English', () => {
    expect(chooseLocale({ userLocale: 'de', cookie: 'en', acceptLanguage: 'en' })).toBe('de');
    expect(chooseLocale({ userLocale: 'en', cookie: 'de', acceptLanguage: 'de' })).toBe('en');
    expect(chooseLocale({ userLocale: null, cookie: 'de', acceptLanguage: 'en' })).toBe('de');
    expect(chooseLocale({ cookie: 'xx', acceptLanguage: 'de-AT' })).toBe('de');
    expect(chooseLocale({ userLocale: 'fr', acceptLanguage: 'fr' })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });
});

describe('setLocale', () => {
  let actors: Record<Role, Actor>;
  const code = (p: Promise<unknown>) =>
    p.then(
      () => 'OK',
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
  beforeAll(async () => {
    actors = await makeActors();
  });

  it('every role may change its own language; it is stored and audited as user.locale', async () => {
    for (const role of ['admin', 'editor', 'reviewer', 'viewer'] as const) {
      await setLocale({ actor: actors[role], locale: 'de' });
      const db = await getDb();
      expect((await db.user.findUnique({ where: { id: actors[role].id } }))!.locale).toBe('de');
    }
    const audit = await listAudit({ actor: actors.admin, query: { action: 'user.locale', entityId: actors.viewer.id } });
    expect(audit.items[0]).toMatchObject({
      actor: actors.viewer.email,
      action: 'user.locale',
      entity: 'user',
      before: { locale: 'en' },
      after: { locale: 'de' },
    });
  });

  it('does not touch the version (no conflict with an admin editing the role) and is a no-op when unchanged', async () => {
    const db = await getDb();
    const before = await db.user.findUnique({ where: { id: actors.editor.id } });
    await setLocale({ actor: actors.editor, locale: 'en' });
    await setLocale({ actor: actors.editor, locale: 'en' });
    const after = await db.user.findUnique({ where: { id: actors.editor.id } });
    expect(after!.locale).toBe('en');
    expect(after!.version).toBe(before!.version);
    const audit = await listAudit({ actor: actors.admin, query: { action: 'user.locale', entityId: actors.editor.id } });
    expect(audit.items).toHaveLength(2);
  });

  it('refuses anything but en and de, and anonymous callers', async () => {
    expect(await code(setLocale({ actor: actors.viewer, locale: 'fr' }))).toBe('VALIDATION_FAILED');
    expect(await code(setLocale({ actor: actors.viewer, locale: '' }))).toBe('VALIDATION_FAILED');
    expect(await code(setLocale({ actor: actors.viewer, locale: 42 }))).toBe('VALIDATION_FAILED');
    expect(await code(setLocale({ actor: null, locale: 'de' }))).toBe('UNAUTHENTICATED');
  });
});
