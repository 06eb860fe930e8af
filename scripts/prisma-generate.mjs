// Runs `prisma generate` offline. The Prisma 7 CLI wants to download a schema-engine
// binary it does not need for `generate`; pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing file keeps it from trying (docs/decisions/0002-prisma-offline.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (!existsSync('prisma/schema.prisma')) process.exit(0);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
// One model, two dialects: the PostgreSQL schema is derived from the SQLite one (provider and
// output differ), so both generated clients always have the same models.
const source = readFileSync('prisma/schema.prisma', 'utf8');
const pg = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output       = "../lib/generated/prisma"', 'output       = "../lib/generated/prisma-pg"')
  .replace(
    /^\/\/ The source schema[^\n]*\n(\/\/[^\n]*\n)*/,
    '// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs: do not edit.\n',
  );
writeFileSync('prisma/schema.postgres.prisma', pg);
for (const schema of ['prisma/schema.prisma', 'prisma/schema.postgres.prisma']) {
  const r = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate', '--schema', schema], { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
