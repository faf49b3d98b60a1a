// Before measuring: a fresh production build, the synthetic datasets and the
// TimelineJS page, all on disk under the repo.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from './generate.ts';

export const SIZES = [1_000, 10_000, 100_000] as const;
const SEED = 1;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), s.mtimeMs);
}

/** Builds dist/ when it is missing or older than any input of the build (or when forced). */
export function ensureBuild(root: string, force: boolean): void {
  const built = existsSync(join(root, 'dist/.vite/manifest.json')) ? statSync(join(root, 'dist/index.html')).mtimeMs : 0;
  const inputs = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newestMtime(join(root, p)));
  if (!force && built > Math.max(...inputs)) return;
  console.log('bench: building dist/ (vite build)');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

/** Writes bench/.data/events-<size>.json once per size and seed; returns their URL paths. */
export function ensureDatasets(root: string): Record<number, string> {
  const dir = join(root, 'bench/.data');
  mkdirSync(dir, { recursive: true });
  const paths: Record<number, string> = {};
  for (const size of SIZES) {
    const name = `events-${size}-seed${SEED}.json`;
    if (!existsSync(join(dir, name))) {
      console.log(`bench: generating ${name}`);
      writeFileSync(join(dir, name), JSON.stringify(generateDataset(size, SEED)));
    }
    paths[size] = `bench-data/${name}`;
  }
  return paths;
}
