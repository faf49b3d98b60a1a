// Helpers for the dashboard's browser tests, on top of the shared harness:
// fixtures served same-origin for `?data=`, the app opened and ready, and the
// few readings (count, URL parameters, visible ids) most tests make.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseOrigin, baseUrl, launchBrowser, openPage, waitForApp, type PageSize } from './harness.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Folder under the served dist/ where fixtures are copied (dist/ is rebuilt and never committed). */
const FIXTURE_DIR = 'e2e-data';
/** The large real record (never committed: copied at test time only). */
const LARGE_RECORD = '/work/shared/data/us-secretary-travels.json';

/**
 * Copies test-fixtures/datasets/* (and the large real record when present) into
 * dist/e2e-data/, which `vite preview` serves as it finds it (sirv in dev mode).
 */
export function serveFixtures(): void {
  const target = `${root}dist/${FIXTURE_DIR}`;
  mkdirSync(target, { recursive: true });
  cpSync(`${root}test-fixtures/datasets`, target, { recursive: true });
  if (existsSync(LARGE_RECORD)) cpSync(LARGE_RECORD, `${target}/us-secretary-travels.json`);
}

export const hasLargeRecord = (): boolean => existsSync(LARGE_RECORD);

/** `?data=` value of a served fixture. */
export const fixture = (name: string): string => `${FIXTURE_DIR}/${name}`;

export const DESKTOP: PageSize = { width: 1280, height: 900 };
export const PHONE: PageSize = { width: 360, height: 740 };

/** Opens index.html with a query and waits for the data to be drawn. */
export async function openApp(query = '', size: PageSize = DESKTOP): Promise<Page> {
  const page = await openPage(`index.html${query ? `?${query}` : ''}`, size);
  await waitForReady(page);
  return page;
}

/** Waits for `main[data-ready="true"]` and for the list panel's cards or empty state. */
export async function waitForReady(page: Page): Promise<void> {
  await waitForApp(page);
  await page.waitForSelector('main[data-ready="true"]');
}

/** The URL's query parameters, as the page has them now. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The "N sur M" / "N of M" header count as numbers. */
export async function headerCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.textContent('.frame-count')) ?? '';
  const match = /(\d+)\D+(\d+)/.exec(text.replace(/\s/g, ''));
  if (!match) throw new Error(`no count in "${text}"`);
  return { shown: Number(match[1]), total: Number(match[2]) };
}

/** Values of a data attribute over the elements matching a selector, sorted. */
export function attrValues(page: Page, selector: string, attr: string): Promise<string[]> {
  return page.$$eval(selector, (els, a) => els.map((el) => el.getAttribute(a) ?? '').sort(), attr);
}

export const listedEvents = (page: Page) => attrValues(page, '[data-panel="list"] [data-event]', 'data-event');
export const markerPlaces = (page: Page) => attrValues(page, '[data-panel="map"] [data-place]', 'data-place');
export const partnerBars = (page: Page) => attrValues(page, '[data-panel="partners"] [data-partner]', 'data-partner');

/** Waits until the map has drawn its markers (the map panel loads on demand). */
export async function waitForMarkers(page: Page): Promise<void> {
  await page.waitForSelector('[data-panel="map"] [data-place]');
}

/** Waits until both charts have drawn their controls. */
export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForSelector('[data-panel="partners"] [data-partner]');
  await page.waitForSelector('[data-panel="timeline"] [data-period]');
}

/** Polls until `read` returns a value equal to `expected` (a few seconds at most). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 5000): Promise<void> {
  await expect.poll(read, { timeout, interval: 50 }).toEqual(expected);
}

/** No horizontal scrolling: the document is no wider than the viewport. */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

/**
 * Each drawn route as the places it passes through, in order: every vertex of
 * the SVG path is matched, in screen space, to the marker drawn there.
 */
export function routeStops(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const markers = Array.from(document.querySelectorAll<HTMLElement>('[data-panel="map"] [data-place]')).map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.place ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const nearest = (x: number, y: number) => {
      const best = markers.map((m) => ({ id: m.id, d: Math.hypot(m.x - x, m.y - y) })).sort((a, b) => a.d - b.d)[0];
      return best && best.d < 8 ? best.id : `(${Math.round(x)},${Math.round(y)})`;
    };
    return Array.from(document.querySelectorAll<SVGPathElement>('path.contacts-route')).map((path) => {
      const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const ctm = path.getScreenCTM();
      const stops: string[] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const p = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(ctm ?? undefined);
        stops.push(nearest(p.x, p.y));
      }
      return stops;
    });
  });
}

/**
 * A page recorded like the harness's, except that problems matching `allow`
 * are expected (a 404 the test asks for logs "Failed to load resource").
 */
export async function openTolerant(path: string, allow: RegExp[], size: PageSize = DESKTOP): Promise<{ page: Page; problems: string[] }> {
  const page = await (await launchBrowser()).newPage();
  await page.setViewportSize(size);
  const problems: string[] = [];
  const note = (text: string) => void (allow.some((re) => re.test(text)) || problems.push(text));
  page.on('console', (msg) => (msg.type() === 'error' || msg.type() === 'warning') && note(`console ${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    if (!/^(data|blob|about):/.test(req.url()) && new URL(req.url()).origin !== baseOrigin) problems.push(`other-origin request: ${req.url()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  if (path) await page.goto(new URL(path, baseUrl).href);
  return { page, problems };
}

/** The notice line about ignored link values, or null. */
export const ignoredNotice = (page: Page) => page.locator('.notice-url').textContent({ timeout: 2000 }).catch(() => null);

/** A #rrggbb colour as getComputedStyle reports it: `rgb(r, g, b)`. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
