import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers, lowest first. Each may import itself and any layer listed before it;
// docs/ARCHITECTURE.md draws this list, so change both together.
const layers = [
  { type: 'api', pattern: 'src/api' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'ui', pattern: 'src/components/ui' },
  { type: 'shared', pattern: 'src/components/shared' },
  // Every other folder under components is a feature; features never import each other.
  { type: 'feature', pattern: 'src/components/*', capture: ['feature'] },
  { type: 'pages', pattern: 'src/pages' },
  { type: 'app', pattern: 'src/app' },
];
const below = (type) => {
  const index = layers.findIndex((layer) => layer.type === type);
  return layers.slice(0, index).map((layer) => layer.type);
};
const element = (...types) => ({ element: { types: { anyOf: types } } });

const elements = [
  ...layers.map((l) => ({ ...l, partialMatch: false, stopMatching: true })),
  { type: 'mocks', pattern: 'src/mocks', partialMatch: false, stopMatching: true },
  // The rest of src/: entry files (main.tsx; entry-server.ts, the one the server may import).
  { type: 'entry', pattern: 'src', partialMatch: false, stopMatching: true },
  { type: 'server', pattern: 'server', partialMatch: false, stopMatching: true },
  { type: 'harness', pattern: 'test/harness', partialMatch: false, stopMatching: true },
  { type: 'browser-tests', pattern: 'test/browser', partialMatch: false, stopMatching: true },
  { type: 'bench', pattern: 'scripts/bench', partialMatch: false, stopMatching: true },
];

const layerPolicies = [
  ...layers.map(({ type }) => ({ from: element(type), allow: { to: element(...below(type)) } })),
  { from: element('mocks'), allow: { to: element('api', 'lib') } },
  { from: element('app'), allow: { to: element('mocks') } },
  { from: element('entry'), allow: { to: element(...layers.map((l) => l.type)) } },
  { from: element('server'), allow: { to: { file: { categories: 'server-entry' } } } },
  // test/ and scripts/ import anything, but the browser tests and the bench share code only
  // through test/harness. (Later policies override earlier ones.)
  { from: element('browser-tests', 'bench', 'harness'), allow: { to: { element: { type: '*' } } } },
  { from: element('browser-tests', 'harness'), disallow: { to: element('bench') } },
  { from: element('bench', 'harness'), disallow: { to: element('browser-tests') } },
];

export default tseslint.config(
  { ignores: ['dist', 'test-results', 'node_modules', 'public/mockServiceWorker.js', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'API data is rendered as text only.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'scripts/**/*.ts', 'test/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': [{ category: 'server-entry', pattern: 'src/entry-server.ts' }],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkUnknownLocals: false, policies: layerPolicies },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Components never call fetch; use src/api queries.' },
      ],
    },
  },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
);
