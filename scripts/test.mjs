// `npm test`: the static checks (typecheck; `npm run lint`: ESLint, the dependency rule, knip; the
// Prettier format check), then
// unit and integration tests (Vitest, real SQLite files), then the end-to-end, API and
// accessibility tests (Playwright driving Debian's Chromium against the production build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

let failed = 0;
failed |= run('npx', ['tsc', '--noEmit', '-p', '.']);
failed |= run('npm', ['run', '-s', 'lint']);
failed |= run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
failed |= run('npx', ['vitest', 'run']);

// The database-facing tests again on PostgreSQL (each test file in a fresh database of its own).
const pgUrl = process.env.TEST_PG_URL ?? 'postgresql://root@127.0.0.1:5432/test';
const pgUp =
  spawnSync(process.execPath, [
    '-e',
    `const c=new (require('pg').Client)({connectionString:${JSON.stringify(pgUrl)},connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))`,
  ]).status === 0;
if (pgUp) failed |= run('npx', ['vitest', 'run', 'tests/integration'], { TEST_DATABASE_URL: pgUrl });
else if (process.env.CI) {
  console.error(`PostgreSQL at ${pgUrl} is not reachable: the PostgreSQL run of the integration tests failed to start.`);
  failed = 1;
} else console.error(`PostgreSQL at ${pgUrl} is not reachable: skipping the PostgreSQL run of the integration tests.`);
failed |= run('npx', ['playwright', 'test']);
process.exit(failed ? 1 : 0);
