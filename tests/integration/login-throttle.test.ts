// Issue 14 item 1: sign-in throttling per account+address, per address and per account, with an atomic
// counter (no count-then-write), exponential back-off, and aggregated audit rows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { login } from '@/lib/server/auth/sessions';
import { hashChecks } from '@/lib/server/auth/crypto';
import { flushLoginAudit } from '@/lib/server/auth/throttle';
import { createUser } from '@/lib/server/users';
import { getDb } from '@/lib/server/db/client';
import { listAudit } from '@/lib/server/audit-log';
import { makeActors } from '../support/actors';

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const PW = 'correct horse battery';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('sign-in throttling', () => {
  it('40 parallel wrong passwords on one account from one address get at most 5 hash checks; the rest 429 with Retry-After', async () => {
    await createUser({ actor: 'cli', input: { email: 'par@corp.example', name: 'Par', role: 'viewer', password: PW } });
    const before = hashChecks.count;
    const spy = {
      mock: {
        get calls() {
          return { length: hashChecks.count - before };
        },
      },
    };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login({ email: 'par@corp.example', password: `wrong wrong ${i}`, ip: '10.1.1.1' }).catch((e: AppError) => e),
      ),
    );
    const codes = results.map((r) => (r instanceof AppError ? r.code : 'OK'));
    expect(spy.mock.calls.length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBe(spy.mock.calls.length);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBe(40 - spy.mock.calls.length);
    const throttled = results.find((r) => r instanceof AppError && r.code === 'TOO_MANY_REQUESTS') as AppError;
    expect(throttled.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('a lock-out caused from one address never refuses the right password from an address with no failures', async () => {
    await createUser({ actor: 'cli', input: { email: 'own@corp.example', name: 'Own', role: 'admin', password: PW } });
    // The attacker keeps trying from one address, waiting out each back-off (fake clock).
    // One address hammers the account; many addresses try it a few times each (a botnet).
    for (let i = 0; i < 10; i++)
      await login({ email: 'own@corp.example', password: `guess guess ${i}`, ip: '203.0.113.9' }).catch(() => {});
    for (let a = 0; a < 12; a++) {
      for (let i = 0; i < 2; i++)
        await login({ email: 'own@corp.example', password: `guess guess ${i}`, ip: `192.0.2.${a + 1}` }).catch(() => {});
    }
    expect(await code(login({ email: 'own@corp.example', password: PW, ip: '203.0.113.9' }))).toBe('TOO_MANY_REQUESTS');
    // An address that failed before is held back by the account-wide counter too.
    expect(await code(login({ email: 'own@corp.example', password: PW, ip: '192.0.2.1' }))).toBe('TOO_MANY_REQUESTS');
    // The owner, from an address with no failures, signs in.
    expect(await code(login({ email: 'own@corp.example', password: PW, ip: '198.51.100.7' }))).toBe('OK');
  });

  it('backs off exponentially: after the free attempts each failure doubles the wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // The wait before each failed password check (a throttled attempt changes nothing).
    const waits: number[] = [];
    let pending = 0;
    while (waits.length < 10) {
      const e = (await login({ email: 'exp@corp.example', password: 'guess guess x', ip: '10.2.2.2' }).catch(
        (x: AppError) => x,
      )) as AppError;
      if (e.code === 'UNAUTHENTICATED') {
        waits.push(pending);
        pending = 0;
      } else {
        expect(e.code).toBe('TOO_MANY_REQUESTS');
        pending += e.retryAfterSeconds!;
        vi.setSystemTime(Date.now() + e.retryAfterSeconds! * 1000);
      }
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 5, 10, 20, 40, 80]);
  });

  it('spraying many accounts from one address is slowed (per-address limit, socket address without TRUST_PROXY)', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 25; i++)
      codes.push(await code(login({ email: `spray${i}@corp.example`, password: 'guess guess guess', ip: '10.3.3.3' })));
    expect(codes.slice(0, 20).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(20)).toContain('TOO_MANY_REQUESTS');
  });

  it('aggregates failed and throttled attempts: one audit row per account+address per window, with a count', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 12; i++) await login({ email: 'agg@corp.example', password: `guess guess ${i}`, ip: '10.4.4.4' }).catch(() => {});
    await login({ email: 'agg@corp.example', password: 'guess guess z', ip: '10.4.4.5' }).catch(() => {});
    const db = await getDb();
    vi.setSystemTime(Date.now() + 16 * 60_000);
    // Reading the audit log brings in the minutes that are over.
    const listed = await listAudit({ actor: (await makeActors()).admin, query: { entityId: 'agg@corp.example' } });
    expect(listed.items).toHaveLength(2);
    const rows = await db.auditLog.findMany({ where: { entityId: 'agg@corp.example' }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.actor).sort()).toEqual(['ip:10.4.4.4', 'ip:10.4.4.5']);
    const first = JSON.parse(rows.find((r) => r.actor === 'ip:10.4.4.4')!.after!);
    expect(first.failures + first.throttled).toBe(12);
    expect(first.failures).toBe(5);
    expect(rows.every((r) => r.action === 'login.failed')).toBe(true);
    await flushLoginAudit();
    expect(await db.auditLog.count({ where: { entityId: 'agg@corp.example' } })).toBe(2);
  });
});
