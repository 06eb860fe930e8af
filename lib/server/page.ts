import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getActor } from './auth/current';
import { isAppError } from './errors';
import { can, type Actor, type Permission } from './permissions';

/**
 * The signed-in actor of a page, or a redirect to the login page (back to this page afterwards).
 * Someone signed in with a temporary password is sent to the account page to change it first
 * (the layout and the account page pass `mustChangePasswordOk`; every other page checks).
 */
export async function requirePageActor({ mustChangePasswordOk = false }: { mustChangePasswordOk?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get('x-pathname') ?? '/';
    redirect(`/login?next=${encodeURIComponent(path)}`);
  }
  if (actor.mustChangePassword && !mustChangePasswordOk) redirect('/account');
  return actor;
}

/** Pages that need a permission show a 403 page to roles without it (the data layer checks again). */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requirePageActor();
  if (!can(actor, permission)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return actor;
}

/** Data-layer NOT_FOUND → the 404 page; other errors propagate. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}
