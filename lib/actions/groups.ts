'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { createGroup, deleteGroup, updateGroup } from '../server/inventory/groups';
import { asResult, type ActionResult } from './result';

export async function createGroupAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    const g = await createGroup({ actor: await getActor(), input });
    revalidatePath('/groups');
    return { id: g.id };
  });
}

export async function updateGroupAction(id: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    const g = await updateGroup({ actor: await getActor(), id: String(id), input, mode: 'replace' });
    revalidatePath('/groups');
    return { id: g.id };
  });
}

export async function deleteGroupAction(id: string, version: number): Promise<ActionResult> {
  return asResult(async () => {
    await deleteGroup({ actor: await getActor(), id: String(id), version: Number(version) });
    revalidatePath('/groups');
    return null;
  });
}
