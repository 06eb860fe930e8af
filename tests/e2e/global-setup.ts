// Before the workers start: build the app once (scripts/run.mjs build), then give each worker a stack
// of its own (decision 0097): a Duo test double on HTTPS (tests/support/duo-double.ts, trusted by the
// server through NODE_EXTRA_CA_CERTS) and a production server on a freshly seeded SQLite file, with the
// four demo users signed in. The stacks are listed in <E2E_DB_DIR>/stacks.json for fixtures.ts; the
// returned function stops them after the run.
import { request, type FullConfig } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDoubleState, startDuoDouble, type DuoDouble } from '../support/duo-double';
import { fixtureState } from '../support/duo-fixture';
import { makeTestCa } from '../support/test-ca';
import { authFile, DEMO_PASSWORD, ROLES, stacksFile, type E2eStack } from './fixtures';
import { startServer, type OwnServer } from './own-server';

export default async function globalSetup(config: FullConfig) {
  const root = process.env.E2E_DB_DIR!;
  const built = spawnSync(process.execPath, ['scripts/run.mjs', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`the build failed (scripts/run.mjs build exited with ${built.status})`);

  const ca = makeTestCa(path.join(root, 'duo-ca'));
  const doubles: DuoDouble[] = [];
  const servers: OwnServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await Promise.all(doubles.map((d) => d.close()));
  };
  const startStack = async (index: number): Promise<E2eStack> => {
    const dir = path.join(root, `worker-${index}`);
    mkdirSync(path.join(dir, 'auth'), { recursive: true });
    // The double answers "operational" unless a spec changes it (and changes it back).
    const duo = await startDuoDouble({
      cert: readFileSync(ca.certFile, 'utf8'),
      key: readFileSync(ca.keyFile, 'utf8'),
      port: 0,
      state: defaultDoubleState(fixtureState()),
      control: true,
    });
    doubles.push(duo);
    const server = await startServer(
      {
        NODE_EXTRA_CA_CERTS: ca.caFile,
        ORP_DUO_BASE_URL: duo.url,
        ORP_DUO_STATUS_URL: `${duo.url}/api/v2/summary.json`,
        ORP_DUO_STATUS_CACHE_SECONDS: '1',
        ORP_SECRET_KEY: 'e2e-only-secret-key-material-not-for-production',
      },
      { dir, onStderr: (line) => process.stderr.write(`[worker ${index} server] ${line}\n`) },
    );
    servers.push(server);
    for (const role of ROLES) {
      const api = await request.newContext({ baseURL: server.url });
      const res = await api.post('/api/v1/sessions', { data: { email: `${role}@example.com`, password: DEMO_PASSWORD } });
      if (res.status() !== 201) throw new Error(`signing ${role} in on ${server.url}: ${res.status()} ${await res.text()}`);
      await api.storageState({ path: authFile(dir, role) });
      await api.dispose();
    }
    return { index, dir, baseURL: server.url, databaseUrl: `file:${server.dbFile}`, duoUrl: duo.url };
  };

  const workers = Math.max(1, config.workers);
  try {
    const stacks = await Promise.all(Array.from({ length: workers }, (_, i) => startStack(i)));
    writeFileSync(stacksFile(), JSON.stringify(stacks, null, 2));
  } catch (e) {
    await stop();
    throw e;
  }
  return stop;
}
