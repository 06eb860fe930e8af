'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../server/auth/current';
import { decideReview } from '../server/reviews';
import { asResult, type ActionResult } from './result';

export async function decideReviewAction(applicationId: string, input: unknown): Promise<ActionResult<{ decision: string }>> {
  return asResult(async () => {
    const r = await decideReview({ actor: await getActor(), applicationId: String(applicationId), input });
    revalidatePath('/reviews');
    return { decision: r.decision };
  });
}
