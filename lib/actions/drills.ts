'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { deleteDrill, recordDrill, setFollowUpDone, updateDrill } from '../server/drills';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { boolArg, idArg, objectArg, versionArg } from '../validations/actions';

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

export async function updateDrillAction(id: string, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return asResult(async () => {
    [id] = parseArgs(z.tuple([idArg, objectArg]), [id, input]);
    const d = await updateDrill({ actor: await getActor(), id, input });
    revalidatePath('/drills');
    revalidatePath('/dashboard');
    return { id: d.id, version: d.version };
  });
}

export async function deleteDrillAction(id: string, version: number): Promise<ActionResult> {
  return asResult(async () => {
    [id, version] = parseArgs(z.tuple([idArg, versionArg]), [id, version]);
    await deleteDrill({ actor: await getActor(), id, version });
    revalidatePath('/drills');
    revalidatePath('/dashboard');
    return null;
  });
}
