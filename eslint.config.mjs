// Lint rules, including the layer rule: a file's folder says what it may import.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Matches an import of any of these packages or of a path inside one (`zustand/vanilla`). */
const packagesRegex = (names) =>
  `^(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/.*)?$`;

/** Every Node built-in, with or without `node:`, and its subpaths (`path/posix`, `fs/promises`). */
const nodeBuiltins = (message) => ({
  regex: `^node:|${packagesRegex([...new Set(builtinModules.map((name) => name.split('/')[0]))])}`,
  message,
});

/** Node's own globals: code that runs without Node has none of them. */
const nodeGlobals = (message) =>
  ['process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate'].map(
    (name) => ({ name, message }),
  );

const UI_PACKAGES = [
  'react',
  'react-dom',
  'react-is',
  'zustand',
  'dexie-react-hooks',
  'recharts',
  '@dnd-kit',
  '@tanstack',
];

/** zod is imported through shared/zod.ts alone, which turns off its probe for eval (see there). */
const ZOD_ONLY_THROUGH_SHARED = {
  regex: '^zod($|/)',
  message: "Import z from shared/zod.ts ('@shared/zod'), which keeps zod from probing for eval.",
};

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
          patterns: [
            nodeBuiltins('shared/ is pure: no Node imports.'),
            {
              regex: packagesRegex(['electron', 'dexie', ...UI_PACKAGES]),
              message: 'shared/ is pure: no DOM, Node, Electron, storage or UI imports.',
            },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing above it.' },
            ZOD_ONLY_THROUGH_SHARED,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals('shared/ runs everywhere, Node or not: no Node globals.')],
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
          patterns: [
            nodeBuiltins('The renderer has no Node.'),
            {
              regex: packagesRegex(['electron']),
              message: 'The renderer reaches the desktop only through the typed desktop API.',
            },
            { group: ['**/electron/**'], message: 'The renderer does not import main-process code.' },
            ZOD_ONLY_THROUGH_SHARED,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals('The renderer has no Node.')],
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
          patterns: [
            nodeBuiltins('A worker has no Node.'),
            {
              regex: packagesRegex(['electron', ...UI_PACKAGES]),
              message: 'A worker has no UI and no desktop: it runs jobs on plain data.',
            },
            { group: ['**/electron/**'], message: 'A worker does not import main-process code.' },
            ZOD_ONLY_THROUGH_SHARED,
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
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'Main and preload do not import renderer code.' },
            ZOD_ONLY_THROUGH_SHARED,
          ],
        },
      ],
    },
  },
  {
    // The sandboxed preload is a narrow bridge: electron and the shared contract, nothing else
    // (it can require nothing but electron; the build test checks the bundle too).
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins('The sandboxed preload has no Node.'),
            {
              regex: '^(?!electron$|@shared/)[^./]',
              message: 'The preload imports only electron and the shared contract (@shared/…).',
            },
            { group: ['**/renderer/**'], message: 'Main and preload do not import renderer code.' },
            { group: ['**/main/**', '**/launcher/**'], message: 'The preload does not import main-process code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals('The sandboxed preload has no Node.')],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,mts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
