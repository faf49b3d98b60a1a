// Issue 19: every published page shows its whole view before and without its
// script, the live page takes it over in place (no shift, no lost click, no
// wrong view first), under the production CSP, and the view leaves as an image.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readViews } from '../scripts/published-views.ts';
import { loadDataset, ROOT } from '../scripts/static-inputs.ts';
import { decodeViewState } from '../src/model/url-state.ts';
import { staticModel } from '../src/static/view-model.ts';
import { PALETTES } from '../src/theme.ts';
import { findChrome } from './chrome.mjs';
import { rgb } from './dash-helpers.ts';
import { baseUrl, CHROME_ARGS, closeBrowser, expectClean, launchBrowser, openPage, waitForApp, watchPage } from './harness.ts';

const data = loadDataset(join(ROOT, 'data/contacts.json'));
const PAGES = [{ path: 'index.html', query: '' }, ...readViews(JSON.parse(readFileSync(join(ROOT, 'data/views.json'), 'utf8'))).map((v) => ({ path: `views/${v.name}/`, query: v.query }))];

let noJs: BrowserContext | undefined;
const noJsDir = mkdtempSync(join(tmpdir(), 'e2e-nojs-'));
afterAll(async () => {
  await noJs?.close();
  rmSync(noJsDir, { recursive: true, force: true });
  await closeBrowser();
});

async function openWithoutJs(path: string, width = 1280): Promise<Page> {
  noJs ??= await chromium.launchPersistentContext(noJsDir, { executablePath: findChrome() ?? undefined, headless: true, args: CHROME_ARGS, javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

const count = (page: Page, selector: string) => page.locator(selector).count();

describe('published pages without JavaScript', () => {
  for (const { path, query } of PAGES) {
    it(`${path} (${query || 'default view'}) shows its whole view`, async () => {
      const m = staticModel(data, decodeViewState(query).state);
      const page = await openWithoutJs(path);
      const shows = (p: string) => m.state.view.includes(p as never);
      await expect(page.locator('#static-view').innerText()).resolves.toContain(m.i18n.t('frame.shown', { shown: m.filtered.length, total: m.total }));
      if (shows('list')) {
        expect(await count(page, '#static-view article.event-card')).toBe(m.filtered.length);
        expect(await count(page, '#static-view blockquote.event-card-quote')).toBe(m.filtered.reduce((n, i) => n + i.event.sources.length, 0));
        expect(await count(page, '#static-view a.event-card-source-title[href^="http"]')).toBeGreaterThan(0);
      }
      if (shows('map')) {
        const box = await page.locator('.static-map-svg').boundingBox();
        expect(box?.height).toBe(420);
        expect(await count(page, '.static-country')).toBeGreaterThan(60);
        expect(await count(page, '.static-place')).toBe(m.map.places.length);
      }
      // What is on screen: a phone's copy of a chart is there too, hidden at this width.
      if (shows('partners')) expect(await count(page, '.static-plot:visible .static-bar')).toBe(m.partners.rows.length);
      if (shows('timeline')) expect(await count(page, '.static-plot:visible .static-bucket')).toBe(m.timeline.rows.length);
      // A view published dark, in a newsroom's look, is painted so with no script at all.
      const painted = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, look: document.documentElement.dataset.look ?? null }));
      expect(painted).toEqual({ bg: rgb(PALETTES[m.state.theme === 'dark' ? 'dark' : 'light'].bg), look: m.state.look });
      // Nothing the CSP would block: no inline script, no style attribute.
      expect(await count(page, 'script:not([src])')).toBe(0);
      expect(await count(page, '[style]')).toBe(0);
      for (const tag of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:image"]', 'meta[name="twitter:card"]']) {
        expect(await page.locator(tag).getAttribute('content')).toBeTruthy();
      }
      const image = new URL(await page.locator('meta[property="og:image"]').getAttribute('content') ?? '', page.url());
      const png = Buffer.from(await (await page.request.get(image.href)).body());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      await page.close();
    });
  }
});

describe('published pages on a phone, without JavaScript', () => {
  it('draw an embed’s charts and map marks for the phone: their labels keep a readable size at 360 px, and the wide copy at 1280', async () => {
    /** The rendered height of the first partner label, the size a reader sees. */
    const labelHeight = async (width: number) => {
      const page = await openWithoutJs('views/russie/', width);
      const height = (await page.locator('.static-partner-label:visible').first().boundingBox())?.height ?? 0;
      const place = (await page.locator(':is(.static-label, .static-label-phone):visible').first().boundingBox())?.height ?? 0;
      const bars = await count(page, '.static-plot:visible .static-bar');
      await page.close();
      return { height, place, bars };
    };
    const phone = await labelHeight(360);
    const desk = await labelHeight(1280);
    expect(phone.bars).toBe(desk.bars);
    // 12 px type: about 13 px tall on a desk; scaled down, the old poster's were 7 px at 360 px.
    expect(phone.height).toBeGreaterThan(11);
    expect(desk.height).toBeGreaterThan(11);
    // A place's label on the map: 12 px bold, as the live map's.
    expect(phone.place).toBeGreaterThan(11);
    expect(desk.place).toBeGreaterThan(11);
  });
});

