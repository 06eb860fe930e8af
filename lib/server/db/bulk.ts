import 'server-only';
import type { Db } from './client';
import type { Prisma } from '../../generated/prisma/client';
import { resolveDatabase } from './config';
import { yieldToEventLoop } from '../cooperative';

type Cell = string | number | boolean | Date | null;
/** One statement of a large write, built on the connection (transaction) it runs on. */
export type Op = (c: Prisma.TransactionClient) => Prisma.PrismaPromise<unknown>;

// Rows per INSERT statement: each statement runs synchronously in the SQLite driver (libSQL), so it is kept
// small enough (~10 ms) for the event loop to serve other requests between statements.
const ROWS_PER_STATEMENT = 250;

/**
 * Multi-row INSERTs as raw statements, for the import's new rows (issue 14 item 5). Prisma's
 * `createMany` compiles every row in its query compiler (WASM): 15,000 applications took 38 s.
 * A raw statement goes to the driver as it is. Values are bound parameters (never spliced into
 * the SQL); booleans and dates are written as Prisma writes them (SQLite: 0/1 and ISO text with
 * "+00:00"; PostgreSQL: the driver's own types).
 */
export function insertRows(table: string, columns: readonly string[], rows: readonly Cell[][]): Op[] {
  const sqlite = resolveDatabase().kind === 'sqlite';
  const cols = columns.map((c) => `"${c}"`).join(', ');
  const out: Op[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const params: Cell[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((v) => {
        params.push(sqlite ? toSqlite(v) : v);
        return sqlite ? '?' : `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    const sql = `INSERT INTO "${table}" (${cols}) VALUES ${tuples.join(', ')}`;
    out.push((c) => c.$executeRawUnsafe(sql, ...params));
  }
  return out;
}

function toSqlite(v: Cell): string | number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString().replace('Z', '+00:00');
  return v;
}

/**
 * Runs the statements as one transaction (all or nothing), one after another, giving the event
 * loop a turn between them. A batch `$transaction([...])` over the synchronous SQLite adapter runs
 * as one chain of microtasks: a large import starved every other request (and `/api/health`) for
 * its whole length. An interactive transaction is safe here only because `conn` is the import's
 * own connection (`getBulkDb`), used under the write lock: no other request's query can land in it.
 */
export async function runInSteps(conn: Db, ops: readonly Op[], { timeoutMs = 10 * 60_000 } = {}): Promise<void> {
  await conn.$transaction(
    async (tx) => {
      for (const op of ops) {
        await op(tx);
        await yieldToEventLoop();
      }
    },
    { timeout: timeoutMs, maxWait: 30_000 },
  );
}
