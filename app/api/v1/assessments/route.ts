import { getAssessments } from '@/lib/server/inventory/assessments';
import { langOf, route } from '@/lib/server/http';

export const GET = route(async ({ req, actor }) => getAssessments({ actor, lang: langOf(req) }));
