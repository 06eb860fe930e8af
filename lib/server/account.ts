import 'server-only';
import { randomBytes } from 'node:crypto';
import { changePasswordSchema } from '../validations/auth';
import { toIssues } from '../validations/issues';
import { auditEntry } from './audit';
import { assertPasswordPolicy } from './auth/password-policy';
import { hashPassword, verifyPassword } from './auth/crypto';
import { getDb } from './db/client';
import { withWriteLock } from './db/write-lock';
import { AppError } from './errors';
import { assertCan, can, type Actor } from './permissions';

export type TokenState = 'active' | 'expired' | 'revoked';

export interface TokenRow {
  id: string;
  name: string;
  user: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  state: TokenState;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** GET /api/v1/tokens: one's own tokens; admins see everyone's (scope 'own' narrows it to their own). */
export async function listTokens({
  actor,
  scope = 'visible',
  now = new Date(),
}: {
  actor: Actor | null;
  scope?: 'visible' | 'own';
  now?: Date;
}): Promise<{ items: TokenRow[] }> {
  // The account page lists one's tokens also while a temporary password must be changed.
  assertCan(actor, 'inventory:read', { duringPasswordChange: scope === 'own' });
  const db = await getDb();
  const all = scope === 'visible' && can(actor, 'users:manage');
  const rows = await db.apiToken.findMany({
    where: all ? {} : { userId: actor.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 1000,
    include: { user: { select: { email: true } } },
  });
  return {
    items: rows.map((t) => ({
      id: t.id,
      name: t.name,
      user: t.user.email,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: iso(t.lastUsedAt),
      expiresAt: iso(t.expiresAt),
      revokedAt: iso(t.revokedAt),
      state: t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active',
    })),
  };
}

/** DELETE /api/v1/tokens/{id}: the owner or an admin revokes a token; later use answers 401. */
export async function revokeToken({ actor, id }: { actor: Actor | null; id: string }): Promise<void> {
  // Revoking narrows access: allowed while a temporary password must be changed.
  assertCan(actor, 'inventory:read', { duringPasswordChange: true });
  const db = await getDb();
  await withWriteLock(async () => {
    const token = await db.apiToken.findUnique({ where: { id } });
    // Someone else's token is "not found" for a non-admin: ids are not to be probed.
    if (!token || (token.userId !== actor.id && !can(actor, 'users:manage'))) throw new AppError('NOT_FOUND', 'No API token with this id.');
    if (token.revokedAt) return;
    await db.$transaction([
      db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } }),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'token.revoke',
          entity: 'user',
          entityId: token.userId,
          after: { tokenId: id, name: token.name },
        }),
      }),
    ]);
  });
}

/** The signed-in user changes their password: the current one is required, their other sessions end. */
export async function changePassword({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ sessionsEnded: number }> {
  assertCan(actor, 'inventory:read', { duringPasswordChange: true });
  if (actor.via !== 'session') throw new AppError('FORBIDDEN', 'Change your password while signed in to the app, not with an API token.');
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The password change is not valid.', toIssues(parsed.error));
  const { currentPassword, newPassword } = parsed.data;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw new AppError('NOT_FOUND', 'No such user.');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('VALIDATION_FAILED', 'The password was not changed.', [
      { path: 'currentPassword', message: 'The current password is wrong' },
    ]);
  }
  assertPasswordPolicy(newPassword, user.email, 'newPassword');
  if (await verifyPassword(user.passwordHash, newPassword)) {
    throw new AppError('VALIDATION_FAILED', 'The password was not changed.', [
      { path: 'newPassword', message: 'Choose a password different from the current one' },
    ]);
  }
  const passwordHash = await hashPassword(newPassword);
  return withWriteLock(async () => {
    const [, ended] = await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } }),
      db.session.deleteMany({ where: { userId: user.id, ...(actor.sessionId ? { NOT: { id: actor.sessionId } } : {}) } }),
      db.auditLog.create({ data: auditEntry({ actor, action: 'password.change', entity: 'user', entityId: user.id }) }),
    ]);
    return { sessionsEnded: ended.count };
  });
}

/**
 * An admin resets someone's password to a temporary one (shown once): every session of that user
 * ends and the temporary password must be changed at the next sign-in.
 */
export async function resetPassword({ actor, userId }: { actor: Actor | null; userId: string }): Promise<{ temporaryPassword: string }> {
  assertCan(actor, 'users:manage');
  if (userId === actor.id) throw new AppError('FORBIDDEN', 'Change your own password on your account page.');
  const db = await getDb();
  const temporaryPassword = randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  await withWriteLock(async () => {
    const user = await db.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError('NOT_FOUND', 'No such user.');
    await db.$transaction([
      db.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } }),
      db.session.deleteMany({ where: { userId } }),
      db.auditLog.create({
        data: auditEntry({ actor, action: 'password.reset', entity: 'user', entityId: userId, after: { mustChangePassword: true } }),
      }),
    ]);
  });
  return { temporaryPassword };
}
