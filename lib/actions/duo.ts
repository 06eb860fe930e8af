'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { deleteDuoConnection, putDuoConnection, testDuoConnection, type DuoTestResult } from '../server/duo/connection';
import { applyDuoSync, previewDuoSync, type DuoSyncPreview, type DuoSyncResult } from '../server/duo/sync';
import type { DuoConnectionView } from '../validations/duo';
import { asResult, type ActionResult } from './result';

export async function saveDuoConnectionAction(input: unknown): Promise<ActionResult<DuoConnectionView>> {
  return asResult(async () => {
    const v = await putDuoConnection({ actor: await getActor(), input });
    revalidatePath('/', 'layout');
    return v;
  });
}

export async function deleteDuoConnectionAction(): Promise<ActionResult> {
  return asResult(async () => {
    await deleteDuoConnection({ actor: await getActor() });
    revalidatePath('/', 'layout');
    return null;
  });
}

export async function testDuoConnectionAction(): Promise<ActionResult<DuoTestResult>> {
  return asResult(async () => testDuoConnection({ actor: await getActor() }));
}

export async function previewDuoSyncAction(): Promise<ActionResult<DuoSyncPreview>> {
  return asResult(async () => previewDuoSync({ actor: await getActor() }));
}

export async function applyDuoSyncAction(): Promise<ActionResult<DuoSyncResult>> {
  return asResult(async () => {
    const r = await applyDuoSync({ actor: await getActor() });
    revalidatePath('/', 'layout');
    return r;
  });
}
