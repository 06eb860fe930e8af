'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { decideReview } from '../server/reviews';
import { asResult, parseArgs, type ActionResult } from './result';
import { z } from 'zod';
import { idArg, objectArg } from '../validations/actions';

export async function decideReviewAction(applicationId: string, input: unknown): Promise<ActionResult<{ decision: string }>> {
  return asResult(async () => {
    [applicationId] = parseArgs(z.tuple([idArg, objectArg]), [applicationId, input]);
    const r = await decideReview({ actor: await getActor(), applicationId, input });
    revalidatePath('/reviews');
    return { decision: r.decision };
  });
}
