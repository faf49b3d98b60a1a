import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative base so the build works from any folder a newsroom serves it from.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'model', environment: 'node', include: ['src/model/**/*.test.ts', 'src/extract/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'] },
      },
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
