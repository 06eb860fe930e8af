// A production server (scripts/run.mjs start: migrations, the demo seed on an empty database, then
// scripts/server.mjs) on a fresh SQLite file and a free port. global-setup.ts starts one per
// Playwright worker (with the worker's Duo test double); a spec starts one of its own when it needs
// other settings (timeouts) or must not disturb its worker's server (hostile server-action calls,
// SIGTERM). The build is made once by global-setup.ts (`scripts/run.mjs build`), never here.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface OwnServer {
  child: ChildProcess;
  port: number;
  url: string;
  env: NodeJS.ProcessEnv;
  dbFile: string;
  exited: Promise<number | null>;
  /** SIGTERM, then wait for the exit. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Where the database goes (default: a new temporary directory). */
  dir?: string;
  /** Each line the server writes to stderr after it is up (default: dropped). */
  onStderr?: (line: string) => void;
}

export async function startServer(extraEnv: Record<string, string> = {}, opts: StartOptions = {}): Promise<OwnServer> {
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'orp-own-'));
  mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, 'e2e.db');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DATABASE_URL: `file:${dbFile}`,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
  delete env.TRUST_PROXY;
  const child = spawn(process.execPath, ['scripts/run.mjs', 'start'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 143 : null))));
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    const fail = (why: string) => reject(new Error(`server did not start (${why}): ${buf.slice(-2000)}`));
    const t = setTimeout(() => fail('no "ready" line in 120 s'), 120_000);
    child.once('exit', (code) => {
      clearTimeout(t);
      fail(`exited with ${code}`);
    });
    child.stderr!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /ready on http:\/\/[^:]+:(\d+)/.exec(buf);
      if (m) {
        clearTimeout(t);
        resolve(Number(m[1]));
      }
    });
  });
  child.stderr!.removeAllListeners('data');
  let rest = '';
  child.stderr!.on('data', (d: Buffer) => {
    if (!opts.onStderr) return;
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) opts.onStderr(line);
  });
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return { child, port, url: `http://127.0.0.1:${port}`, env, dbFile, exited, stop };
}
