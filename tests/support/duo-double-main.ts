// The Duo test double as a process, for the e2e run (playwright.config.ts starts it as a webServer).
// Env: E2E_DUO_DIR (holds server.pem / server.key from tests/support/test-ca.ts), E2E_DUO_PORT.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDoubleState, startDuoDouble } from './duo-double';
import { fixtureState } from './duo-fixture';

const dir = process.env.E2E_DUO_DIR!;
const d = await startDuoDouble({
  cert: readFileSync(path.join(dir, 'server.pem'), 'utf8'),
  key: readFileSync(path.join(dir, 'server.key'), 'utf8'),
  port: Number(process.env.E2E_DUO_PORT),
  state: defaultDoubleState(fixtureState()),
  control: true,
});
console.log(`Duo test double on ${d.url}`);
const stop = () => void d.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
