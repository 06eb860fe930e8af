// A server of a spec's own: the same production build as the shared e2e server (scripts/run.mjs
// start), on a fresh demo database and a free port. For tests that need other settings (timeouts) or
// must not disturb the shared server (hostile server-action calls).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

export async function startServer(extraEnv: Record<string, string> = {}): Promise<OwnServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'orp-own-'));
  const dbFile = path.join(dir, 'own.db');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATABASE_URL: `file:${dbFile}`, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv };
  delete env.TRUST_PROXY;
  const child = spawn(process.execPath, ['scripts/run.mjs', 'start'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 143 : null))));
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error(`server did not start: ${buf.slice(-2000)}`)), 120_000);
    child.stderr!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /ready on http:\/\/[^:]+:(\d+)/.exec(buf);
      if (m) {
        clearTimeout(t);
        resolve(Number(m[1]));
      }
    });
  });
  child.stderr!.resume();
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return { child, port, url: `http://127.0.0.1:${port}`, env, dbFile, exited, stop };
}
