'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { updatePolicy } from '../server/policy';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { objectArg } from '../validations/actions';

export async function updatePolicyAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const p = await updatePolicy({ actor: await getActor(), input });
    revalidatePath('/', 'layout');
    return { version: p.version };
  });
}
