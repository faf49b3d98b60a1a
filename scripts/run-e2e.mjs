#!/usr/bin/env node
// `npm run test:e2e`: the browser tests. Finds Chromium (installing Debian's
// package when it can), builds dist/ if missing, then runs the e2e vitest
// project, which serves dist/ with `vite preview`. It never skips silently:
// without a browser it says how to get one and fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChrome } from '../e2e/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`run-e2e: CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    return null;
  }
  if (canInstall()) {
    console.log('run-e2e: no Chromium found; installing Debian\'s chromium with apt-get');
    if (run('sh', ['-c', 'apt-get update && apt-get install -y chromium']) === 0) return findChrome();
  }
  return null;
}

const chrome = ensureChrome();
if (!chrome) {
  console.error('run-e2e: no Chromium or Chrome found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome');
  process.exit(1);
}
process.env.CHROME_PATH = chrome;

if (!existsSync(`${root}/dist/index.html`)) {
  console.log('run-e2e: no dist/ yet; building');
  if (run('npx', ['vite', 'build']) !== 0) process.exit(1);
}

process.exit(run('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts', ...process.argv.slice(2)]));
