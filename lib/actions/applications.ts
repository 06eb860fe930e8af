'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { createApplication, deleteApplication, updateApplication } from '../server/inventory/applications';
import { bulkUpdateApplications, type BulkResult } from '../server/inventory/bulk';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { idArg, langArg, objectArg, versionArg } from '../validations/actions';
import { previewApplicationBypass } from '../server/inventory/bypass-preview';
import type { BypassPreviewItem } from '../domain/bypass-preview';

export async function createApplicationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const app = await createApplication({ actor: await getActor(), input });
    revalidatePath('/applications');
    return { id: app.id };
  });
}

export async function updateApplicationAction(id: string, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return asResult(async () => {
    [id] = parseArgs(z.tuple([idArg, objectArg]), [id, input]);
    const app = await updateApplication({ actor: await getActor(), id, input, mode: 'replace' });
    revalidatePath('/applications');
    return { id: app.id, version: app.version };
  });
}

export async function deleteApplicationAction(id: string, version: number): Promise<ActionResult> {
  return asResult(async () => {
    [id, version] = parseArgs(z.tuple([idArg, versionArg]), [id, version]);
    await deleteApplication({ actor: await getActor(), id, version });
    revalidatePath('/applications');
    return null;
  });
}

/** The bypass findings the unsaved application form would leave or add (shown live on the form). */
export async function previewApplicationBypassAction(
  id: string | null,
  input: unknown,
  lang: unknown,
): Promise<ActionResult<{ items: BypassPreviewItem[] }>> {
  return asResult(async () => {
    const [aid, , l] = parseArgs(z.tuple([idArg.nullable(), objectArg, langArg]), [id, input, lang]);
    return previewApplicationBypass({ actor: await getActor(), id: aid ?? undefined, input, lang: l });
  });
}

/** Sets owner, criticality or failmode for a selection (issue 18; docs/decisions/0093-bulk-edits.md). */
export async function bulkUpdateApplicationsAction(input: unknown): Promise<ActionResult<BulkResult>> {
  return asResult(async () => {
    parseArgs(z.tuple([objectArg]), [input]);
    const r = await bulkUpdateApplications({ actor: await getActor(), input });
    revalidatePath('/applications');
    revalidatePath('/dashboard');
    return r;
  });
}
