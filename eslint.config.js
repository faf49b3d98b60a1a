import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// Dependency arrows (docs/design.md): model imports nothing of ours; adapters and
// components import model (and i18n), not each other; only app combines them.
const zone = (from, banned) => ({
  files: [from],
  rules: {
    'no-restricted-imports': ['error', { patterns: banned.map((b) => ({ group: [b], message: `${from} may not import ${b}` })) }],
  },
});

// The article assistant (src/extract/README.md) is a tool for the newsroom, not
// part of the page: it reads the model's types and nothing else of ours, and
// nothing the page ships imports it.
const assistantBoundary = {
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    'import-x/no-restricted-paths': ['error', {
      zones: [
        { target: './src/extract', from: './src', except: ['./extract', './model'], message: 'src/extract imports only src/model.' },
        { target: ['./src/!(extract)/**/*', './src/*.{ts,tsx}'], from: './src/extract', message: 'The page does not import the assistant (src/extract).' },
      ],
    }],
  },
};

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'bench/dist-timeline', 'bench/dist-bare', 'coverage', 'public/vendor'] },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  // No import cycle at runtime anywhere (type-only imports erase, so they are
  // not counted): each module can be read, tested and loaded after the ones it imports.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  assistantBoundary,
  // Effects say what they do, and so do their cleanups, as react-leaflet's do:
  // useEffect(function followMapResize() { …; return function stopFollowingResize() {…}; }).
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'CallExpression[callee.name=/^use(Layout|Insertion)?Effect$/] > ArrowFunctionExpression.arguments', message: 'Name the effect: useEffect(function whatItDoes() { … }).' },
        { selector: 'CallExpression[callee.name=/^use(Layout|Insertion)?Effect$/] > FunctionExpression > BlockStatement > ReturnStatement > ArrowFunctionExpression', message: 'Name the cleanup: return function undoWhat() { … }.' },
        { selector: 'CallExpression[callee.name=/^use(Layout|Insertion)?Effect$/] > FunctionExpression > BlockStatement > IfStatement ReturnStatement > ArrowFunctionExpression', message: 'Name the cleanup: return function undoWhat() { … }.' },
      ],
    },
  },
  zone('src/model/**', ['react', 'react-dom', '**/adapters/**', '**/components/**', '**/app/**', '**/i18n/**', 'leaflet', 'recharts']),
  zone('src/adapters/**', ['**/components/**', '**/app/**']),
  zone('src/components/**', ['**/adapters/**', '**/app/**']),
);
