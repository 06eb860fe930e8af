// npm run --silent token:create -- --email EMAIL [--name NAME] [--expires-days N] → prints a new personal API token.
import { parseArgs } from 'node:util';
import { disconnectDb } from '../lib/server/db/client';
import { isAppError } from '../lib/server/errors';
import { createApiToken } from '../lib/server/users';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, 'expires-days': { type: 'string' } },
      strict: true,
    }).values;
  } catch (e) {
    console.error(
      `token:create: ${(e as Error).message}\nusage: npm run --silent token:create -- --email EMAIL [--name NAME] [--expires-days N]`,
    );
    return 2;
  }
  const rawDays = args['expires-days'];
  const expiresInDays = rawDays === undefined ? null : /^\d+$/.test(rawDays) ? Number(rawDays) : NaN;
  if (Number.isNaN(expiresInDays)) {
    console.error(`token:create: --expires-days must be a whole number of days (1–3650), not "${rawDays}"`);
    return 2;
  }
  try {
    const { token } = await createApiToken({ actor: 'cli', email: args.email ?? '', name: args.name, expiresInDays });
    console.log(token);
    return 0;
  } catch (e) {
    if (isAppError(e)) {
      const detail = e.issues?.map((i) => `  --${i.path === 'expiresInDays' ? 'expires-days' : i.path}: ${i.message}`).join('\n');
      console.error(`token:create: ${e.message}${detail ? `\n${detail}` : ''}`);
      return 2;
    }
    throw e;
  } finally {
    await disconnectDb();
  }
}
process.exitCode = await main();
