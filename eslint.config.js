// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The core is a pure library: it runs unchanged in the browser, a Web Worker and Node. */
const coreImportBan = {
  patterns: [
    {
      group: [
        'react',
        'react-*',
        'react/*',
        '@xyflow/*',
        'monaco-editor',
        'monaco-editor/*',
        'monaco-yaml',
        'zustand',
        'zustand/*',
        'elkjs',
        'elkjs/*',
      ],
      message: 'src/core is a pure library: no UI libraries (see design.md, "Layers").',
    },
    {
      group: ['**/ui/**', '**/worker/**', '**/cli/**', 'node:*', 'fs', 'path'],
      message: 'src/core must not depend on the UI, the worker, the CLI or Node built-ins.',
    },
  ],
};

const coreGlobalBan = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'fetch',
  'process',
  'performance',
].map((name) => ({
  name,
  message: 'src/core has no browser, Node or timer globals: inject what you need.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'third_party',
      'scratch',
      'test-results',
      'playwright-report',
      'src/core/validate/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'func-style': ['error', 'declaration', { allowArrowFunctions: true }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/*.bench.ts', 'src/core/testing/**'],
    rules: {
      'no-restricted-imports': ['error', coreImportBan],
      'no-restricted-globals': ['error', ...coreGlobalBan],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core takes a clock as an argument.' },
        {
          object: 'Math',
          property: 'random',
          message: 'src/core takes a random source as an argument.',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/worker/**/*.ts',
      'src/cli/**/*.ts',
      'bench/**/*.ts',
      'e2e/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '!**/core/index', '!**/core/index.ts'],
              message: 'Import the core through its public entry, src/core/index.ts.',
            },
          ],
        },
      ],
    },
  },
);
