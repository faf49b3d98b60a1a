// Builds bench/bare/ (the bare libraries' floor, issue 19) into bench/dist-bare/.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export async function buildBarePage(root: string): Promise<void> {
  const out = join(root, 'bench/dist-bare');
  const src = [join(root, 'bench/bare/main.tsx'), join(root, 'bench/bare/index.html')];
  if (existsSync(join(out, 'index.html')) && src.every((f) => statSync(f).mtimeMs < statSync(join(out, 'index.html')).mtimeMs)) return;
  console.log('bench: building the bare libraries page (bench/dist-bare)');
  await build({ root: join(root, 'bench/bare'), base: './', configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir: out, emptyOutDir: true, target: 'es2022' } });
}
