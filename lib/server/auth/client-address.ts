import 'server-only';

/** Set by scripts/server.mjs from the socket; a client's own copy is dropped there. */
const CLIENT_ADDRESS_HEADER = 'x-orp-client-address';

const clean = (s: string | null | undefined) => {
  const v = (s ?? '').trim().replace(/^::ffff:/, '');
  return v ? v.slice(0, 64) : null;
};

/**
 * The client's address for throttling and the audit log (issue 18 item 5).
 * - Without TRUST_PROXY: the socket's peer address, which the server wrapper puts in
 *   CLIENT_ADDRESS_HEADER after removing any copy the client sent (under `next dev`, without the
 *   wrapper, it is unknown: null). X-Forwarded-For and X-Real-IP are ignored: anyone can send them.
 * - With TRUST_PROXY (one reverse proxy in front): the LAST X-Forwarded-For entry, the one that
 *   proxy appended from its own socket — the entries before it came from the client and can be
 *   forged — else X-Real-IP, else the peer address (the proxy's).
 */
export function clientAddressFrom(get: (name: string) => string | null, trustProxy: boolean): string | null {
  if (trustProxy) {
    const xff = (get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const fromProxy = clean(xff[xff.length - 1]) ?? clean(get('x-real-ip'));
    if (fromProxy) return fromProxy;
  }
  return clean(get(CLIENT_ADDRESS_HEADER));
}
