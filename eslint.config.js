import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The data layer (DESIGN.md, "Shape as it grew"): features reach another feature only through a
// component it exports (a PascalCase .tsx), never its modules; data access lives in src-renderer/data.
const otherFeatureModule = {
  regex: '^\\.\\./[^/.]+/[a-z]',
  caseSensitive: true,
  message:
    'Import another feature only through its component; shared data access is in src-renderer/data.',
};
const dexieInComponent = {
  name: 'dexie',
  message:
    'Components do not touch Dexie: add a query or repository function in src-renderer/data.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Warns about libraries the React Compiler cannot memoise; this build does not use it.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // Personal data must never reach a log: the app itself does not log.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}', 'src-shared/**/*.ts'],
    ignores: ['src-main/dev/**', 'src-main/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src-renderer/features/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherFeatureModule] }] },
  },
  {
    files: ['src-renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [dexieInComponent] }],
      // Any `db.<table>` or `db.transaction` in a component is Dexie access: keep it in the data layer.
      'no-restricted-properties': ['error', { object: 'db', message: dexieInComponent.message }],
    },
  },
  {
    files: ['src-renderer/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [dexieInComponent], patterns: [otherFeatureModule] },
      ],
    },
  },
  {
    // Partners' files hold up to 200,000 records: spreading a list that long into one call throws
    // a RangeError (DESIGN.md, "Known pitfalls"). Where exchange data flows, loop instead.
    files: [
      'src-shared/exchange/**/*.ts',
      'src-shared/figures/**/*.ts',
      'src-main/cli/**/*.ts',
      'src-main/pdf/infographic-data.ts',
      'src-renderer/features/regional/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
          "CallExpression[callee.object.name='Math'] > SpreadElement",
          "CallExpression[callee.object.name='String'] > SpreadElement",
          "CallExpression[callee.property.name='apply']",
        ].map((selector) => ({
          selector,
          message: 'Do not spread a list into call arguments here (RangeError past ~120k): loop.',
        })),
      ],
    },
  },
  {
    // The shared core runs in the renderer, in main and in the CLI: nothing platform-bound.
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'react', 'react-dom', 'dexie'],
              message: 'src-shared is pure.',
            },
          ],
        },
      ],
    },
  },
);
