// `npm test`: unit and integration tests (Vitest, real SQLite files), then the end-to-end, API and
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
failed |= run('npx', ['vitest', 'run']);
failed |= run('npx', ['playwright', 'test']);
process.exit(failed ? 1 : 0);
