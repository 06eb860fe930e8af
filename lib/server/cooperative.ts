import 'server-only';

/**
 * Lets timers and I/O run. The SQLite adapter answers synchronously, so a chain of awaited queries
 * and computations never gives the event loop a turn by itself: a large import or snapshot starved
 * every other request (`/api/health` included) for its whole length (issue 14 item 5).
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A counter that yields to the event loop every `every` calls (await it inside long loops). */
export function yieldEvery(every = 500): () => Promise<void> | undefined {
  let n = 0;
  return () => (++n % every === 0 ? yieldToEventLoop() : undefined);
}
