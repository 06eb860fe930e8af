'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { updatePolicy } from '../server/policy';
import { asResult, type ActionResult } from './result';

export async function updatePolicyAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return asResult(async () => {
    const p = await updatePolicy({ actor: await getActor(), input });
    revalidatePath('/', 'layout');
    return { version: p.version };
  });
}
