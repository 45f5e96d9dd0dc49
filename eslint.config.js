// The rooms of DESIGN.md are enforced here, not by memory: each block says which imports a
// folder may never make. A violation is an error, so `npm test` fails on it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'events'];

const forbid = (groups, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map((g) => ({ group: Array.isArray(g) ? g : [g], message })) },
  ],
});

const boxRooms = {
  selector: 'ImportDeclaration[source.value=/\\/box\\/(?!data-folder$)/]',
  message: 'The rooms of src-main/core/box/ are reached through the ballot box (docs/design.md).',
};
const serviceOnly = {
  selector: 'ImportDeclaration[source.value=/\\/core\\/(ballot-box|ballot-set|audit-log)$/]',
  message: 'Composition roots use the ApiService (calls and on()), never the ballot box itself.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: forbid(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-dom',
        'lowdb',
        '**/src-main/**',
        '**/src-renderer/**',
      ],
      'shared/ is pure: no Node, no DOM, no Electron, no other room (DESIGN.md).',
    ),
  },
  {
    // The bridge's names are bundled into the sandboxed preload: types only from elsewhere.
    files: ['shared/bridge.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*', '!electron'],
              allowTypeImports: true,
              message:
                'shared/bridge.ts is bundled into the sandboxed preload: import types only (no zod).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: forbid(
      ['electron', 'electron/*', '**/electron/**', '**/host/**', '**/src-renderer/**', 'react'],
      'src-main/core/ never imports electron, the host or the renderer; receive I/O by injection.',
    ),
  },
  {
    // The ballot box's rooms are its own: everyone else goes through the box (or, for the
    // data folder's file names, through box/data-folder). A rule of its own, because
    // no-restricted-imports is already set per room above. damaged-box.ts is the second facade:
    // the box that could not open (its PIN and lockout, from box/staff-pin).
    files: ['src-main/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    ignores: [
      'src-main/core/ballot-box.ts',
      'src-main/core/damaged-box.ts',
      'src-main/core/box/**',
    ],
    rules: { 'no-restricted-syntax': ['error', boxRooms] },
  },
  {
    // A composition root takes the API service and nothing else of the core's insides.
    files: ['src-main/host/**/*.ts', 'src-main/electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', boxRooms, serviceOnly] },
  },
  {
    files: ['src-main/host/**/*.ts', 'src-main/cli/**/*.ts'],
    rules: forbid(
      ['electron', 'electron/*', '**/electron/**', '**/src-renderer/**', 'react'],
      'The host and the CLI run under plain Node: no electron, no renderer code.',
    ),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [...nodeBuiltins, 'electron', 'electron/*', '**/src-main/**', 'lowdb'],
        'The renderer is a web page: no Node, no Electron, no main-process code.',
      ),
    },
  },
  {
    // Screens talk to the ApiClient interface only; the entry point alone picks a transport.
    files: ['src-renderer/{kiosk,results,staff,i18n,ui}/**/*.{ts,tsx}', 'src-renderer/app.tsx'],
    rules: forbid(
      [
        ...nodeBuiltins,
        'electron',
        '**/src-main/**',
        '**/api/http-client*',
        '**/api/preload-client*',
        './http-client*',
        './preload-client*',
      ],
      'Screens never know their transport: import the ApiClient from api/client.',
    ),
  },
  {
    files: ['src-main/electron/preload.ts'],
    rules: forbid(
      ['**/core/**', '**/host/**', 'lowdb'],
      'The sandboxed preload only bridges IPC; it cannot load main-process modules.',
    ),
  },
);
