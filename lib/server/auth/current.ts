import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import type { Actor } from '../permissions';
import { resolveApiToken, resolveSession, SESSION_COOKIE } from './sessions';
import { loadEnv } from '../../env';
import { clientAddressFrom } from './client-address';

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

/** The client's address: the socket's peer, or behind TRUST_PROXY what the proxy appended (./client-address.ts). */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return clientAddressFrom((name) => h.get(name), loadEnv().TRUST_PROXY);
}
