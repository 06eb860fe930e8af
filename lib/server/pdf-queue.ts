import 'server-only';
import os from 'node:os';
import { AppError } from './errors';
import { loadEnv } from '../env';

// A bounded queue in front of Chromium (issue 14 item 4): one viewer firing binders must not tie up
// PDF rendering for everyone, and a single runbook must not wait behind binders.
// - At most `concurrency` PDFs print at once (default: the number of cores, at least 2), binders in
//   at most concurrency − 1 of those slots: one slot is always free for single runbooks, and waiting
//   runbooks start before waiting binders.
// - Per user at most `perUser` PDFs queued or printing, of which at most `perUserBinders` binders:
//   beyond that 429 with Retry-After.
// - At most `maxWaiting` jobs wait in all: beyond that 503 with Retry-After.
// - A job whose request is aborted (the client went away) leaves the queue, or, when printing, is
//   stopped (the job receives the signal; htmlToPdf closes its page).

export type PdfJobKind = 'runbook' | 'binder';

export interface PdfQueueLimits {
  concurrency: number;
  perUser: number;
  perUserBinders: number;
  maxWaiting: number;
}

/** 429 (this user has enough PDFs in progress) or 503 (the queue is full), with Retry-After seconds. */
export class PdfQueueBusyError extends AppError {
  constructor(
    code: 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE',
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

/** The request went away while its PDF waited or printed: nobody reads the answer. */
export class PdfJobAbortedError extends Error {
  readonly code = 'PDF_ABORTED';
  constructor() {
    super('The PDF request was cancelled by the client.');
    this.name = 'PdfJobAbortedError';
  }
}

export function defaultPdfQueueLimits(): PdfQueueLimits {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const env = loadEnv();
  const concurrency = env.PDF_CONCURRENCY ?? Math.max(2, cores);
  return {
    concurrency,
    perUser: env.PDF_PER_USER,
    perUserBinders: env.PDF_PER_USER_BINDERS,
    maxWaiting: env.PDF_QUEUE_MAX ?? concurrency * 4,
  };
}

interface Job {
  user: string;
  kind: PdfJobKind;
  start: () => void;
  cancel: () => void;
}

export class PdfQueue {
  private readonly running: Record<PdfJobKind, number> = { runbook: 0, binder: 0 };
  private readonly waiting: Record<PdfJobKind, Job[]> = { runbook: [], binder: [] };
  private readonly users = new Map<string, { total: number; binders: number }>();
  /** Moving average of how long a job prints, per kind (for Retry-After). */
  private readonly avgMs: Record<PdfJobKind, number> = { runbook: 3_000, binder: 30_000 };

  constructor(readonly limits: PdfQueueLimits) {}

  get stats() {
    return { running: { ...this.running }, waiting: { runbook: this.waiting.runbook.length, binder: this.waiting.binder.length } };
  }

  private retryAfter(kind: PdfJobKind): number {
    const ahead =
      this.running.runbook + this.running.binder + this.waiting.runbook.length + (kind === 'binder' ? this.waiting.binder.length : 0);
    const avg = Math.max(this.avgMs.runbook, kind === 'binder' ? this.avgMs.binder : 0);
    return Math.min(300, Math.max(1, Math.ceil(((ahead + 1) * avg) / this.limits.concurrency / 1000)));
  }

  private canStart(kind: PdfJobKind): boolean {
    const busy = this.running.runbook + this.running.binder;
    if (busy >= this.limits.concurrency) return false;
    return kind === 'runbook' || this.running.binder < this.limits.concurrency - 1;
  }

  private pump(): void {
    for (const kind of ['runbook', 'binder'] as const) {
      while (this.waiting[kind].length > 0 && this.canStart(kind)) this.waiting[kind].shift()!.start();
    }
  }

  /**
   * Runs fn when a slot is free; throws PdfQueueBusyError at once when the user or the queue is over
   * its limit, PdfJobAbortedError when `signal` aborts while waiting.
   */
  async run<T>(
    user: string,
    kind: PdfJobKind,
    signal: AbortSignal | undefined,
    fn: (signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) throw new PdfJobAbortedError();
    const mine = this.users.get(user) ?? { total: 0, binders: 0 };
    if (mine.total >= this.limits.perUser || (kind === 'binder' && mine.binders >= this.limits.perUserBinders)) {
      const what =
        kind === 'binder' && mine.binders >= this.limits.perUserBinders
          ? `${this.limits.perUserBinders} PDF binder(s)`
          : `${this.limits.perUser} PDFs`;
      throw new PdfQueueBusyError(
        'TOO_MANY_REQUESTS',
        `You already have ${what} in progress: wait for them to finish, then try again.`,
        this.retryAfter(kind),
      );
    }
    const queued = this.waiting.runbook.length + this.waiting.binder.length;
    if (!this.canStart(kind) && queued >= this.limits.maxWaiting) {
      throw new PdfQueueBusyError(
        'SERVICE_UNAVAILABLE',
        'PDF rendering is busy: try again shortly. HTML and Markdown exports are not queued.',
        this.retryAfter(kind),
      );
    }
    mine.total += 1;
    if (kind === 'binder') mine.binders += 1;
    this.users.set(user, mine);
    const release = () => {
      mine.total -= 1;
      if (kind === 'binder') mine.binders -= 1;
      if (mine.total === 0) this.users.delete(user);
    };

    try {
      await new Promise<void>((resolve, reject) => {
        const job: Job = {
          user,
          kind,
          start: () => {
            signal?.removeEventListener('abort', job.cancel);
            this.running[kind] += 1;
            resolve();
          },
          cancel: () => {
            const list = this.waiting[kind];
            const at = list.indexOf(job);
            if (at >= 0) list.splice(at, 1);
            reject(new PdfJobAbortedError());
          },
        };
        if (this.canStart(kind) && this.waiting.runbook.length === 0 && (kind === 'runbook' || this.waiting.binder.length === 0)) {
          job.start();
          return;
        }
        signal?.addEventListener('abort', job.cancel, { once: true });
        this.waiting[kind].push(job);
      });
    } catch (e) {
      release();
      throw e;
    }

    const t0 = Date.now();
    try {
      return await fn(signal);
    } finally {
      this.avgMs[kind] = this.avgMs[kind] * 0.7 + (Date.now() - t0) * 0.3;
      this.running[kind] -= 1;
      release();
      this.pump();
    }
  }
}

/** The server's one queue (kept across hot reloads in development). */
export function pdfQueue(): PdfQueue {
  const g = globalThis as unknown as { __orpPdfQueue?: PdfQueue };
  g.__orpPdfQueue ??= new PdfQueue(defaultPdfQueueLimits());
  return g.__orpPdfQueue;
}

/** The answer for a busy queue: the error body with Retry-After. */
export function busyResponse(e: PdfQueueBusyError): Response {
  return Response.json(e.toJSON(), {
    status: e.status,
    headers: { 'retry-after': String(e.retryAfterSeconds), 'cache-control': 'no-store' },
  });
}

/**
 * For route handlers: runs `fn`, answering a busy queue with 429/503 + Retry-After and a request the
 * client abandoned with an empty 499 (nobody reads it; not logged as a server error).
 */
export async function withPdfQueueAnswers(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof PdfQueueBusyError) return busyResponse(e);
    if (e instanceof PdfJobAbortedError || (e instanceof Error && (e as { code?: string }).code === 'PDF_ABORTED'))
      return new Response(null, { status: 499 });
    throw e;
  }
}
