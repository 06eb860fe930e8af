import 'server-only';
import { randomUUID } from 'node:crypto';
import { inviteUserSchema, tokenCreateSchema, updateUserSchema, emailSchema, userLocaleSchema } from '../validations/auth';
import { toIssues } from '../validations/issues';
import { auditEntry } from './audit';
import { hashPassword, newSecret, sha256 } from './auth/crypto';
import { assertPasswordPolicy } from './auth/password-policy';
import { getDb } from './db/client';
import { withWriteLock } from './db/write-lock';
import { AppError } from './errors';
import { assertCan, type Actor } from './permissions';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  version: number;
  createdAt: Date;
  activeSessions: number;
  activeTokens: number;
}

/** Who runs a CLI on the server's own machine: trusted by shell access, recorded as "cli". */
export const CLI_ACTOR = { id: null, email: 'cli' } as const;

export async function listUsers({ actor }: { actor: Actor | null }): Promise<UserRow[]> {
  assertCan(actor, 'users:manage');
  const db = await getDb();
  const users = await db.user.findMany({
    orderBy: { email: 'asc' },
    include: {
      _count: {
        select: {
          sessions: { where: { expiresAt: { gt: new Date() } } },
          tokens: { where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } },
        },
      },
    },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabled,
    version: u.version,
    createdAt: u.createdAt,
    activeSessions: u._count.sessions,
    activeTokens: u._count.tokens,
  }));
}

/**
 * Creates an account. `actor: 'cli'` is the first-admin path (`npm run user:create`); in the app
 * only admins may invite.
 */
export async function createUser({ actor, input }: { actor: Actor | null | 'cli'; input: unknown }) {
  if (actor !== 'cli') assertCan(actor, 'users:manage');
  const parsed = inviteUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The user is not valid.', toIssues(parsed.error));
  const data = parsed.data;
  assertPasswordPolicy(data.password, data.email);
  const db = await getDb();
  const passwordHash = await hashPassword(data.password);
  const id = randomUUID();
  const who = actor === 'cli' ? CLI_ACTOR : actor;
  return withWriteLock(async () => {
    if (await db.user.findUnique({ where: { email: data.email } })) {
      throw new AppError('ALREADY_EXISTS', `A user with the email ${data.email} already exists.`, [
        { path: 'email', message: 'This email is already in use' },
      ]);
    }
    const after = { email: data.email, name: data.name, role: data.role, disabled: false };
    const [user] = await db.$transaction([
      db.user.create({ data: { id, email: data.email, name: data.name, role: data.role, passwordHash } }),
      db.auditLog.create({ data: auditEntry({ actor: who, action: 'user.create', entity: 'user', entityId: id, after }) }),
    ]);
    return { id: user.id, email: user.email, role: user.role };
  });
}

/** Changes role or disables/enables a user; disabling ends every session of that user. */
export async function updateUser({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }) {
  assertCan(actor, 'users:manage');
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The change is not valid.', toIssues(parsed.error));
  const { version, ...change } = parsed.data;
  if (id === actor.id && (change.disabled === true || (change.role && change.role !== 'admin'))) {
    throw new AppError('FORBIDDEN', 'You cannot disable yourself or take away your own admin role.');
  }
  const db = await getDb();
  return withWriteLock(async () => {
    const before = await db.user.findUnique({ where: { id } });
    if (!before) throw new AppError('NOT_FOUND', 'No such user.');
    if (before.version !== version) {
      throw new AppError('CONFLICT', 'Someone else changed this user since you loaded the page. Reload and try again.');
    }
    const ops = [
      db.user.update({ where: { id, version }, data: { ...change, version: { increment: 1 } } }),
      ...(change.disabled ? [db.session.deleteMany({ where: { userId: id } })] : []),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'user.update',
          entity: 'user',
          entityId: id,
          before: { role: before.role, disabled: before.disabled },
          after: { role: change.role ?? before.role, disabled: change.disabled ?? before.disabled },
        }),
      }),
    ];
    await db.$transaction(ops);
  });
}

