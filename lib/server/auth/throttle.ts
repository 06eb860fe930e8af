import 'server-only';
import { Prisma } from '../../generated/prisma/client';
import { audit } from '../audit';
import { getDb } from '../db/client';
import { withWriteLock } from '../db/write-lock';

// Sign-in throttling (issue 14, docs/security.md V6). Three counters, each one row of "LoginThrottle":
//   pair:<email>|<address>  attempts on one account from one address   (5 free, then back-off)
//   addr:<address>          attempts on any account from one address   (20 free: slows spraying)
//   acct:<email>            failures on one account from all addresses (10 free) — it only holds back
//                           addresses that have failed before, so a lock-out caused elsewhere never
//                           refuses the right password from an address with no failures.
// An attempt CLAIMS its slot before the password hash is checked, in one UPDATE … RETURNING statement
// that increments the counter only when the key is not blocked and sets the next block from the new
// count; a claim that finds the key blocked changes nothing. There is no count-then-write step, so 40
// parallel attempts get at most the free number of hash checks. A successful sign-in clears the
// pair counter and gives its address slot back.

export const WINDOW_MS = 15 * 60_000;
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
export const FREE = { pair: 5, addr: 20, acct: 10 } as const;
/** Failed sign-ins reach the audit log as one row per account+address and minute. */
export const AUDIT_WINDOW_MS = 60_000;

type Kind = keyof typeof FREE;

/** The block that the n-th attempt in a window sets: none before the free attempts run out, then doubling. */
export function backoffMs(n: number, free: number): number {
  if (n < free) return 0;
  return Math.min(BACKOFF_BASE_MS * 2 ** (n - free), BACKOFF_CAP_MS);
}

function delaySql(hitsExpr: string, free: number): Prisma.Sql {
  // CASE over the few distinct values (constants only), so the block is computed inside the statement.
  const parts: string[] = [`WHEN ${hitsExpr} < ${free} THEN 0`];
  for (let n = free; backoffMs(n, free) < BACKOFF_CAP_MS; n++) parts.push(`WHEN ${hitsExpr} = ${n} THEN ${backoffMs(n, free)}`);
  return Prisma.raw(`(CASE ${parts.join(' ')} ELSE ${BACKOFF_CAP_MS} END)`);
}

export interface Claim {
  ok: boolean;
  hits: number;
  retryAfterSeconds: number;
}

type Db = Awaited<ReturnType<typeof getDb>>;

