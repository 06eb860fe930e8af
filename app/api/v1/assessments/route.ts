import { getAssessmentsWithDuo } from '@/lib/server/duo/findings';
import { langOf, route } from '@/lib/server/http';

/** The `assess` output for the stored inventory; with a synced Duo connection also Duo's findings (issue 19). */
export const GET = route(async ({ req, actor }) => getAssessmentsWithDuo({ actor, lang: langOf(req) }));
