import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Role } from '../../domain/types';
import { loginSchema } from '../../validations/auth';
import { toIssues } from '../../validations/issues';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';
import { AUTH_TTL_MS, cachedAuth, readGeneration, rememberAuth } from '../db/read-cache';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { gateLogin } from './throttle';
import { dummyHash, newSecret, sha256, verifyPassword } from './crypto';
import { loadEnv } from '../../env';

export const SESSION_COOKIE = 'orp_session';
const idleMs = () => loadEnv().SESSION_IDLE_HOURS * 3600_000;
const ABSOLUTE_MS = 7 * 24 * 3600_000;
const REFRESH_AFTER_MS = 15 * 60_000;

interface LoginInput {
  email: unknown;
  password: unknown;
  ip?: string | null;
  userAgent?: string | null;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

/** Email + password login; throttled per account+address, address and account (./throttle.ts); failures are audited per minute. */
export async function login(input: LoginInput): Promise<LoginResult> {
  const parsed = loginSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'Enter your email and password.', toIssues(parsed.error));
  const { email, password } = parsed.data;
  const db = await getDb();
  const gate = await gateLogin(email, input.ip);
  if (gate.retryAfterSeconds !== null) {
    const s = gate.retryAfterSeconds;
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-ins. Wait ${s} ${s === 1 ? 'second' : 'seconds'} and try again, or ask an admin.`,
      undefined,
      {
        retryAfterSeconds: s,
      },
    );
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabled) {
    await gate.settle('failure', !user ? 'unknown-account' : user.disabled && ok ? 'disabled' : 'wrong-password');
    throw new AppError('UNAUTHENTICATED', user?.disabled && ok ? 'This account is disabled. Ask an admin.' : 'Email or password is wrong.');
  }
  await gate.settle('success');
  const token = newSecret();
  const now = Date.now();
  const expiresAt = new Date(now + idleMs());
  const sessionId = randomUUID();
  await withWriteLock(() =>
    db.$transaction([
      db.session.create({
        data: {
          id: sessionId,
          tokenHash: sha256(token),
          userId: user.id,
          expiresAt,
          ip: input.ip ?? null,
          userAgent: input.userAgent?.slice(0, 300) ?? null,
        },
      }),
      db.auditLog.create({
        data: {
          actorId: user.id,
          actor: user.email,
          action: 'login',
          entity: 'user',
          entityId: user.id,
          after: JSON.stringify({ ip: input.ip ?? null }),
        },
      }),
    ]),
  );
  return { token, expiresAt, actor: toActor(user, 'session', sessionId) };
}

function toActor(
  user: { id: string; email: string; name: string; role: string; locale: string; mustChangePassword?: boolean },
  via: Actor['via'],
  sessionId?: string,
): Actor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    locale: user.locale,
    via,
    sessionId,
    ...(user.mustChangePassword && via === 'session' ? { mustChangePassword: true } : {}),
  };
}

/** The actor behind a session cookie, or null when it is unknown, expired or the user is disabled. */
export async function resolveSession(token: string | undefined | null): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const hash = sha256(token);
  const hit = cachedAuth<Actor>(`s:${hash}`);
  if (hit) return hit;
  const generation = readGeneration();
  const db = await getDb();
  const session = await db.session.findUnique({ where: { tokenHash: hash }, include: { user: true } });
  if (!session || session.user.disabled) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.createdAt.getTime() + ABSOLUTE_MS <= now) return null;
  if (now - session.lastSeenAt.getTime() > REFRESH_AFTER_MS) {
    const expiresAt = new Date(Math.min(now + idleMs(), session.createdAt.getTime() + ABSOLUTE_MS));
    // Not awaited: a signed-in reader does not wait for a long write (an import) to hold the lock.
    void withWriteLock(() => db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date(now), expiresAt } })).catch(
      (e) => console.error('session refresh failed', e),
    );
  }
  const actor = toActor(session.user, 'session', session.id);
  rememberAuth(`s:${hash}`, actor, Math.min(now + AUTH_TTL_MS, session.expiresAt.getTime()), generation);
  return actor;
}

export async function logout(token: string | undefined | null): Promise<void> {
  if (!token) return;
  const db = await getDb();
  const session = await db.session.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!session) return;
  await withWriteLock(() =>
    db.$transaction([
      db.session.deleteMany({ where: { id: session.id } }),
      db.auditLog.create({
        data: { actorId: session.userId, actor: session.user.email, action: 'logout', entity: 'user', entityId: session.userId },
      }),
    ]),
  );
}

/** The actor behind `Authorization: Bearer orp_…`, or null. */
export async function resolveApiToken(token: string | undefined | null): Promise<Actor | null> {
  if (!token || !token.startsWith('orp_') || token.length > 200) return null;
  const hash = sha256(token);
  const hit = cachedAuth<Actor>(`t:${hash}`);
  if (hit) return hit;
  const generation = readGeneration();
  const db = await getDb();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hash }, include: { user: true } });
  const now = Date.now();
  if (!row || row.revokedAt || row.user.disabled || (row.expiresAt && row.expiresAt.getTime() <= now)) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > REFRESH_AFTER_MS) {
    await withWriteLock(() => db.apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } }));
  }
  const actor = toActor(row.user, 'token');
  rememberAuth(`t:${hash}`, actor, Math.min(now + AUTH_TTL_MS, row.expiresAt?.getTime() ?? Infinity), generation);
  return actor;
}
