import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

// ESLint runs from the repository root.
const FEATURES = readdirSync('src/features');

/** Layering rules from DESIGN.md: domain ← state ← features/charts/export ← app; features never import each other. */
const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Browser-driving scripts run by Node (e.g. test/bench/slider-frame.mjs).
    files: ['test/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: [
            'react',
            'react-*',
            'zustand',
            'zundo',
            'recharts',
            '**/state/*',
            '**/features/*',
            '**/app/*',
            '**/ui/*',
          ],
          message: 'domain/ is pure TypeScript.',
        },
      ]),
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['react-dom', '**/features/*', '**/app/*', '**/ui/*'],
          message: 'state/ sits below the UI.',
        },
      ]),
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/app/*', ...FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/*`)],
          message: 'Features do not import each other or the app.',
        },
      ]),
    },
  })),
);
