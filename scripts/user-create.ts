// npm run --silent user:create -- --email EMAIL --role admin [--name NAME] [--password PW]
// Without --password it reads the password from ORP_PASSWORD or asks on the terminal.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { disconnectDb } from '../lib/server/db/client';
import { isAppError } from '../lib/server/errors';
import { createUser } from '../lib/server/users';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
      strict: true,
    }).values;
  } catch (e) {
    console.error(
      `user:create: ${(e as Error).message}\nusage: npm run --silent user:create -- --email EMAIL --role admin|editor|reviewer|viewer [--name NAME]`,
    );
    return 2;
  }
  let password = args.password ?? process.env.ORP_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error('user:create: give --password or ORP_PASSWORD when not on a terminal');
      return 2;
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    password = await rl.question('Password (at least 12 characters): ');
    rl.close();
  }
  try {
    const user = await createUser({
      actor: 'cli',
      input: { email: args.email ?? '', role: args.role ?? '', name: args.name ?? (args.email ?? '').split('@')[0], password },
    });
    console.log(`created ${user.role} ${user.email}`);
    return 0;
  } catch (e) {
    if (isAppError(e)) {
      const detail = e.issues?.map((i) => `  --${i.path}: ${i.message}`).join('\n');
      console.error(`user:create: ${e.message}${detail ? `\n${detail}` : ''}`);
      return 2;
    }
    throw e;
  } finally {
    await disconnectDb();
  }
}
process.exitCode = await main();
