// `npm start`: apply migrations (and the demo seed on an empty database), build when the sources
// changed since the last build, then serve the production server on PORT (default 3000) through
// scripts/server.mjs.
// `npm run dev`: the same first step, then `next dev`.
// `node scripts/run.mjs build`: only the build step (when the sources changed), for the e2e setup.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const mode = ['dev', 'build'].includes(process.argv[2]) ? process.argv[2] : 'start';
const port = process.env.PORT || '3000';
const bin = (name) => path.join('node_modules', '.bin', name);

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function sourceFingerprint() {
  const h = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f !== 'node_modules' && f !== '.next') walk(path.join(p, f));
    } else h.update(`${p}:${st.size}:${st.mtimeMs}\n`);
  };
  for (const p of [
    'app',
    'components',
    'lib',
    'messages',
    'public',
    'next.config.ts',
    'proxy.ts',
    'postcss.config.mjs',
    'tsconfig.json',
    'package-lock.json',
  ])
    walk(p);
  return h.digest('hex');
}

if (mode !== 'build') run(bin('tsx'), ['--conditions=react-server', 'scripts/migrate.ts']);

if (mode === 'dev') {
  const child = spawn(bin('next'), ['dev', '-p', port], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const marker = path.join('.next', 'orp-build-fingerprint');
  const fp = sourceFingerprint();
  const built = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(marker) && readFileSync(marker, 'utf8') === fp;
  if (!built) {
    console.error('building the app (first start or sources changed)…');
    run(bin('next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1' });
    writeFileSync(marker, fp);
  }
  if (mode === 'build') process.exit(0);
  // scripts/server.mjs: Next.js behind the request guard (timeouts, server-action checks, lock file).
  const child = spawn(process.execPath, ['scripts/server.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}
