import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';

// ESLint runs from the repository root.
const FEATURES = readdirSync('src/features');

/** Layering rules from DESIGN.md: domain ← state ← features/charts/export ← app; features never import each other. */
const restrict = (patterns) => ['error', { patterns }];

/**
 * Which layer may import which (DESIGN.md): domain ← views ← charts/export; domain ← state ← features ← app;
 * i18n and ui beside. Each zone lists what a layer must not import.
 */
const LAYERS = [
  'domain',
  'views',
  'state',
  'charts',
  'export',
  'i18n',
  'ui',
  'features',
  'app',
  'workers',
  'workshop',
];
const FORBIDDEN = {
  domain: ['views', 'state', 'charts', 'export', 'i18n', 'ui', 'features', 'app', 'workshop'],
  views: ['state', 'charts', 'export', 'ui', 'features', 'app'],
  state: ['views', 'charts', 'export', 'i18n', 'ui', 'features', 'app'],
  charts: ['state', 'features', 'app'],
  export: ['state', 'charts', 'i18n', 'ui', 'features', 'app'],
  i18n: ['views', 'state', 'charts', 'export', 'ui', 'features', 'app'],
  ui: ['state', 'charts', 'features', 'app'],
  features: ['app'],
  app: [],
  // A worker runs domain code only; pages reach it by URL (new Worker(new URL(…))), never by import.
  workers: ['views', 'state', 'charts', 'export', 'i18n', 'ui', 'features', 'app', 'workshop'],
  // The live room (Yjs, keys, relay): it reads and writes the room only; the project changes through state/.
  workshop: ['views', 'state', 'charts', 'export', 'i18n', 'ui', 'features', 'app'],
};
const zones = LAYERS.flatMap((layer) =>
  FORBIDDEN[layer].map((from) => ({
    target: `./src/${layer}`,
    from: `./src/${from}`,
    message: `${layer}/ may not import ${from}/ (DESIGN.md, "Layout and layers").`,
  })),
).concat(
  // Features never import each other: what two share moves down (a relative '../swot/…' included).
  FEATURES.flatMap((feature) =>
    FEATURES.filter((other) => other !== feature).map((other) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${other}`,
      message: 'Features do not import each other: move what two features share down a layer.',
    })),
  ),
  [
    {
      target: './src/views',
      from: './src/i18n',
      except: ['./format.ts'],
      message: 'views/ use only i18n/format.ts; the translator comes in as an argument.',
    },
  ],
);

export default tseslint.config(
  { ignores: ['dist', 'dist-profile', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Browser-driving scripts run by Node (e.g. test/bench/slider-frame.mjs), and the workshop's server.
    files: ['test/**/*.mjs', 'src/server/**/*.mjs'],
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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without extensions and parsers import-x cannot read a .ts dependency, and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Small files with one job (DESIGN.md); CSS files are held to it by test/lint/fileSize.test.ts.
      'max-lines': ['error', { max: 300 }],
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
  {
    // Named edits (DESIGN.md, "State"): a component calls an action of state/<area>Actions.ts, which says how
    // it is undone; it never builds a recipe from a domain edit, calls the store's change or ends coalescing.
    files: ['src/features/**', 'src/app/**', 'src/ui/**', 'src/charts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        {
          group: ['**/domain/*/edit', '**/state/history'],
          message:
            'Edit through a named action in state/ (e.g. state/swotActions.ts), which says how it is undone.',
        },
        {
          group: [
            '**/state/autosave',
            '**/state/libraryActions',
            '**/state/libraryList',
            '**/state/recovery',
            '**/state/repository',
            '**/state/projectRepository',
          ],
          allowTypeImports: true,
          message:
            'Reach storage through state/projectSession.ts, the one place that opens, saves and syncs.',
        },
      ]),
      'no-restricted-syntax': [
        'error',
        {
          selector: "ArrowFunctionExpression > MemberExpression.body[property.name='change']",
          message: "Edit through a named action in state/, not the store's change.",
        },
        {
          selector: "MemberExpression[object.callee.property.name='getState'][property.name='change']",
          message: "Edit through a named action in state/, not the store's change.",
        },
      ],
    },
  },
);
