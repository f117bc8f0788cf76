// Lint rules that keep the architecture honest: the renderer and shared code never reach
// Node, Electron or the database, and the core never reaches Electron.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'events', 'buffer'];
const nodeOnly = [
  { group: ['electron', 'electron/*'], message: 'Only src/main (outside core) and src/preload may import electron.' },
  { group: ['better-sqlite3', 'kysely', 'kysely/*'], message: 'The database lives behind the contract, in src/main/core.' },
  { group: ['node:*', ...NODE_BUILTINS], message: 'Renderer and shared code run without Node.' },
  { group: ['**/main/**', '**/preload/**'], message: 'Talk to the main side through the contract client only.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text handling deliberately matches control characters, joiners and surrogates.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: nodeOnly }] },
  },
  {
    // The renderer takes values from src/shared only out of the zod-free files: a value import of
    // the schemas would pull zod into its first chunk (tests/integration/renderer-bundle.test.ts).
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'zod/*'], message: 'The renderer does not validate with zod: the contract is checked where it is served.' },
            {
              group: ['**/shared/domain', '**/shared/contract', '**/shared/report', '**/shared/factchecks.contract', '**/shared/contract-method'],
              allowTypeImports: true,
              message: 'Import values from shared/constants (no zod); types from here are fine (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/http/**/*.ts', 'src/main/cli/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*'], message: 'The core runs in plain Node (tests, CLI, serve): no electron here.' }] }],
    },
  },
);
