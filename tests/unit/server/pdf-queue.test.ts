// The PDF render queue (issue 14 item 4): what a user notices — a clear 429/503 with Retry-After
// instead of a request that hangs for minutes, a single runbook that prints while someone's binders
// wait, and no printing for a client that went away.
import { describe, expect, it } from 'vitest';
import { PdfJobAbortedError, PdfQueue, PdfQueueBusyError, busyResponse } from '@/lib/server/pdf-queue';

/** A job that prints until released. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  let started = false;
  let signal: AbortSignal | undefined;
  const job = async (s: AbortSignal | undefined) => {
    started = true;
    signal = s;
    await opened;
    return 'pdf';
  };
  return {
    job,
    open,
    get started() {
      return started;
    },
    get signal() {
      return signal;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const limits = { concurrency: 2, perUser: 2, perUserBinders: 1, maxWaiting: 2 };

describe('PdfQueue', () => {
  it('answers a second binder of the same user at once with 429 and Retry-After', async () => {
    const q = new PdfQueue(limits);
    const a = gate();
    const first = q.run('vic', 'binder', undefined, a.job);
    const second = q.run('vic', 'binder', undefined, async () => 'never');
    await expect(second).rejects.toBeInstanceOf(PdfQueueBusyError);
    const e = (await second.catch((x: unknown) => x)) as PdfQueueBusyError;
    expect(e.status).toBe(429);
    expect(e.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const res = busyResponse(e);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await res.json()).error.code).toBe('TOO_MANY_REQUESTS');
    a.open();
    await expect(first).resolves.toBe('pdf');
    // Once it is done the user may print again.
    await expect(q.run('vic', 'binder', undefined, async () => 'again')).resolves.toBe('again');
  });

  it('limits all PDFs of one user (runbooks too)', async () => {
    const q = new PdfQueue(limits);
    const a = gate();
    const b = gate();
    const p1 = q.run('vic', 'runbook', undefined, a.job);
    const p2 = q.run('vic', 'runbook', undefined, b.job);
    await expect(q.run('vic', 'runbook', undefined, async () => 'x')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    a.open();
    b.open();
    await Promise.all([p1, p2]);
  });

  it('prints a single runbook at once while binders of several users print and wait', async () => {
    const q = new PdfQueue(limits);
    const binders = ['ann', 'bob', 'cem'].map(() => gate());
    const running = binders.map((g, i) => q.run(`user-${i}`, 'binder', undefined, g.job));
    await tick();
    // concurrency 2: binders get at most one slot, the other is kept for single runbooks.
    expect(binders.map((g) => g.started)).toEqual([true, false, false]);
    const rb = gate();
    const single = q.run('dora', 'runbook', undefined, rb.job);
    await tick();
    expect(rb.started).toBe(true);
    rb.open();
    await expect(single).resolves.toBe('pdf');
    expect(binders[1]!.started).toBe(false);
    binders[0]!.open();
    await running[0];
    await tick();
    expect(binders[1]!.started).toBe(true);
    binders[1]!.open();
    binders[2]!.open();
    await Promise.all(running);
  });

  it('answers 503 with Retry-After when the queue is full', async () => {
    const q = new PdfQueue(limits);
    const gates = Array.from({ length: 3 }, () => gate());
    const jobs = gates.map((g, i) => q.run(`u${i}`, 'binder', undefined, g.job)); // 1 prints, 2 wait (maxWaiting)
    const full = q.run('u9', 'binder', undefined, async () => 'x');
    const e = (await full.catch((x: unknown) => x)) as PdfQueueBusyError;
    expect(e).toBeInstanceOf(PdfQueueBusyError);
    expect(e.status).toBe(503);
    expect(e.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    gates.forEach((g) => g.open());
    await Promise.all(jobs);
  });

  it('drops a waiting job whose client went away, and hands the signal to a printing one', async () => {
    const q = new PdfQueue(limits);
    const first = gate();
    const ac1 = new AbortController();
    const p1 = q.run('ann', 'binder', ac1.signal, first.job);
    const ac2 = new AbortController();
    const waiting = gate();
    const p2 = q.run('bob', 'binder', ac2.signal, waiting.job);
    await tick();
    expect(q.stats.waiting.binder).toBe(1);
    ac2.abort();
    await expect(p2).rejects.toBeInstanceOf(PdfJobAbortedError);
    expect(q.stats.waiting.binder).toBe(0);
    expect(waiting.started).toBe(false);
    expect(first.signal).toBe(ac1.signal);
    first.open();
    await p1;
    // bob's slot was released: he may print again.
    await expect(q.run('bob', 'binder', undefined, async () => 'ok')).resolves.toBe('ok');
  });
});
