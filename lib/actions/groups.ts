'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { createGroup, deleteGroup, updateGroup } from '../server/inventory/groups';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { idArg, objectArg, versionArg } from '../validations/actions';

export async function createGroupAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const g = await createGroup({ actor: await getActor(), input });
    revalidatePath('/groups');
    return { id: g.id };
  });
}

export async function updateGroupAction(id: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    [id] = parseArgs(z.tuple([idArg, objectArg]), [id, input]);
    const g = await updateGroup({ actor: await getActor(), id, input, mode: 'replace' });
    revalidatePath('/groups');
    return { id: g.id };
  });
}

export async function deleteGroupAction(id: string, version: number): Promise<ActionResult> {
  return asResult(async () => {
    [id, version] = parseArgs(z.tuple([idArg, versionArg]), [id, version]);
    await deleteGroup({ actor: await getActor(), id, version });
    revalidatePath('/groups');
    return null;
  });
}
