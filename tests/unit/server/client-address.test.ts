import { describe, expect, it } from 'vitest';
import { clientAddressFrom } from '@/lib/server/auth/client-address';

const from = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe('clientAddressFrom (issue 18 item 5)', () => {
  it('without TRUST_PROXY: the socket address the server wrapper set; forwarding headers are ignored', () => {
    expect(
      clientAddressFrom(
        from({ 'x-orp-client-address': '192.0.2.7', 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2' }),
        false,
      ),
    ).toBe('192.0.2.7');
    expect(clientAddressFrom(from({ 'x-orp-client-address': '::ffff:192.0.2.8' }), false)).toBe('192.0.2.8');
    expect(clientAddressFrom(from({ 'x-forwarded-for': '198.51.100.1' }), false)).toBeNull();
  });
  it('with TRUST_PROXY: the entry the proxy appended (the last), not the ones a client can forge', () => {
    expect(clientAddressFrom(from({ 'x-forwarded-for': '203.0.113.66, 192.0.2.9', 'x-orp-client-address': '10.0.0.1' }), true)).toBe(
      '192.0.2.9',
    );
    expect(clientAddressFrom(from({ 'x-forwarded-for': ' 192.0.2.10 ' }), true)).toBe('192.0.2.10');
    expect(clientAddressFrom(from({ 'x-real-ip': '192.0.2.11', 'x-orp-client-address': '10.0.0.1' }), true)).toBe('192.0.2.11');
    expect(clientAddressFrom(from({ 'x-orp-client-address': '10.0.0.1' }), true)).toBe('10.0.0.1');
    expect(clientAddressFrom(from({ 'x-forwarded-for': 'x'.repeat(300) }), true)).toHaveLength(64);
  });
});
