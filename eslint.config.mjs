// ESLint flat config: typescript-eslint (recommended), Next's rules (recommended + Core Web Vitals) and
// React hooks. Run with `npm run lint` (also part of `npm test`).
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', 'lib/generated/', 'data/', 'test-results/', 'playwright-report/', 'next-env.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
      // The React Compiler is not enabled (next.config.ts): its note that react-hook-form's watch() skips
      // memoisation is about a compilation that does not happen here.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Every spec runs on its worker's own server and database (decision 0097): `test` comes from
    // tests/e2e/fixtures.ts, which points baseURL and the storage states at that worker's stack.
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import `test` from './fixtures': it gives the spec its worker's server and database.",
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Use the worker stack helpers of ./fixtures (e2eDatabaseUrl, duoDoubleUrl).' },
      ],
    },
  },
);
