import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../../lib/env';

describe('parseEnv', () => {
  it('gives the documented defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      SESSION_IDLE_HOURS: 12,
      SEED_DEMO: true,
      COOKIE_SECURE: false,
      DATABASE_POOL_SIZE: 10,
      RUNBOOK_CACHE_MB: 64,
      PDF_PER_USER: 2,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['SESSION_IDLE_HOURS', 'twelve'],
    ['SESSION_IDLE_HOURS', '0'],
    ['DATABASE_POOL_SIZE', '1.5'],
    ['SEED_DEMO', 'no'],
    ['COOKIE_SECURE', 'yes'],
    ['PDF_CONCURRENCY', '1'],
    ['RUNBOOK_CACHE_MB', '-1'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    let err: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EnvError);
    expect((err as EnvError).issues.map((i) => i.variable)).toEqual([name]);
    expect((err as Error).message).toContain(name);
  });

  it('reads numbers and booleans', () => {
    expect(parseEnv({ SESSION_IDLE_HOURS: '0.5', TRUST_PROXY: 'true', PDF_QUEUE_MAX: '0' })).toMatchObject({
      SESSION_IDLE_HOURS: 0.5,
      TRUST_PROXY: true,
      PDF_QUEUE_MAX: 0,
    });
  });
});
