import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Role } from '../domain/types';
import { hashPassword } from './auth/crypto';
import { getDb } from './db/client';
import { withWriteLock } from './db/write-lock';
import { bumpRevision, encodeDataClasses } from './inventory/snapshot';
import { DEMO_INVENTORY, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { seedDemoActivity } from './seed-activity';
import { loadEnv } from '../env';

/** Seeds the demo inventory and users into an empty database (no users, no applications). */
export async function seedDemoIfEmpty(): Promise<boolean> {
  if (!loadEnv().SEED_DEMO) return false;
  const db = await getDb();
  const [users, apps] = await Promise.all([db.user.count(), db.application.count()]);
  if (users > 0 || apps > 0) return false;
  const hashed = await hashPassword(DEMO_PASSWORD);
  const groupIds = new Map(DEMO_INVENTORY.groups.map((g) => [g.name.toLowerCase(), randomUUID()]));
  await withWriteLock(() =>
    db.$transaction([
      ...DEMO_USERS.map((u) =>
        db.user.create({ data: { id: randomUUID(), email: u.email, name: u.name, role: u.role as Role, passwordHash: hashed } }),
      ),
      ...DEMO_INVENTORY.groups.map((g) =>
        db.group.create({
          data: {
            id: groupIds.get(g.name.toLowerCase())!,
            name: g.name,
            nameKey: g.name.toLowerCase(),
            alwaysRequireMfa: g.alwaysRequireMfa,
            memberCount: g.memberCount ?? null,
            description: g.description ?? null,
            updatedBy: 'demo-seed',
          },
        }),
      ),
      ...DEMO_INVENTORY.applications.map((a) =>
        db.application.create({
          data: {
            id: randomUUID(),
            name: a.name,
            nameKey: a.name.toLowerCase(),
            integration: a.integration,
            dataClasses: encodeDataClasses(a.dataClasses),
            mfaMandate: a.mfaMandate,
            criticality: a.criticality,
            configuredFailmode: a.configuredFailmode,
            owner: a.owner ?? null,
            notes: a.notes ?? null,
            onCallContact: a.onCallContact ?? null,
            escalation: a.escalation ?? null,
            updatedBy: 'demo-seed',
            access: { create: a.groups.map((g) => ({ groupId: groupIds.get(g.toLowerCase())! })) },
          },
        }),
      ),
      bumpRevision(db),
      db.auditLog.create({
        data: {
          actor: 'demo-seed',
          action: 'demo.seed',
          entity: 'inventory',
          after: JSON.stringify({ applications: DEMO_INVENTORY.applications.length, groups: DEMO_INVENTORY.groups.length }),
        },
      }),
    ]),
  );
  await seedDemoActivity();
  return true;
}
