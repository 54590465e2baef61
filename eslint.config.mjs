// ESLint flat config: typescript-eslint's recommended rules for server/, admin/, shared/ and tests/,
// the Rules of Hooks for the admin's React code, and no formatting rules (Prettier owns those).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      'playground/.tmp/',
      'playground/.strapi/',
      'playground/dist/',
      'playground/build/',
      'playground/public/',
      'bench/results/',
      'bench/.tmp/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Strapi hands controllers a Koa context and services untyped documents: `any` is still common
      // there. Narrowing it is tracked as its own work, so it is not an error yet.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `const { performance } = require('perf_hooks')` and the like name a Node global on purpose.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    files: ['admin/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Plain CommonJS scripts: the playground, the benchmark, the browser tests, the repo's scripts.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The plugin logs through strapi.log; a test that prints a count says so with a directive.
    files: ['server/src/**', 'admin/src/**', 'shared/**', 'tests/{unit,integration,helpers}/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // The text rules refuse control characters, so their patterns name them.
    files: ['shared/text-rules.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['tests/{unit,integration,helpers}/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // The browser tests run code inside the page (page.evaluate).
    files: ['tests/browser/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier
);
