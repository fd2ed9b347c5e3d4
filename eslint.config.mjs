// Lint rules, including the layer rule: a file's folder says what it may import.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events'];
const nodeModules = [...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `node:${m}`), 'node:*'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'zustand', ...nodeModules].map((name) => ({
            name,
            message: 'shared/ is pure: no DOM, Node, Electron or UI imports.',
          })),
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no Node imports.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // About React Compiler memoisation, which this project does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeModules].map((name) => ({
            name,
            message: 'The renderer reaches the desktop only through the typed desktop API.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/electron/**'], message: 'The renderer does not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    // Worker entry points run off the page: no UI, no desktop (their globals are checked by
    // tsconfig.worker.json, which has no DOM).
    files: ['renderer/src/**/*.worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'dexie-react-hooks', 'electron', ...nodeModules].map((name) => ({
            name,
            message: 'A worker has no UI and no desktop: it runs jobs on plain data.',
          })),
          patterns: [
            { group: ['node:*'], message: 'A worker has no Node.' },
            { group: ['**/electron/**'], message: 'A worker does not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Main and preload do not import renderer code.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,mts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
