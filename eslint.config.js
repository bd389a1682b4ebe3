import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * A feature imports its own folder and src/{connected,ui,lib,db,domain,store}, never a
 * sibling feature.
 */
const siblingFeature = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/',
  message:
    'Features do not import each other: share through src/connected, src/ui, src/lib, src/db or src/domain.',
};

/** Dexie itself stays behind the repositories in src/db. */
const noDexie = { name: 'dexie', message: 'Use a repository in src/db.' };
const noDatabaseObject = { group: ['**/db/db'], message: 'Use a repository or hook from src/db.' };

/** The checklist is used through its one entry, so every change goes through its writer. */
const checklistEntry = {
  group: ['**/db/checklist/*'],
  message: 'Use the checklist through its entry: src/db/checklist (index.ts).',
};

/** For src/ui and src/lib: no database, store, connected part or screen. */
function noData(where) {
  const message = `${where}: no database or store here; parts that read them go in src/connected.`;
  return {
    paths: [
      { name: 'dexie', message },
      { name: 'dexie-react-hooks', message },
    ],
    patterns: [
      {
        group: ['**/db', '**/db/**', '**/store/**', '**/connected/**', '**/features/**'],
        message,
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'server/dist',
      'dist-bench',
      'node_modules',
      'bench-results',
      'coverage',
      'dev-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // An import cycle makes the load order matter and hides which module depends on which.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'server/tests/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Pure domain: no React, no Dexie, no browser.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'dexie',
            'dexie-*',
            '**/db/**',
            '**/store/**',
            '**/lib/**',
            '**/ui/**',
            '**/connected/**',
            '**/features/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [siblingFeature, checklistEntry] }] },
  },
  {
    // Screens read through hooks and write through repositories, never Dexie itself.
    files: ['src/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noDexie], patterns: [noDatabaseObject, checklistEntry, siblingFeature] },
      ],
    },
  },
  {
    // Shared parts bound to the database or the store: through hooks and repositories too.
    files: ['src/connected/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noDexie],
          patterns: [
            noDatabaseObject,
            checklistEntry,
            { group: ['**/features/**'], message: 'Shared parts do not import a screen.' },
          ],
        },
      ],
    },
  },
  {
    // Presentational only: what to show comes in through props.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', noData('src/ui is presentational')] },
  },
  {
    // Infrastructure (lazy loading, texts, date formats, focus): no data, no components.
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noData('src/lib is infrastructure'),
          patterns: [
            ...noData('src/lib is infrastructure').patterns,
            { group: ['**/ui/**'], message: 'src/lib is infrastructure: no components.' },
          ],
        },
      ],
    },
  },
);
