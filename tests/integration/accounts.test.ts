// Issue 13: API tokens an admin can control, passwords one can change, an admin reset, a password policy.
// Runs on SQLite and (TEST_DATABASE_URL) on PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { changePassword, listTokens, resetPassword, revokeToken } from '@/lib/server/account';
import { listAudit } from '@/lib/server/audit-log';
import { passwordProblem } from '@/lib/server/auth/password-policy';
import { login, resolveApiToken, resolveSession } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/permissions';
import { listApplications } from '@/lib/server/inventory/applications';
import { createApiToken, createUser, revokeSessions } from '@/lib/server/users';
import { makeActors } from '../support/actors';

let actors: Record<Role, Actor>;
beforeAll(async () => {
  actors = await makeActors();
});

async function code(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? `${e.code}${e.issues ? `:${e.issues.map((i) => i.path).join(',')}` : ''}` : String(e)),
  );
}

describe('API tokens', () => {
  it('are listed (own; admins all), revoked by owner or admin, and then answer nothing', async () => {
    const mine = await createApiToken({ actor: actors.editor, email: actors.editor.email, name: 'ci', expiresInDays: 30 });
    const other = await createApiToken({ actor: 'cli', email: actors.viewer.email, name: 'viewer-bot' });
    expect(mine.expiresAt).not.toBeNull();
    expect((await resolveApiToken(mine.token))?.email).toBe(actors.editor.email);

    const own = await listTokens({ actor: actors.editor });
    expect(own.items.map((t) => t.name)).toEqual(['ci']);
    expect(own.items[0]).toMatchObject({ state: 'active', user: actors.editor.email });
    const all = await listTokens({ actor: actors.admin });
    expect(all.items.map((t) => t.name)).toEqual(expect.arrayContaining(['ci', 'viewer-bot']));

    expect(await code(revokeToken({ actor: actors.editor, id: other.id }))).toBe('NOT_FOUND');
    expect(await code(revokeToken({ actor: actors.editor, id: mine.id }))).toBe('OK');
    expect(await resolveApiToken(mine.token)).toBeNull();
    expect(await code(revokeToken({ actor: actors.admin, id: other.id }))).toBe('OK');
    expect(await resolveApiToken(other.token)).toBeNull();
    expect((await listTokens({ actor: actors.editor })).items[0].state).toBe('revoked');
  });

  it('expire', async () => {
    const t = await createApiToken({ actor: 'cli', email: actors.reviewer.email, name: 'short', expiresInDays: 1 });
    expect(await resolveApiToken(t.token)).not.toBeNull();
    await (await getDb()).apiToken.update({ where: { id: t.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { clearReadCaches } = await import('@/lib/server/db/read-cache');
    clearReadCaches();
    expect(await resolveApiToken(t.token)).toBeNull();
    expect((await listTokens({ actor: actors.reviewer })).items.find((x) => x.id === t.id)?.state).toBe('expired');
    expect(await code(createApiToken({ actor: 'cli', email: actors.reviewer.email, expiresInDays: 0 }))).toBe(
      'VALIDATION_FAILED:expiresInDays',
    );
  });

  it('ending a user’s sessions can revoke their tokens too; every token event is audited', async () => {
    const t = await createApiToken({ actor: 'cli', email: actors.viewer.email, name: 'keep-or-not' });
    await revokeSessions({ actor: actors.admin, userId: actors.viewer.id });
    expect(await resolveApiToken(t.token)).not.toBeNull();
    await revokeSessions({ actor: actors.admin, userId: actors.viewer.id, tokens: true });
    expect(await resolveApiToken(t.token)).toBeNull();
    const { items } = await listAudit({ actor: actors.admin, query: { entity: 'user' } });
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(['token.create', 'token.revoke', 'token.revoke-all']));
  });
});

describe('password policy (ASVS 5.0 V6.2)', () => {
  const email = 'jane.doe@corp.example';
  const cases: [string, string, boolean][] = [
    ['twelve spaces', ' '.repeat(12), false],
    ['eleven characters padded with spaces', '  abcdefghijk  ', false],
    ['a common breached password', 'password1234', false],
    ['a common breached password in other case', 'Password1234', false],
    ['the email', 'jane.doe@corp.example', false],
    ['the email inside', 'xx jane.doe@corp.example xx', false],
    ['the local part inside', 'my name is jane.doe!!', false],
    ['a long passphrase', 'correct horse battery staple', true],
    ['twelve characters, not common', 'vq7#Lm2!zR9p', true],
  ];
  it.each(cases)('%s', (_what, password, ok) => {
    expect(passwordProblem(password, email) === null).toBe(ok);
  });

  it('applies to new accounts', async () => {
    const input = (password: string) => ({ email, name: 'Jane', role: 'viewer', password });
    expect(await code(createUser({ actor: actors.admin, input: input(' '.repeat(12)) }))).toBe('VALIDATION_FAILED:password');
    expect(await code(createUser({ actor: actors.admin, input: input('password1234') }))).toBe('VALIDATION_FAILED:password');
    expect(await code(createUser({ actor: actors.admin, input: input(email) }))).toBe('VALIDATION_FAILED:password');
  });
});

describe('passwords', () => {
  const email = 'pat@corp.example';
  const first = 'first long passphrase 1';
  it('the user changes theirs: current one required, other sessions end, the old one stops working', async () => {
    await createUser({ actor: actors.admin, input: { email, name: 'Pat', role: 'viewer', password: first } });
    const a = await login({ email, password: first });
    const b = await login({ email, password: first });
    expect(
      await code(changePassword({ actor: a.actor, input: { currentPassword: 'wrong one here', newPassword: 'second long passphrase 2' } })),
    ).toBe('VALIDATION_FAILED:currentPassword');
    expect(await code(changePassword({ actor: a.actor, input: { currentPassword: first, newPassword: 'password1234' } }))).toBe(
      'VALIDATION_FAILED:newPassword',
    );
    expect(await changePassword({ actor: a.actor, input: { currentPassword: first, newPassword: 'second long passphrase 2' } })).toEqual({
      sessionsEnded: 1,
    });
    expect(await resolveSession(a.token)).not.toBeNull();
    expect(await resolveSession(b.token)).toBeNull();
    expect(await code(login({ email, password: first }))).toBe('UNAUTHENTICATED');
    expect(await code(login({ email, password: 'second long passphrase 2' }))).toBe('OK');
  });

  it('an admin resets one to a temporary password that must be changed at the next sign-in', async () => {
    const before = await login({ email, password: 'second long passphrase 2' });
    const { temporaryPassword } = await resetPassword({ actor: actors.admin, userId: before.actor.id });
    expect(await resolveSession(before.token)).toBeNull();
    expect(await code(login({ email, password: 'second long passphrase 2' }))).toBe('UNAUTHENTICATED');
    const s = await login({ email, password: temporaryPassword });
    expect(s.actor.mustChangePassword).toBe(true);
    expect((await resolveSession(s.token))?.mustChangePassword).toBe(true);
    // Until it is changed, the temporary-password session reaches nothing else in the data layer
    // (the same functions serve pages, server actions and /api/v1), nor mints a token that would outlive it.
    const temp = (await resolveSession(s.token))!;
    expect(await code(listApplications({ actor: temp, query: {} }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await code(createApiToken({ actor: temp, email: temp.email, name: 'sneaky' }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await code(listTokens({ actor: temp, scope: 'own' }))).toBe('OK');
    await changePassword({ actor: s.actor, input: { currentPassword: temporaryPassword, newPassword: 'third long passphrase 3' } });
    expect((await resolveSession(s.token))?.mustChangePassword).toBeUndefined();
    expect(await code(listApplications({ actor: (await resolveSession(s.token))!, query: {} }))).toBe('OK');
    expect(await code(resetPassword({ actor: actors.editor, userId: before.actor.id }))).toBe('FORBIDDEN');
    const { items } = await listAudit({ actor: actors.admin, query: { entity: 'user', entityId: before.actor.id } });
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(['password.change', 'password.reset']));
  });
});