async function claim(db: Db, kind: Kind, key: string, nowMs: number): Promise<Claim> {
  // BigInt parameters: epoch milliseconds do not fit PostgreSQL's integer.
  const now = BigInt(nowMs);
  const cutoff = BigInt(nowMs - WINDOW_MS);
  const free = FREE[kind];
  const rows = await withWriteLock(async () => {
    await db.$executeRaw`INSERT INTO "LoginThrottle" ("key", "hits", "windowStart", "blockedUntil") VALUES (${key}, 0, CAST(${now} AS BIGINT), 0) ON CONFLICT ("key") DO NOTHING`;
    return db.$queryRaw<{ hits: number | bigint }[]>`
      UPDATE "LoginThrottle" SET
        "hits" = CASE WHEN "windowStart" <= CAST(${cutoff} AS BIGINT) THEN 1 ELSE "hits" + 1 END,
        "blockedUntil" = CAST(${now} AS BIGINT) + CASE WHEN "windowStart" <= CAST(${cutoff} AS BIGINT) THEN ${delaySql('1', free)} ELSE ${delaySql('("hits" + 1)', free)} END,
        "windowStart" = CASE WHEN "windowStart" <= CAST(${cutoff} AS BIGINT) THEN CAST(${now} AS BIGINT) ELSE "windowStart" END
      WHERE "key" = ${key} AND "blockedUntil" <= CAST(${now} AS BIGINT)
      RETURNING "hits"`;
  });
  if (rows.length === 1) return { ok: true, hits: Number(rows[0].hits), retryAfterSeconds: 0 };
  const row = await db.loginThrottle.findUnique({ where: { key } });
  const wait = row ? Number(row.blockedUntil) - nowMs : 1000;
  return { ok: false, hits: row?.hits ?? 0, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
}

/** Gives a claimed slot back (the attempt succeeded). */
async function refund(db: Db, kind: Kind, key: string): Promise<void> {
  await withWriteLock(
    () =>
      db.$executeRaw`UPDATE "LoginThrottle" SET "hits" = "hits" - 1, "blockedUntil" = CASE WHEN "hits" - 1 < ${FREE[kind]} THEN 0 ELSE "blockedUntil" END WHERE "key" = ${key} AND "hits" > 0`,
  );
}

async function bump(db: Db, key: string, now: number): Promise<void> {
  // An address without failures does not wait for the account counter, but its failure still counts.
  await claim(db, 'acct', key, now);
}

export interface LoginGate {
  /** null: go ahead and check the password; else the seconds to wait (answer 429). */
  retryAfterSeconds: number | null;
  /** Call after the password check. */
  settle(outcome: 'success' | 'failure', reason?: string): Promise<void>;
}

const addressOf = (ip: string | null | undefined) => (ip && ip.trim() ? ip.trim().slice(0, 64) : 'unknown');

/** Claims the slots for one attempt; a refused attempt is recorded for the audit log at once. */
export async function gateLogin(email: string, ip: string | null | undefined): Promise<LoginGate> {
  const db = await getDb();
  const now = Date.now();
  const address = addressOf(ip);
  await flushLoginAudit().catch((e) => console.error('login audit flush failed', e));
  const keys = { pair: `pair:${email}|${address}`, addr: `addr:${address}`, acct: `acct:${email}` };
  const refuse = async (seconds: number): Promise<LoginGate> => {
    await record(db, email, address, now, 'throttled');
    return { retryAfterSeconds: seconds, settle: async () => {} };
  };
  const pair = await claim(db, 'pair', keys.pair, now);
  if (!pair.ok) return refuse(pair.retryAfterSeconds);
  const addr = await claim(db, 'addr', keys.addr, now);
  if (!addr.ok) {
    await refund(db, 'pair', keys.pair);
    return refuse(addr.retryAfterSeconds);
  }
  // The account-wide counter holds back only an address that has tried (and not succeeded) before.
  const hasFailed = pair.hits > 1 || addr.hits > 1;
  if (hasFailed) {
    const acct = await claim(db, 'acct', keys.acct, now);
    if (!acct.ok) {
      await refund(db, 'pair', keys.pair);
      await refund(db, 'addr', keys.addr);
      return refuse(acct.retryAfterSeconds);
    }
  }
  return {
    retryAfterSeconds: null,
    settle: async (outcome, reason) => {
      if (outcome === 'success') {
        await withWriteLock(() => db.loginThrottle.deleteMany({ where: { key: keys.pair } }));
        await refund(db, 'addr', keys.addr);
        if (hasFailed) await refund(db, 'acct', keys.acct);
      } else {
        if (!hasFailed) await bump(db, keys.acct, now);
        await record(db, email, address, now, 'failure', reason);
      }
    },
  };
}

/** One atomic upsert per failed or throttled attempt into the current minute's row. */
async function record(db: Db, email: string, address: string, now: number, what: 'failure' | 'throttled', reason?: string) {
  const windowStart = BigInt(now - (now % AUDIT_WINDOW_MS));
  const f = what === 'failure' ? 1 : 0;
  const t = 1 - f;
  await withWriteLock(
    () => db.$executeRaw`
      INSERT INTO "LoginFailureWindow" ("email", "address", "windowStart", "failures", "throttled", "lastReason")
      VALUES (${email}, ${address}, CAST(${windowStart} AS BIGINT), ${f}, ${t}, ${reason ?? null})
      ON CONFLICT ("email", "address", "windowStart") DO UPDATE SET
        "failures" = "LoginFailureWindow"."failures" + ${f},
        "throttled" = "LoginFailureWindow"."throttled" + ${t},
        "lastReason" = COALESCE(${reason ?? null}, "LoginFailureWindow"."lastReason")`,
  );
}

/**
 * Turns every closed minute into one `login.failed` audit row (actor `ip:<address>`, the account,
 * `{ failures, throttled, from, to, reason }`). Runs before each sign-in and each audit read.
 */
export async function flushLoginAudit(opts: { all?: boolean } = {}): Promise<number> {
  const db = await getDb();
  const now = Date.now();
  // `all`: the current minute too (tests, and a reader who wants everything up to now).
  const current = opts.all ? now + 1 : now - (now % AUDIT_WINDOW_MS);
  const closed = await db.loginFailureWindow.findMany({
    where: { windowStart: { lt: current } },
    orderBy: { windowStart: 'asc' },
    take: 200,
  });
  let written = 0;
  for (const w of closed) {
    await withWriteLock(async () => {
      const gone = await db.loginFailureWindow.deleteMany({ where: { email: w.email, address: w.address, windowStart: w.windowStart } });
      if (gone.count !== 1) return;
      const from = Number(w.windowStart);
      await audit(db, {
        actor: { email: w.address === 'unknown' ? 'anonymous' : `ip:${w.address}` },
        action: 'login.failed',
        entity: 'user',
        entityId: w.email,
        after: {
          failures: w.failures,
          throttled: w.throttled,
          from: new Date(from).toISOString(),
          to: new Date(from + AUDIT_WINDOW_MS).toISOString(),
          reason: w.lastReason,
        },
      });
      written++;
    });
  }
  // Expired counters that block nothing any more.
  await withWriteLock(() =>
    db.loginThrottle.deleteMany({ where: { windowStart: { lte: BigInt(now - WINDOW_MS) }, blockedUntil: { lte: BigInt(now) } } }),
  );
  return written;
}
