// Part of `npm run bench` (bench/run.ts starts it; not meant to be run alone):
//   DATABASE_URL=file:/tmp/….db tsx --conditions=react-server bench/setup.ts INVENTORY.json
// Loads the inventory through the real data layer (applyImport as the CLI actor, the same path as
// `npm run import`), creates an admin, an API token and a signed-in session for that admin, and prints
// one JSON line on stdout: {importMs, imported, token, sessionToken, target: {id, name, …}}.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { login } from '../lib/server/auth/sessions';
import { disconnectDb } from '../lib/server/db/client';
import { applyImport } from '../lib/server/inventory/import';
import { getInventorySnapshot } from '../lib/server/inventory/snapshot';
import { createApiToken, createUser } from '../lib/server/users';
import { inventorySchema } from '../lib/validations/inventory';

const file = process.argv[2];
if (!file || !process.env.DATABASE_URL) {
  process.stderr.write('usage: DATABASE_URL=file:… tsx --conditions=react-server bench/setup.ts INVENTORY.json\n');
  process.exit(2);
}

const email = 'bench-admin@example.com';
const password = randomBytes(18).toString('base64url');

try {
  const inventory = inventorySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const t0 = performance.now();
  const imported = await applyImport({ actor: 'cli', inventory, source: 'bench' });
  const importMs = performance.now() - t0;
  await createUser({ actor: 'cli', input: { email, name: 'Bench Admin', role: 'admin', password } });
  const { token } = await createApiToken({ actor: 'cli', email, name: 'bench' });
  const session = await login({ email, password, ip: '127.0.0.1', userAgent: 'orp-bench' });

  // The page and runbook under load: the application with the most groups (ties: first by name), so
  // its runbook has the longest bypass and blast-radius sections: a conservative choice.
  const snap = await getInventorySnapshot();
  const target = [...snap.apps].sort((a, b) => b.groups.length - a.groups.length || a.name.localeCompare(b.name))[0];
  const x = snap.assessmentById.get(target.id)!;
  const levels: Record<string, number> = {};
  for (const a of snap.apps) {
    const level = snap.assessmentById.get(a.id)!.restrictionLevel;
    levels[level] = (levels[level] ?? 0) + 1;
  }
  process.stdout.write(
    `${JSON.stringify({
      importMs: Math.round(importMs),
      imported,
      applications: snap.apps.length,
      groups: snap.groups.length,
      levels,
      token,
      sessionToken: session.token,
      target: { id: target.id, name: target.name, groups: target.groups.length, level: x.restrictionLevel, findings: x.findings.length },
    })}\n`,
  );
  await disconnectDb();
  process.exit(0);
} catch (e) {
  process.stderr.write(`bench setup failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  await disconnectDb().catch(() => {});
  process.exit(1);
}
