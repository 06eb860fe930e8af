import 'server-only';
import type { Role } from '../domain/types';
import { AppError } from './errors';

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  via: 'session' | 'token' | 'cli';
  sessionId?: string;
  /** A temporary password set by an admin: pages send the user to the account page to change it. */
  mustChangePassword?: boolean;
}

const ALL: Role[] = ['admin', 'editor', 'reviewer', 'viewer'];
export const PERMISSIONS = {
  'inventory:read': ALL,
  'inventory:write': ['admin', 'editor'],
  'review:decide': ['admin', 'reviewer'],
  'policy:write': ['admin'],
  'users:manage': ['admin'],
  'audit:read': ['admin'],
  'incident:write': ['admin', 'editor'],
  'incident:override': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

const WHAT: Record<Permission, string> = {
  'inventory:read': 'read the inventory',
  'inventory:write': 'change the inventory',
  'review:decide': 'approve or reject failmode choices',
  'policy:write': 'change the organisation policy',
  'users:manage': 'manage users',
  'audit:read': 'read the audit log',
  'incident:write': 'run incidents (declare, tick, record actions, close)',
  'incident:override': 'close an incident with open revert items',
};

export function can(actor: Pick<Actor, 'role'> | null | undefined, permission: Permission): boolean {
  return !!actor && (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** The check every data-layer function makes first: 401 without an actor, 403 for the wrong role. */
export function assertCan(
  actor: Actor | null | undefined,
  permission: Permission,
  opts: { duringPasswordChange?: boolean } = {},
): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first: this needs a valid session or API token.');
  // A session signed in with a temporary password (set by an admin) may only change it: not read the
  // inventory, write, or mint an API token, through pages, server actions or /api/v1 alike.
  if (actor.mustChangePassword && !opts.duringPasswordChange) {
    throw new AppError(
      'PASSWORD_CHANGE_REQUIRED',
      'Change your temporary password first (Account page): until then nothing else is allowed.',
    );
  }
  if (!can(actor, permission)) {
    throw new AppError('FORBIDDEN', `Your role (${actor.role}) may not ${WHAT[permission]}.`);
  }
}
