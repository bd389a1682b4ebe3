import js from '@eslint/js';
import tseslint from 'typescript-eslint';
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
const dexieThroughRepositories = {
  paths: [{ name: 'dexie', message: 'Use a repository in src/db.' }],
  patterns: [{ group: ['**/db/db'], message: 'Use a repository or hook from src/db.' }],
};

const noData = (where) => ({
  paths: [
    { name: 'dexie', message: `${where}: no data. Connected parts go in src/connected.` },
    {
      name: 'dexie-react-hooks',
      message: `${where}: no data. Connected parts go in src/connected.`,
    },
  ],
  patterns: [
    {
      group: ['**/db', '**/db/**', '**/store/**', '**/connected/**', '**/features/**'],
      message: `${where}: no database, store or screen. Connected parts go in src/connected.`,
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'bench-results', 'coverage', 'dev-dist'] },
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
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
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
            '**/ui/**',
            '**/features/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.ts', 'src/features/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [siblingFeature] }] },
  },
  {
    files: ['src/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: dexieThroughRepositories.paths,
          patterns: [...dexieThroughRepositories.patterns, siblingFeature],
        },
      ],
    },
  },
  {
    // Connected parts read through hooks and write through repositories, never Dexie itself.
    files: ['src/connected/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: dexieThroughRepositories.paths,
          patterns: [
            ...dexieThroughRepositories.patterns,
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
    // Infrastructure (lazy loading, texts, dates): no data and no components of the app.
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noData('src/lib is infrastructure').paths,
          patterns: [
            ...noData('src/lib is infrastructure').patterns,
            { group: ['**/ui/**'], message: 'src/lib is infrastructure: no components.' },
          ],
        },
      ],
    },
  },
);
