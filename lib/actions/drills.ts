'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { recordDrill, setFollowUpDone } from '../server/drills';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { boolArg, idArg, objectArg } from '../validations/actions';

export async function recordDrillAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const r = await recordDrill({ actor: await getActor(), input });
    revalidatePath('/drills');
    revalidatePath('/dashboard');
    return r;
  });
}

export async function setFollowUpDoneAction(id: string, done: boolean): Promise<ActionResult> {
  return asResult(async () => {
    [id, done] = parseArgs(z.tuple([idArg, boolArg]), [id, done]);
    await setFollowUpDone({ actor: await getActor(), id, done });
    revalidatePath('/drills');
    return null;
  });
}
