import 'server-only';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { importArtefacts, type ImportFormat } from '../../parsers';

type Files = Parameters<typeof importArtefacts>[0];
type Result = ReturnType<typeof importArtefacts>;

/** Below this many bytes a file is parsed where it arrives: starting the worker costs more. */
export const OFF_THREAD_BYTES = 256 * 1024;

// The worker runs the same parsers (pure TypeScript, lib/parsers) through tsx, a dependency of the
// app: the production bundle does not contain them as a file a worker could load.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import('tsx/esm/api');
  register();
  const parsers = await import(workerData.parsers);
  parentPort.on('message', ({ id, files, format }) => {
    try {
      parentPort.postMessage({ id, result: parsers.importArtefacts(files, format) });
    } catch (e) {
      parentPort.postMessage({ id, error: String((e && e.message) || e) });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((e) => parentPort.postMessage({ failed: String((e && e.message) || e) }));
`;

interface Pending {
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}
interface State {
  ready: Promise<Worker>;
  pending: Map<number, Pending>;
  next: number;
  idle?: NodeJS.Timeout;
}
/** An idle worker is stopped after this long (it holds ~50 MB and would keep a CLI process alive). */
const IDLE_MS = 30_000;
const g = globalThis as unknown as { __orpParseWorker?: State };

function start(): State {
  const pending = new Map<number, Pending>();
  const state: State = { pending, next: 1, ready: Promise.resolve(null as unknown as Worker) };
  state.ready = new Promise<Worker>((resolve, reject) => {
    const parsers = pathToFileURL(path.resolve(process.cwd(), 'lib', 'parsers', 'index.ts')).href;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { parsers } });
    worker.unref();
    const fail = (e: Error) => {
      if (g.__orpParseWorker === state) g.__orpParseWorker = undefined;
      reject(e);
      for (const p of pending.values()) p.reject(e);
      pending.clear();
      void worker.terminate();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the parse worker stopped (exit code ${code})`)));
    worker.on('message', (m: { ready?: true; failed?: string; id?: number; result?: Result; error?: string }) => {
      if (m.ready) return resolve(worker);
      if (m.failed) return fail(new Error(m.failed));
      const p = m.id === undefined ? undefined : pending.get(m.id);
      if (!p) return;
      pending.delete(m.id!);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result!);
      if (pending.size === 0) {
        clearTimeout(state.idle);
        state.idle = setTimeout(() => {
          if (pending.size > 0) return;
          if (g.__orpParseWorker === state) g.__orpParseWorker = undefined;
          worker.removeAllListeners('exit');
          void worker.terminate();
        }, IDLE_MS);
        state.idle.unref();
      }
    });
  });
  return state;
}

/**
 * `importArtefacts` on a worker thread for large uploads (issue 14 item 5): parsing and validating
 * 15,000 applications takes 0.4–1.9 s of CPU, which on the server's thread held every other request
 * (`/api/health` included). Small uploads, and any failure to start the worker, parse here.
 */
export async function importArtefactsOffThread(
  files: Files,
  format: ImportFormat | 'auto',
  { minBytes = OFF_THREAD_BYTES } = {},
): Promise<Result> {
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  if (bytes < minBytes) return importArtefacts(files, format);
  let state = g.__orpParseWorker;
  if (!state) state = g.__orpParseWorker = start();
  let worker: Worker;
  try {
    worker = await state.ready;
  } catch (e) {
    console.error('parse worker unavailable, parsing on the request thread:', e);
    return importArtefacts(files, format);
  }
  const id = state.next++;
  clearTimeout(state.idle);
  return new Promise<Result>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    worker.postMessage({ id, files: files.map((f) => ({ file: f.file, text: f.text })), format });
  });
}