/** Prints-once personal API token (stored as a SHA-256 hash), optionally expiring after some days. */
export async function createApiToken({
  actor,
  email,
  name,
  expiresInDays,
}: {
  actor: 'cli' | Actor;
  email: unknown;
  name?: string;
  expiresInDays?: number | null;
}) {
  const parsedEmail = emailSchema.safeParse(email);
  if (!parsedEmail.success) throw new AppError('VALIDATION_FAILED', 'Enter a valid email address.', toIssues(parsedEmail.error));
  const parsed = tokenCreateSchema.safeParse({ name: (name ?? 'api').trim() || 'api', expiresInDays: expiresInDays ?? null });
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The token is not valid.', toIssues(parsed.error));
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: parsedEmail.data } });
  if (!user) throw new AppError('NOT_FOUND', `No user with the email ${parsedEmail.data}.`);
  if (actor !== 'cli') assertCan(actor, actor.id === user.id ? 'inventory:read' : 'users:manage');
  if (user.disabled) throw new AppError('FORBIDDEN', `${user.email} is disabled.`);
  const token = newSecret('orp_');
  const id = randomUUID();
  const tokenName = parsed.data.name;
  const days = parsed.data.expiresInDays ?? null;
  const expiresAt = days ? new Date(Date.now() + days * 86_400_000) : null;
  await withWriteLock(() =>
    db.$transaction([
      db.apiToken.create({ data: { id, tokenHash: sha256(token), name: tokenName, userId: user.id, expiresAt } }),
      db.auditLog.create({
        data: auditEntry({
          actor: actor === 'cli' ? CLI_ACTOR : actor,
          action: 'token.create',
          entity: 'user',
          entityId: user.id,
          after: { tokenId: id, name: tokenName, expiresAt: expiresAt?.toISOString() ?? null },
        }),
      }),
    ]),
  );
  return { token, id, name: tokenName, expiresAt: expiresAt?.toISOString() ?? null, user: { email: user.email, role: user.role } };
}

/** Ends every session of a user at once (admins); with `tokens` their API tokens are revoked too. */
export async function revokeSessions({
  actor,
  userId,
  tokens = false,
}: {
  actor: Actor | null;
  userId: string;
  tokens?: boolean;
}): Promise<number> {
  assertCan(actor, 'users:manage');
  const db = await getDb();
  return withWriteLock(async () => {
    const user = await db.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError('NOT_FOUND', 'No such user.');
    const live = { userId, revokedAt: null };
    const tokensRevoked = tokens ? await db.apiToken.count({ where: live }) : 0;
    const [res] = await db.$transaction([
      db.session.deleteMany({ where: { userId } }),
      db.auditLog.create({ data: auditEntry({ actor, action: 'session.revoke-all', entity: 'user', entityId: userId }) }),
      ...(tokens
        ? [
            db.apiToken.updateMany({ where: live, data: { revokedAt: new Date() } }),
            db.auditLog.create({
              data: auditEntry({ actor, action: 'token.revoke-all', entity: 'user', entityId: userId, after: { count: tokensRevoked } }),
            }),
          ]
        : []),
    ]);
    return res.count;
  });
}

/**
 * The signed-in user's own UI language ('en' or 'de'). Every role may change it (every role holds
 * inventory:read); a no-op when it is already set. Does not bump the version: role and status edits by
 * an admin do not conflict with it.
 */
export async function setLocale({ actor, locale }: { actor: Actor | null; locale: unknown }): Promise<{ locale: string }> {
  assertCan(actor, 'inventory:read');
  const parsed = userLocaleSchema.safeParse({ locale });
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The language is not valid.', toIssues(parsed.error));
  const next = parsed.data.locale;
  const db = await getDb();
  return withWriteLock(async () => {
    const before = await db.user.findUnique({ where: { id: actor.id } });
    if (!before) throw new AppError('NOT_FOUND', 'No such user.');
    if (before.locale === next) return { locale: next };
    await db.$transaction([
      db.user.update({ where: { id: actor.id }, data: { locale: next } }),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'user.locale',
          entity: 'user',
          entityId: actor.id,
          before: { locale: before.locale },
          after: { locale: next },
        }),
      }),
    ]);
    return { locale: next };
  });
}
