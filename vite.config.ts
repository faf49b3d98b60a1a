import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { slimBasemap } from './scripts/vite-basemap.ts';
import { firstScreenPreload } from './scripts/vite-first-screen.ts';
import { prerenderViews } from './scripts/vite-prerender.ts';
import { newsroomTheme } from './scripts/vite-theme.ts';

// The policy the production build runs under (docs/embed.md). No inline script
// or style is needed: Leaflet, React and recharts set styles through the CSSOM,
// which style-src does not govern. frame-ancestors is the newsroom's call.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

// Relative base so the build works from any folder a newsroom serves it from.
export default defineConfig({
  base: './',
  plugins: [react(), slimBasemap(fileURLToPath(new URL('.', import.meta.url))), firstScreenPreload(), newsroomTheme(fileURLToPath(new URL('.', import.meta.url))), prerenderViews(fileURLToPath(new URL('.', import.meta.url)))],
  // The manifest lets scripts/size-budget.mjs find what the first render loads (docs/bench.md).
  build: { target: 'es2022', sourcemap: false, manifest: true },
  // `npm start` serves the build under the production policy, so a local run
  // shows what a newsroom will see. Not on the dev server: Vite's HMR client and
  // React Refresh preamble are inline scripts.
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'model', environment: 'node', include: ['src/model/**/*.test.ts', 'src/static/**/*.test.ts', 'src/theme.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'] },
      },
      // The article assistant (src/extract/README.md): Node-only, tested on its own.
      { extends: true, test: { name: 'extract', environment: 'node', include: ['src/extract/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/adapters/**/*.test.ts', 'src/app/**/*.test.ts', 'src/i18n/**/*.test.ts'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
