'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { createUser, revokeSessions, updateUser } from '../server/users';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { idArg, objectArg } from '../validations/actions';

export async function inviteUserAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const u = await createUser({ actor: await getActor(), input });
    revalidatePath('/admin/users');
    return { email: u.email };
  });
}

export async function updateUserAction(id: string, input: unknown): Promise<ActionResult> {
  return asResult(async () => {
    [id] = parseArgs(z.tuple([idArg, objectArg]), [id, input]);
    await updateUser({ actor: await getActor(), id, input });
    revalidatePath('/admin/users');
    return null;
  });
}

/** @public Server action (issue 14's Zod-checked args); no page calls it yet, kept as main's API. */
export async function revokeSessionsAction(userId: string): Promise<ActionResult<{ count: number }>> {
  return asResult(async () => {
    [userId] = parseArgs(z.tuple([idArg]), [userId]);
    const count = await revokeSessions({ actor: await getActor(), userId });
    revalidatePath('/admin/users');
    return { count };
  });
}
