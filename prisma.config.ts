import { defineConfig } from 'prisma/config';

// Only `prisma generate` uses this file; migrations are plain SQL applied by lib/server/db/migrate.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
});
