// Issue 18's targets: opening a partner's record and sorting the partners
// table, timed inside the page like filter changes (changes.ts): from the
// click until the paint after the last DOM change it caused. Target: p95
// at most 100 ms at 100,000 events.
import type { Page } from 'playwright-core';
import { median, openTab, quantile, timeUntil, type Bench } from './browser.ts';

export type RecordKind = 'profile' | 'sort';
export interface RecordFigures { medianMs: number; p95Ms: number; count: number; runs: number[] }

/** window.__benchRecord(kind, step) → milliseconds; a profile is closed (untimed) before the next opens. */
const INSTALL = `window.__benchRecord = (kind, step) => new Promise((resolve) => {
  let painted = NaN, quiet = 0;
  const finish = () => { observer.disconnect(); resolve(painted - t0); };
  const observer = new MutationObserver(() => {
    requestAnimationFrame(() => setTimeout(() => { painted = performance.now(); }, 0));
    clearTimeout(quiet); quiet = setTimeout(finish, 300);
  });
  let t0 = 0;
  if (kind === 'profile') {
    const links = [...document.querySelectorAll('[data-panel="partners"] a[data-nav="partner"]')];
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(finish, 2000);
    t0 = performance.now();
    links[step % Math.min(5, links.length)].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
  } else {
    const headers = [...document.querySelectorAll('[data-panel="table"] thead button')];
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    quiet = setTimeout(finish, 2000);
    t0 = performance.now();
    headers[(step * 3) % headers.length].click();
  }
});`;

const PROFILE_SHOWN = `!!document.querySelector('.profile [data-fact="contacts"]')`;
const TABLE_SHOWN = `!!document.querySelector('[data-panel="table"] tbody tr')`;

async function run(page: Page, kind: RecordKind, times: number): Promise<number[]> {
  await page.evaluate(INSTALL);
  const out: number[] = [];
  for (let step = 0; step < times; step++) {
    out.push(await page.evaluate<number, [RecordKind, number]>(([k, s]) => (window as unknown as { __benchRecord: (k: string, s: number) => Promise<number> }).__benchRecord(k, s), [kind, step]));
    if (kind === 'profile') {
      await page.waitForFunction(PROFILE_SHOWN);
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForFunction(`!document.querySelector('.profile')`);
    }
  }
  return out;
}

const summary = (xs: number[]): RecordFigures => {
  const ok = xs.filter(Number.isFinite);
  return { medianMs: median(ok), p95Ms: quantile(ok, 0.95), count: ok.length, runs: xs };
};

/** Opens `times` partner records from the partner chart's names, then sorts the table `times` times. */
export async function measureRecords(bench: Bench, origin: string, url: string, ready: string, times: number): Promise<Record<RecordKind, RecordFigures>> {
  const { page } = await openTab(bench, origin, 1);
  await timeUntil(page, url, ready, 120_000);
  const profile = await run(page, 'profile', times);
  await timeUntil(page, `${url}${url.includes('?') ? '&' : '?'}view=table`, TABLE_SHOWN, 120_000);
  const sort = await run(page, 'sort', times);
  await page.close();
  return { profile: summary(profile), sort: summary(sort) };
}
