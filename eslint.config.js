// Lint for every workspace (`npm run lint`): JavaScript's and TypeScript's recommended rules,
// and Lit's and the web-component rules for the elements. Types are checked by `tsc`
// (`npm run typecheck`); these rules catch what compiles but is wrong.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // mockServiceWorker.js is msw's generated worker, copied by `msw init`.
    ignores: ['**/dist/**', '**/node_modules/**', '**/storybook-static/**', 'docs-site/**', '**/.turbo/**', 'apps/api/data/**', '**/*.d.ts', '**/mockServiceWorker.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (callbacks, overrides).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['packages/elements/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['packages/elements/**/*.ts'], ...wc.configs['flat/recommended'] },
);
