'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { createApplication, deleteApplication, updateApplication } from '../server/inventory/applications';
import { asResult, type ActionResult } from './result';

export async function createApplicationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    const app = await createApplication({ actor: await getActor(), input });
    revalidatePath('/applications');
    return { id: app.id };
  });
}

export async function updateApplicationAction(id: string, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return asResult(async () => {
    const app = await updateApplication({ actor: await getActor(), id: String(id), input, mode: 'replace' });
    revalidatePath('/applications');
    return { id: app.id, version: app.version };
  });
}

export async function deleteApplicationAction(id: string, version: number): Promise<ActionResult> {
  return asResult(async () => {
    await deleteApplication({ actor: await getActor(), id: String(id), version: Number(version) });
    revalidatePath('/applications');
    return null;
  });
}
