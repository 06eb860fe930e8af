import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEXT_ORIGIN, safeNextPath } from '@/lib/validations/next-path';

describe('safeNextPath (where to go after signing in)', () => {
  it.each([
    ['/applications?q=web', '/applications?q=web'],
    ['/applications/abc#notes', '/applications/abc#notes'],
    ['/', '/'],
    ['/%09/evil.example', '/'],
    ['/%2f/evil.example', '/'],
    ['/%5cevil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\r\n/evil.example', '/'],
    ['/dashboard\r\nSet-Cookie: x=1', '/'],
    ['https://evil.example/', '/'],
    ['http://orp.invalid/x', '/'],
    ['javascript:alert(1)', '/'],
    [' /dashboard', '/'],
    ['', '/'],
    ['/%E0%A4%A', '/'],
    ['/' + 'a'.repeat(3000), '/'],
  ])('%j → %j', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it('non-strings → /', () => {
    for (const v of [null, undefined, 42, {}, ['/x']]) expect(safeNextPath(v)).toBe('/');
  });

  it('property: whatever comes in, the answer stays on this origin, also after one more decoding', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `/${s}`),
          fc.string().map((s) => `/${encodeURIComponent(s)}`),
        ),
        (s) => {
          const out = safeNextPath(s);
          expect(out.startsWith('/')).toBe(true);
          expect(out.startsWith('//')).toBe(false);
          expect(out).not.toMatch(/[\u0000-\u001f\u007f\\]/);
          expect(new URL(out, NEXT_ORIGIN).origin).toBe(NEXT_ORIGIN);
          expect(new URL(decodeURIComponent(out).replace(/[\t\r\n]/g, ''), NEXT_ORIGIN).origin).toBe(NEXT_ORIGIN);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
