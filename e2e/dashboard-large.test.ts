// The large real record (3,438 trips of US Secretaries of State, 1949–1980)
// through `?data=`: the dashboard stays readable at that scale.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean, screenshot } from './harness.ts';
import { expectNoSideScroll, fixture, hasLargeRecord, headerCount, openApp, serveFixtures, waitForCharts, waitForMarkers } from './dash-helpers.ts';

beforeAll(serveFixtures);
afterAll(closeBrowser);

describe.runIf(hasLargeRecord())('a large real record', () => {
  it('renders, labels only the busiest places, groups small partners and counts by year', async () => {
    const page = await openApp(`data=${fixture('us-secretary-travels.json')}`);
    await waitForMarkers(page);
    await waitForCharts(page);
    const { shown, total } = await headerCount(page);
    expect(total).toBeGreaterThan(3000);
    expect(shown).toBe(total);
    const markers = await page.locator('[data-panel="map"] [data-place]').count();
    const labels = await page.locator('[data-panel="map"] .contacts-place-label').count();
    expect(markers).toBeGreaterThan(100);
    // 2D positions: a translate3d per marker made each one a compositing layer (docs/bench.md).
    const transforms = await page.$$eval('[data-panel="map"] [data-place]', (els) => els.map((el) => (el as HTMLElement).style.transform));
    for (const t of transforms) expect(t).toMatch(/^translate\(/);
    expect(labels).toBeGreaterThan(0);
    expect(labels).toBeLessThanOrEqual(15);
    const bars = await page.locator('[data-panel="partners"] [data-partner]').count();
    expect(bars).toBeGreaterThan(3);
    expect(bars).toBeLessThan(30);
    await page.waitForSelector('[data-panel="partners"] [data-others]');
    const periods = await page.$$eval('[data-period]', (els) => els.map((el) => el.getAttribute('data-period') ?? ''));
    expect(periods.length).toBeGreaterThan(20);
    for (const key of periods) expect(key).toMatch(/^\d{4}$/);
    expect(await page.locator('[data-panel="list"] [data-event]').count()).toBeLessThanOrEqual(51);
    // 160 years of data must not become 160 preset buttons.
    expect(await page.locator('.filters-preset').count()).toBeLessThanOrEqual(14);
    // Thousands of trips would draw a web over the map: routes wait for a narrower filter.
    expect(await page.locator('.contacts-route').count()).toBe(0);
    await expect.poll(() => page.locator('.map-note').textContent()).toMatch(/voyages/);
    await expectNoSideScroll(page);
    await screenshot(page, 'large-record-1280');
    expectClean(page);
    await page.close();
  });

  it('draws the routes once the filter keeps few trips', async () => {
    const page = await openApp(`data=${fixture('us-secretary-travels.json')}&country=IS`);
    await waitForMarkers(page);
    await expect.poll(() => page.locator('.contacts-route').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-note').count()).toBe(0);
    expectClean(page);
    await page.close();
  });
});
