import { readJson, route } from '@/lib/server/http';
import { decideReview } from '@/lib/server/reviews';

export const POST = route<{ id: string }>(
  async ({ req, actor, params }) => decideReview({ actor, applicationId: params.id, input: await readJson(req) }),
  { status: 201 },
);
