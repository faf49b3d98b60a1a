import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependency arrows (DESIGN.md §4): model imports nothing of ours; adapters and
// components import model (and i18n), not each other; only app combines them.
const zone = (from, banned) => ({
  files: [from],
  rules: {
    'no-restricted-imports': ['error', { patterns: banned.map((b) => ({ group: [b], message: `${from} may not import ${b}` })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/dist-timeline', 'coverage', 'public/vendor'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
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
  zone('src/model/**', ['react', 'react-dom', '**/adapters/**', '**/components/**', '**/app/**', '**/i18n/**', 'leaflet', 'recharts']),
  zone('src/adapters/**', ['**/components/**', '**/app/**']),
  zone('src/components/**', ['**/adapters/**', '**/app/**']),
);
