'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { recordDrill, setFollowUpDone } from '../server/drills';
import { asResult, type ActionResult } from './result';

export async function recordDrillAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    const r = await recordDrill({ actor: await getActor(), input });
    revalidatePath('/drills');
    revalidatePath('/dashboard');
    return r;
  });
}

export async function setFollowUpDoneAction(id: string, done: boolean): Promise<ActionResult> {
  return asResult(async () => {
    await setFollowUpDone({ actor: await getActor(), id: String(id), done: Boolean(done) });
    revalidatePath('/drills');
    return null;
  });
}
