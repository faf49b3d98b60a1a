// Issue 19's targets, measured in one run side by side: the first screen
// complete (poster or live) and the page live, against TimelineJS and the bare
// libraries' floor, the layout shift from navigation until live, and the
// gzipped bytes that arrived by the first screen.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { median, openTab, timeUntil, type Bench } from './browser.ts';
import { FIRST_SCREEN_DRAWN, LIVE_DRAWN } from './ready.ts';

export interface FirstScreenFigures { firstMs: number; liveMs: number; cls: number; firstBytesGz: number; runs: number }

const CLS_WATCH = `(() => { window.__benchCls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__benchCls += e.value; }).observe({ type: 'layout-shift', buffered: true }); })()`;

/**
 * When a poster page's first screen was painted: its first contentful paint, or
 * later if the parser had not yet reached the poster's end (its credit line) by
 * then. Polling each frame would be late whenever the app's script holds the
 * main thread, though the poster is already on screen.
 */
const POSTER_WATCH = `(() => {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__benchFcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  const seen = () => { if (window.__benchPoster === undefined && document.querySelector('#static-view .frame-credit')) window.__benchPoster = performance.now(); };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
})()`;

async function posterPaint(page: Page): Promise<number | null> {
  const at = await page.evaluate('[window.__benchFcp, window.__benchPoster, !!document.querySelector("html.is-static-stale")]') as [number | undefined, number | undefined, boolean];
  return at[0] !== undefined && at[1] !== undefined && !at[2] ? Math.max(at[0], at[1]) : null;
}

/** `first` and `live` readiness times from one navigation per run; medians, and the worst CLS of the runs. */
export async function measureFirstScreen(bench: Bench, origin: string, url: string, cpu: number, runs: number, live = LIVE_DRAWN, firstScreen = FIRST_SCREEN_DRAWN): Promise<FirstScreenFigures> {
  const first: number[] = [], lives: number[] = [], shifts: number[] = [];
  let bytes = 0;
  for (let r = 0; r < runs; r++) {
    const { page } = await openTab(bench, origin, cpu);
    await page.addInitScript(CLS_WATCH);
    await page.addInitScript(POSTER_WATCH);
    const bodies: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.url().startsWith(origin)) bodies.push(res.body().then((b) => gzipSync(b).length, () => 0));
    });
    try {
      const polled = await timeUntil(page, url, firstScreen, 60_000 * cpu);
      first.push(Math.min(polled, (await posterPaint(page)) ?? polled));
      bytes = (await Promise.all([...bodies])).reduce((a, n) => a + n, 0);
      const handle = await page.waitForFunction(`(${live}) ? performance.now() : false`, undefined, { polling: 'raf', timeout: 60_000 * cpu });
      lives.push(Number(await handle.jsonValue()));
      shifts.push(Number(await page.evaluate('window.__benchCls')));
    } catch (err) {
      console.error(`bench: ${url} not drawn: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
    await page.close();
  }
  return { firstMs: median(first), liveMs: median(lives), cls: Math.max(0, ...shifts), firstBytesGz: bytes, runs: first.length };
}
