// Headless Chromium for the bench: a fresh profile, a cold cache per load, and
// every request to another origin blocked (the pages must need none).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { findChrome } from '../e2e/chrome.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export interface Bench { context: BrowserContext; close: () => Promise<void> }

export async function launch(): Promise<Bench> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

export interface Opened { page: Page; cdp: CDPSession; blocked: string[] }

/** A new tab with cache off, CPU throttled by `cpu`×, and other origins blocked and recorded. */
export async function openTab(bench: Bench, origin: string, cpu: number): Promise<Opened> {
  const page = await bench.context.newPage();
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // 4× stands for a mid-range phone (docs/bench.md).
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { page, cdp, blocked };
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Milliseconds from navigation start until `ready` holds in the page (checked every frame). */
export async function timeUntil(page: Page, url: string, ready: string, timeout = 60_000): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, { polling: 'raf', timeout });
  return Number(await handle.jsonValue());
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return (s[lo] as number) + ((s[Math.ceil(at)] as number) - (s[lo] as number)) * (at - lo);
}
