// One measured scenario: open a page cold, time until drawn, read the heap,
// the bytes it loaded (gzipped, as a server would send them) and, for the
// dashboard, time filter changes.
import { gzipSync } from 'node:zlib';
import { heapAfterGc, median, openTab, quantile, timeUntil, type Bench } from './browser.ts';
import { timeChanges, type ChangeKind } from './changes.ts';

export interface LoadFigures { drawnMs: number; runs: number[]; heapMB: number; bytesGz: number; blocked: string[] }

/** Loads `url` `runs` times in fresh tabs; the median time, last run's heap and bytes. */
export async function measureLoad(bench: Bench, origin: string, url: string, ready: string, cpu: number, runs: number): Promise<LoadFigures> {
  const times: number[] = [];
  let heap = 0, bytes = 0;
  const blocked: string[] = [];
  for (let r = 0; r < runs; r++) {
    const { page, cdp, blocked: b } = await openTab(bench, origin, cpu);
    const bodies: Promise<number>[] = [];
    page.on('response', (res) => {
      if (!res.url().startsWith(origin)) return;
      // A body that never settles (an aborted preload) must not hang the bench; a huge
      // dataset is not gzipped here in time either, so it counts at its raw length.
      const raw = () => Number(res.headers()['content-length'] ?? 0);
      const late = new Promise<number>((resolve) => setTimeout(() => resolve(raw()), 5_000));
      // A body Playwright cannot hand back (a large one read by the page as a stream) counts at its raw length too.
      bodies.push(Promise.race([res.body().then((buf) => gzipSync(buf).length, raw), late]));
    });
    // A run that never draws is recorded as NaN (shown as "–"), not allowed to stop the whole bench.
    times.push(await timeUntil(page, url, ready, 60_000 * cpu).catch((err: unknown) => {
      console.error(`bench: ${url} not drawn: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      return NaN;
    }));
    const drawnBodies = [...bodies];
    bytes = (await Promise.all(drawnBodies)).reduce((a, n) => a + n, 0);
    heap = await heapAfterGc(cdp);
    blocked.push(...b);
    await page.close();
  }
  return { drawnMs: median(times.filter(Number.isFinite)), runs: times, heapMB: heap / 2 ** 20, bytesGz: bytes, blocked };
}

export interface ChangeFigures { medianMs: number; p95Ms: number; count: number; byKind: Record<ChangeKind, { medianMs: number; p95Ms: number }> }

export async function measureChanges(bench: Bench, origin: string, url: string, ready: string, perKind: number): Promise<ChangeFigures> {
  const { page } = await openTab(bench, origin, 1);
  const drawn = await timeUntil(page, url, ready, 120_000).then(() => true, () => false);
  const byKind = drawn ? await timeChanges(page, perKind) : { partner: [], dates: [], text: [] };
  await page.close();
  const all = Object.values(byKind).flat().filter(Number.isFinite);
  const summary = (xs: number[]) => ({ medianMs: median(xs.filter(Number.isFinite)), p95Ms: quantile(xs.filter(Number.isFinite), 0.95) });
  return {
    ...summary(all), count: all.length,
    byKind: { partner: summary(byKind.partner), dates: summary(byKind.dates), text: summary(byKind.text) },
  };
}
