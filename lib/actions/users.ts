'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { createUser, updateUser } from '../server/users';
import { asResult, type ActionResult } from './result';

export async function inviteUserAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return asResult(async () => {
    const u = await createUser({ actor: await getActor(), input });
    revalidatePath('/admin/users');
    return { email: u.email };
  });
}

export async function updateUserAction(id: string, input: unknown): Promise<ActionResult> {
  return asResult(async () => {
    await updateUser({ actor: await getActor(), id: String(id), input });
    revalidatePath('/admin/users');
    return null;
  });
}

