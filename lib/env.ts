// The one place that reads the environment (every variable is documented in .env.example). Validated
// with Zod: a bad value is an error naming the variable, raised by `npm start` / `npm run dev` before
// the server starts (scripts/migrate.ts calls loadEnv()) and by any CLI. The parsed result is kept and
// parsed again only when one of the variables changes (tests set some of them per file).
import { z } from 'zod';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const int = (min: number) => z.coerce.number().int().min(min);
const num = (min: number) => z.coerce.number().min(min);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  /** `file:./data/app.db` (default) or `postgresql://…`. */
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: int(1).default(10),
  SEED_DEMO: bool.default(true),
  SESSION_IDLE_HOURS: num(0.01).default(12),
  COOKIE_SECURE: bool.default(false),
  TRUST_PROXY: bool.default(false),
  REVISION_CACHE_MS: int(0).default(250),
  AUTH_CACHE_MS: int(0).default(5000),
  RUNBOOK_CACHE_MB: num(0).default(64),
  CHROMIUM_PATH: z.string().min(1).optional(),
  ORP_CHROMIUM_DIR: z.string().min(1).optional(),
  PDF_CONCURRENCY: int(2).optional(),
  PDF_PER_USER: int(1).default(2),
  PDF_PER_USER_BINDERS: int(1).default(1),
  PDF_QUEUE_MAX: int(0).optional(),
});
export type Env = z.output<typeof envSchema>;

const NAMES = Object.keys(envSchema.shape) as (keyof Env)[];

export class EnvError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid environment: ${issues.map((i) => `${i.variable}: ${i.message}`).join('; ')}`);
    this.name = 'EnvError';
  }
}

/** Parses the given variables (an empty string counts as unset). Throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const picked = Object.fromEntries(NAMES.map((n) => [n, source[n] === '' ? undefined : source[n]]));
  const r = envSchema.safeParse(picked);
  if (r.success) return r.data;
  throw new EnvError(
    r.error.issues.map((i) => ({
      variable: String(i.path[0]),
      message: `${i.message} (got ${JSON.stringify(picked[String(i.path[0])])})`,
    })),
  );
}

let cached: { key: string; env: Env } | undefined;

/** The validated environment of this process. */
export function loadEnv(): Env {
  const key = NAMES.map((n) => process.env[n] ?? '').join('\u0000');
  if (cached?.key !== key) cached = { key, env: parseEnv(process.env) };
  return cached.env;
}
