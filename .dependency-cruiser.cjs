// The layer rule of README/ARCHITECTURE.md, enforced: `npm run depcheck` (part of `npm run lint` and
// `npm test`) fails on any violation. Type-only imports count (tsPreCompilationDeps).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere (type-only imports included).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'lib/domain is pure TypeScript: nothing from Next, React, Prisma, the generated client or lib/server.',
      from: { path: '^lib/domain/' },
      to: {
        path: [
          '^node_modules/(next|react|react-dom|@prisma|prisma|next-intl|server-only)/',
          '^lib/generated/',
          '^lib/server/',
          '^lib/actions/',
          '^app/',
          '^components/',
        ],
      },
    },
    {
      name: 'app-without-prisma',
      severity: 'error',
      comment: 'Routes and pages reach the database only through lib/server (never Prisma or lib/generated).',
      from: { path: '^app/' },
      to: { path: ['^node_modules/(@prisma|prisma)/', '^lib/generated/'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: {},
      to: { couldNotResolve: true, pathNot: ['^server-only$', '^bun:'] },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^lib/generated/'] },
    exclude: { path: ['^\\.next/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
