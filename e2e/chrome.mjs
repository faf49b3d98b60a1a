// Finds the Chromium or Chrome the browser tests drive. Shared by the runner
// (scripts/run-e2e.mjs) and the harness, so both agree on one binary.
import { existsSync } from 'node:fs';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH if set and present, else the first known install path, else null. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CHROME_CANDIDATES.find((p) => existsSync(p)) ?? null;
}
