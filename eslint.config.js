import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The engine and the model are pure: they run in a worker, in Node and in tests.
const uiLibraries = ['react', 'react-dom', '@xyflow/react', 'zustand', 'recharts', 'comlink', 'idb-keyval'];
const purityRule = {
  'no-restricted-imports': [
    'error',
    {
      paths: uiLibraries.map((name) => ({ name, message: 'The engine and model stay pure: no UI libraries.' })),
      patterns: [
        { group: ['react/*', 'zustand/*', '@xyflow/*', 'recharts/*'], message: 'The engine and model stay pure.' },
        { group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/worker/**', '**/commands/**'], message: 'Layers point one way: model ← engine.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'No DOM in the engine.' },
    { name: 'document', message: 'No DOM in the engine.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Inject a seeded random stream instead.' },
    { object: 'Date', property: 'now', message: 'Time is an input to the engine, not read from the clock.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.prof'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/model/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: purityRule,
  },
  {
    // Commands are pure scenario → scenario functions under the store and the UI.
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibraries.map((name) => ({ name, message: 'Commands stay pure: no UI libraries.' })),
          patterns: [{ group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/worker/**', '**/engine/**'], message: 'Layers point one way: model ← commands ← store.' }],
        },
      ],
    },
  },
  {
    // SPEC §5: whatever the user typed is rendered as text, never parsed as HTML.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user text as text (SPEC §5).' },
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render user text as text (SPEC §5).' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render user text as text (SPEC §5).' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/cli/**/*.ts', 'server/**', 'scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
