'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { createGroup, deleteGroup, updateGroup } from '../server/inventory/groups';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { idArg, langArg, objectArg, versionArg } from '../validations/actions';
import { previewGroupBypass } from '../server/inventory/bypass-preview';
import type { BypassPreviewItem } from '../domain/bypass-preview';

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

/** The bypass findings the unsaved group form would leave or add (shown live on the form). */
export async function previewGroupBypassAction(
  id: string | null,
  input: unknown,
  lang: unknown,
): Promise<ActionResult<{ items: BypassPreviewItem[] }>> {
  return asResult(async () => {
    const [gid, , l] = parseArgs(z.tuple([idArg.nullable(), objectArg, langArg]), [id, input, lang]);
    return previewGroupBypass({ actor: await getActor(), id: gid ?? undefined, input, lang: l });
  });
}
