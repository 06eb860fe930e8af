import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import type { Actor } from '../permissions';
import { resolveApiToken, resolveSession, SESSION_COOKIE } from './sessions';
import { loadEnv } from '../../env';

/** The actor of this request: a Bearer API token, else the session cookie; null when neither is valid. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const h = await headers();
  const auth = h.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth.trim());
    return m ? resolveApiToken(m[1]) : null;
  }
  const c = await cookies();
  return resolveSession(c.get(SESSION_COOKIE)?.value);
});

/** Set by scripts/server.mjs from the socket; a client's own copy is dropped there. */
export const CLIENT_ADDRESS_HEADER = 'x-orp-client-address';

export async function clientIp(): Promise<string | null> {
  const h = await headers();
  // Trust X-Forwarded-For / X-Real-IP only behind a proxy that sets them (TRUST_PROXY=true).
  if (loadEnv().TRUST_PROXY) {
    const xff = h.get('x-forwarded-for') ?? h.get('x-real-ip');
    if (xff) return xff.split(',')[0].trim().slice(0, 64);
  }
  // Otherwise the socket's peer address, which the server wrapper (scripts/server.mjs) puts in this
  // header after removing any copy the client sent. Without the wrapper (next dev) it is unknown.
  const peer = h.get(CLIENT_ADDRESS_HEADER);
  return peer ? peer.slice(0, 64) : null;
}
