'use server';
import { revalidatePath } from 'next/cache';
import { changePassword, resetPassword, revokeToken } from '../server/account';
import { getActor } from '../server/auth/current';
import { assertCan } from '../server/permissions';
import { createApiToken, revokeSessions } from '../server/users';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { boolArg, idArg, objectArg, tokenArg } from '../validations/actions';

export async function changePasswordAction(input: unknown): Promise<ActionResult<{ sessionsEnded: number }>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const r = await changePassword({ actor: await getActor(), input });
    revalidatePath('/account');
    return r;
  });
}

export async function createTokenAction(input: { name?: unknown; expiresInDays?: unknown }): Promise<ActionResult<{ token: string }>> {
  return asResult(async () => {
    const [args] = parseArgs(z.tuple([tokenArg]), [input]);
    input = args;
    const actor = await getActor();
    assertCan(actor, 'inventory:read');
    const days = input.expiresInDays;
    const r = await createApiToken({
      actor,
      email: actor.email,
      name: typeof input.name === 'string' ? input.name : undefined,
      expiresInDays: typeof days === 'number' && Number.isFinite(days) ? days : null,
    });
    revalidatePath('/account');
    return { token: r.token };
  });
}

export async function revokeTokenAction(id: string): Promise<ActionResult> {
  return asResult(async () => {
    [id] = parseArgs(z.tuple([idArg]), [id]);
    await revokeToken({ actor: await getActor(), id });
    revalidatePath('/account');
    revalidatePath('/admin/users');
    return null;
  });
}

export async function resetPasswordAction(userId: string): Promise<ActionResult<{ temporaryPassword: string }>> {
  return asResult(async () => {
    [userId] = parseArgs(z.tuple([idArg]), [userId]);
    const r = await resetPassword({ actor: await getActor(), userId });
    revalidatePath('/admin/users');
    return r;
  });
}

export async function endSessionsAction(userId: string, tokens: boolean): Promise<ActionResult<{ count: number }>> {
  return asResult(async () => {
    [userId, tokens] = parseArgs(z.tuple([idArg, boolArg.optional().default(false)]), [userId, tokens]);
    const count = await revokeSessions({ actor: await getActor(), userId, tokens });
    revalidatePath('/admin/users');
    return { count };
  });
}
