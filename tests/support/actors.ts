import type { Role } from '@/lib/domain/types';
import type { Actor } from '@/lib/server/permissions';
import { createUser } from '@/lib/server/users';

/** Creates real users in the test database and returns them as actors of the data layer. */
export async function makeActors(): Promise<Record<Role, Actor>> {
  const out = {} as Record<Role, Actor>;
  for (const role of ['admin', 'editor', 'reviewer', 'viewer'] as const) {
    const email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.example`;
    const u = await createUser({ actor: 'cli', input: { email, name: role, role, password: 'correct horse battery' } });
    out[role] = { id: u.id, email: u.email, name: role, role, locale: 'en', via: 'session' };
  }
  return out;
}