describe('the live page takes the static view over', () => {
  it('draws the same partners, bars, counts, markers and labels as the poster', async () => {
    const still = await openWithoutJs('index.html');
    const poster = await still.evaluate(() => ({
      counter: document.querySelector('.frame-count')?.textContent,
      bars: Array.from(document.querySelectorAll('.static-bar')).filter((b) => b.getAttribute('data-partner')).map((b) => `${b.getAttribute('data-partner')}:${b.getAttribute('data-total')}`),
      buckets: Array.from(document.querySelectorAll('.static-bucket')).map((b) => b.getAttribute('data-total')),
      places: Array.from(document.querySelectorAll('.static-place')).map((p) => p.getAttribute('data-place')).sort(),
      labels: Array.from(document.querySelectorAll('[data-label]')).map((l) => l.textContent).sort(),
      // Node's CLDR (the build) and the browser's can name a country differently: the poster must not rename it on takeover.
      names: Array.from(document.querySelectorAll('.static-bar[data-partner] > title')).map((t) => t.textContent?.replace(/ : \d+$/, '')),
    }));
    await still.close();
    const page = await openPage('index.html');
    await waitForApp(page);
    const live = await page.evaluate(() => ({
      counter: document.querySelector('.frame-count')?.textContent,
      bars: Array.from(document.querySelectorAll('.partners-chart [data-partner]')).map((b) => `${b.getAttribute('data-partner')}:${/(\d+)\D*$/.exec(b.getAttribute('aria-label') ?? '')?.[1]}`),
      buckets: Array.from(document.querySelectorAll('.timeline-chart .chart-sr tbody tr')).map((r) => r.lastElementChild?.textContent),
      places: Array.from(document.querySelectorAll('.contacts-place[data-place]')).map((p) => p.getAttribute('data-place')).sort(),
      labels: Array.from(document.querySelectorAll('.contacts-place-label span')).map((l) => l.textContent).sort(),
      names: Array.from(document.querySelectorAll('.partners-chart [data-partner]')).map((b) => b.getAttribute('aria-label')?.replace(/, \d+ contacts?$/, '')),
    }));
    expect(live.counter).toBe(poster.counter);
    expect(live.bars).toEqual(poster.bars);
    expect(live.buckets.slice(0, poster.buckets.length)).toEqual(poster.buckets);
    expect(live.places).toEqual(poster.places);
    expect(live.labels).toEqual(poster.labels);
    expect(live.names).toEqual(poster.names);
    expect(poster.labels.length).toBeGreaterThan(2);
    expectClean(page);
    await page.close();
  });

  for (const { path } of PAGES) {
    it(`${path}: the swap shifts nothing, never shows an empty panel, and breaks no CSP rule`, async () => {
      const page = await (await launchBrowser()).newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await watchPage(page);
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number; __swap?: { live: boolean; hidden: boolean } };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver(() => {
            if (w.__swap || document.getElementById('static-view')) return;
            const root = document.getElementById('root');
            w.__swap = { live: !!root?.querySelector('main[data-ready="true"]'), hidden: !!root?.classList.contains('is-live-pending') };
          }).observe(document.body, { childList: true });
        });
      });
      await page.goto(new URL(path, baseUrl).href);
      await waitForApp(page);
      const result = await page.evaluate(() => {
        const w = window as unknown as { __cls: number; __swap?: { live: boolean; hidden: boolean } };
        return { cls: w.__cls, swap: w.__swap };
      });
      expect(result.swap).toEqual({ live: true, hidden: false });
      expect(result.cls).toBeLessThanOrEqual(0.02);
      expectClean(page);
      await page.close();
    });
  }

  it('keeps a click made on the poster before the page is live', async () => {
    const page = await (await launchBrowser()).newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await watchPage(page);
    // The app's script arrives late, as on a slow phone: the reader clicks meanwhile.
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(new URL('index.html', baseUrl).href, { waitUntil: 'commit' });
    await page.locator('#static-view [data-live-action="lang"]').click();
    await expect(page.locator('#static-view').count()).resolves.toBe(1); // still the poster: the click came before the live page
    await waitForApp(page);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    expect(page.url()).toContain('lang=en');
    await expect(page.locator('h1').innerText()).resolves.toBe("Mali's diplomatic contacts, 2025");
    expectClean(page);
    await page.close();
  });

  it('shows no poster for a view it was not built for, and the live page draws that view', async () => {
    const page = await (await launchBrowser()).newPage();
    await watchPage(page);
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      const poster = document.getElementById('static-view');
      (window as unknown as { __posterShown: boolean }).__posterShown = !!poster && getComputedStyle(poster).display !== 'none';
    }));
    await page.goto(new URL('index.html?country=US', baseUrl).href);
    await waitForApp(page);
    await expect(page.evaluate(() => (window as unknown as { __posterShown: boolean }).__posterShown)).resolves.toBe(false);
    await expect(page.locator('.frame-count').innerText()).resolves.toBe('1 sur 15 contacts');
    expectClean(page);
    await page.close();
  });

  it('gives a published view its own address in the embed code, with a <noscript> frame', async () => {
    const page = await openPage('index.html?country=RU');
    await waitForApp(page);
    await page.locator('[data-action="embed"]').click();
    await page.locator('.embed-snippet textarea').first().waitFor();
    const codes = await page.locator('.embed-snippet textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(codes.join('\n')).toContain(new URL('views/russie/', baseUrl).href);
    expect(codes.join('\n')).toContain('<noscript><iframe');
    expect(codes.join('\n')).toContain(new URL('vendor/pym.v1.min.js', baseUrl).href);
    expectClean(page);
    await page.close();
  });
});

describe('the Image control', () => {
  it('saves the current view as a PNG at the page width and as a 1200×675 SVG', async () => {
    const page = await openPage('index.html?country=RU&lang=en', { width: 1024, height: 800 });
    await waitForApp(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-image="png"]').click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(await page.evaluate(() => document.documentElement.clientWidth));
    await page.locator('.image-download select').selectOption('social');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-image="svg"]').click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(svg.suggestedFilename()).toMatch(/1200x675\.svg$/);
    expect(text).toContain('width="1200" height="675"');
    expect(text).toContain('Filters: Russia');
    expect(text).toContain('Data as of');
    expectClean(page);
    await page.close();
  });
});
