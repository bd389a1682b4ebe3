import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** A feature imports its own folder and src/{ui,db,domain,store}, never a sibling feature. */
const siblingFeature = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/',
  message: 'Features do not import each other: share through src/ui, src/db or src/domain.',
};

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
          paths: [{ name: 'dexie', message: 'Use a repository in src/db.' }],
          patterns: [
            { group: ['**/db/db'], message: 'Use a repository or hook from src/db.' },
            siblingFeature,
          ],
        },
      ],
    },
  },
  {
    // Components read through hooks and write through repositories, never Dexie itself.
    files: ['src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Use a repository in src/db.' }],
          patterns: [{ group: ['**/db/db'], message: 'Use a repository or hook from src/db.' }],
        },
      ],
    },
  },
);
