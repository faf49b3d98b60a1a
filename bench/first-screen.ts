// Issue 19's targets, measured in one run side by side: the first screen
// complete (poster or live) and the page live, against TimelineJS and the bare
// libraries' floor, the layout shift from navigation until live, and the
// gzipped bytes that arrived by the first screen.
import { gzipSync } from 'node:zlib';
import { median, openTab, timeUntil, type Bench } from './browser.ts';
import { FIRST_SCREEN_DRAWN, LIVE_DRAWN } from './ready.ts';

export interface FirstScreenFigures { firstMs: number; liveMs: number; cls: number; firstBytesGz: number; runs: number }

const CLS_WATCH = `(() => { window.__benchCls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__benchCls += e.value; }).observe({ type: 'layout-shift', buffered: true }); })()`;

/** `first` and `live` readiness times from one navigation per run; medians, and the worst CLS of the runs. */
export async function measureFirstScreen(bench: Bench, origin: string, url: string, cpu: number, runs: number, live = LIVE_DRAWN): Promise<FirstScreenFigures> {
  const first: number[] = [], lives: number[] = [], shifts: number[] = [];
  let bytes = 0;
  for (let r = 0; r < runs; r++) {
    const { page } = await openTab(bench, origin, cpu);
    await page.addInitScript(CLS_WATCH);
    const bodies: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.url().startsWith(origin)) bodies.push(res.body().then((b) => gzipSync(b).length, () => 0));
    });
    try {
      first.push(await timeUntil(page, url, FIRST_SCREEN_DRAWN, 60_000 * cpu));
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
