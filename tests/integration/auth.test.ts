import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { flushLoginAudit } from '@/lib/server/auth/throttle';
import { login, logout, resolveApiToken, resolveSession } from '@/lib/server/auth/sessions';
import { createApiToken, createUser, updateUser, listUsers } from '@/lib/server/users';
import { getDb } from '@/lib/server/db/client';
import { makeActors } from '../support/actors';

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describe('accounts and sessions', () => {
  it('logs in with the right password only, stores argon2id hashes, and audits both', async () => {
    await createUser({
      actor: 'cli',
      input: { email: 'ann@corp.example', name: 'Ann', role: 'editor', password: 'correct horse battery' },
    });
    const db = await getDb();
    expect((await db.user.findUnique({ where: { email: 'ann@corp.example' } }))!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await code(login({ email: 'ann@corp.example', password: 'wrong password!!' }))).toBe('UNAUTHENTICATED');
    const ok = await login({ email: 'ANN@corp.example ', password: 'correct horse battery', ip: '10.0.0.1' });
    expect(ok.actor.role).toBe('editor');
    expect((await resolveSession(ok.token))?.email).toBe('ann@corp.example');
    await flushLoginAudit({ all: true });
    const actions = (await db.auditLog.findMany({ where: { entity: 'user' } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['login.failed', 'login']));
    await logout(ok.token);
    expect(await resolveSession(ok.token)).toBeNull();
  });

  it('throttles an account after 5 failures in 15 minutes, with a clear message', async () => {
    await createUser({
      actor: 'cli',
      input: { email: 'bob@corp.example', name: 'Bob', role: 'viewer', password: 'correct horse battery' },
    });
    for (let i = 0; i < 5; i++)
      expect(await code(login({ email: 'bob@corp.example', password: `nope nope ${i}` }))).toBe('UNAUTHENTICATED');
    const e = await login({ email: 'bob@corp.example', password: 'correct horse battery' }).catch((x: AppError) => x);
    expect((e as AppError).code).toBe('TOO_MANY_REQUESTS');
    expect((e as AppError).message).toMatch(/Wait 5 seconds/);
    expect((e as AppError).retryAfterSeconds).toBe(5);
  });

  it('an expired session is refused; disabling a user ends their sessions and tokens stop working', async () => {
    const actors = await makeActors();
    await createUser({ actor: 'cli', input: { email: 'cy@corp.example', name: 'Cy', role: 'viewer', password: 'correct horse battery' } });
    const s = await login({ email: 'cy@corp.example', password: 'correct horse battery' });
    const { token } = await createApiToken({ actor: 'cli', email: 'cy@corp.example' });
    expect((await resolveApiToken(token))?.email).toBe('cy@corp.example');
    const db = await getDb();
    await db.session.updateMany({ where: { userId: s.actor.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveSession(s.token)).toBeNull();
    const s2 = await login({ email: 'cy@corp.example', password: 'correct horse battery' });
    const cy = (await listUsers({ actor: actors.admin })).find((u) => u.email === 'cy@corp.example')!;
    await updateUser({ actor: actors.admin, id: cy.id, input: { disabled: true, version: cy.version } });
    expect(await resolveSession(s2.token)).toBeNull();
    expect(await resolveApiToken(token)).toBeNull();
    expect(await code(login({ email: 'cy@corp.example', password: 'correct horse battery' }))).toBe('UNAUTHENTICATED');
    expect(await code(updateUser({ actor: actors.editor, id: cy.id, input: { disabled: false, version: cy.version + 1 } }))).toBe(
      'FORBIDDEN',
    );
    expect(await code(updateUser({ actor: actors.admin, id: actors.admin.id, input: { role: 'viewer', version: 1 } }))).toBe('FORBIDDEN');
  });
});
