// The dashboard (issue 4) in Chromium on the bundled Mali file: what the map,
// charts and list show, and how every control changes them and the URL.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean } from './harness.ts';
import {
  attrValues, eventually, headerCount, listedEvents, markerPlaces, openApp, params, partnerBars, routeStops, waitForCharts, waitForMarkers,
} from './dash-helpers.ts';

afterAll(closeBrowser);

const RU_EVENTS = ['ru-agreements', 'ru-kazan-helicopter-plant', 'ru-kazan-talks', 'ru-kremlin-talks', 'ru-moscow-arrival'];
const ALL_PARTNERS = ['DE', 'EG', 'GB', 'GN', 'ICRC', 'PS', 'QA', 'RU', 'SN', 'US'];

// Bars keep every partner that matches the other filters (so a click can add
// one); the chosen ones are pressed.
interface View { shown: number; events: string[]; places: string[]; partners: string[]; pressed?: string[] }

/** What the page shows now: count, list, map markers and partner bars all agree. */
async function expectView(page: Page, view: View): Promise<void> {
  await eventually(async () => (await headerCount(page)).shown, view.shown);
  expect(await headerCount(page)).toEqual({ shown: view.shown, total: 15 });
  await eventually(() => listedEvents(page), view.events);
  await eventually(() => markerPlaces(page), view.places);
  await eventually(() => partnerBars(page), view.partners);
  expect(await attrValues(page, '[data-partner][aria-pressed="true"]', 'data-partner')).toEqual(view.pressed ?? []);
}

async function ready(query = ''): Promise<Page> {
  const page = await openApp(query);
  await waitForMarkers(page);
  await waitForCharts(page);
  return page;
}

/** Centre of an element, for real mouse clicks (chart controls let clicks through to the chart). */
async function clickCentre(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('the default view', () => {
  it('maps every place, draws the Russian trip from Bamako and back, and one bar per partner', async () => {
    const page = await ready();
    expect(await markerPlaces(page)).toEqual(['bamako', 'cairo', 'conakry', 'kazan', 'moscow']);
    expect(await routeStops(page)).toEqual([['bamako', 'moscow', 'kazan', 'bamako']]);
    expect(await partnerBars(page)).toEqual(ALL_PARTNERS);
    expect(await headerCount(page)).toEqual({ shown: 15, total: 15 });
    expectClean(page);
    await page.close();
  });
});

describe('filter controls change the count, list, map, bars and URL', () => {
  it('partner picker', async () => {
    const page = await ready();
    await page.click('.filters-disclosure');
    await page.locator('.filters-partners-options label', { hasText: 'Russie' }).locator('input').check();
    await expectView(page, { shown: 5, events: RU_EVENTS, places: ['kazan', 'moscow'], partners: ALL_PARTNERS, pressed: ['RU'] });
    expect(params(page).get('country')).toBe('RU');
    expectClean(page);
    await page.close();
  });

  it('type checkbox', async () => {
    const page = await ready();
    await page.locator('.filters-types label', { hasText: 'Entretiens' }).locator('input').check();
    await expectView(page, {
      shown: 3, events: ['gn-conakry-talks', 'ru-kazan-talks', 'ru-kremlin-talks'], places: ['conakry', 'kazan', 'moscow'], partners: ['GN', 'RU'],
    });
    expect(params(page).get('type')).toBe('talks');
    expectClean(page);
    await page.close();
  });

  it('text search, accent-free, on people', async () => {
    const page = await ready();
    await page.fill('.filters-search input', 'goita');
    await expectView(page, { shown: 5, events: RU_EVENTS, places: ['kazan', 'moscow'], partners: ['RU'] });
    expect(params(page).get('q')).toBe('goita');
    await page.fill('.filters-search input', 'poutine');
    await expectView(page, { shown: 2, events: ['ru-agreements', 'ru-kremlin-talks'], places: ['moscow'], partners: ['RU'] });
    expect(params(page).get('q')).toBe('poutine');
    expectClean(page);
    await page.close();
  });

  it('date preset', async () => {
    const page = await ready();
    await page.click('.filters-preset >> text=déc. 2025');
    await expectView(page, {
      shown: 4, events: ['gn-conakry-talks', 'ps-solidarity-day', 'qa-national-day', 'us-primature-audience'],
      places: ['bamako', 'conakry'], partners: ['GN', 'PS', 'QA', 'US'],
    });
    expect([params(page).get('from'), params(page).get('to')]).toEqual(['2025-12', '2025-12']);
    expectClean(page);
    await page.close();
  });
});

describe('charts filter too', () => {
  it('a click on a partner bar toggles country=, a second one removes it', async () => {
    const page = await ready();
    await clickCentre(page, '[data-partner="GN"]');
    await eventually(async () => params(page).get('country'), 'GN');
    await expectView(page, { shown: 2, events: ['gn-conakry-talks', 'gn-primature-audience'], places: ['bamako', 'conakry'], partners: ALL_PARTNERS, pressed: ['GN'] });
    expect(await page.getAttribute('[data-partner="GN"]', 'aria-pressed')).toBe('true');
    await clickCentre(page, '[data-partner="GN"]');
    await eventually(async () => params(page).get('country'), null);
    expect((await headerCount(page)).shown).toBe(15);
    expectClean(page);
    await page.close();
  });

  it('a pointer over a bar shows its counts by type, and they go when the pointer leaves', async () => {
    const page = await ready();
    const box = await page.locator('[data-partner="RU"]').boundingBox();
    if (!box) throw new Error('no Russia bar');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
    const tip = page.locator('[data-panel="partners"] .chart-tooltip');
    await tip.waitFor({ state: 'visible', timeout: 5000 });
    expect(await tip.innerText()).toMatch(/Russie[\s\S]*Total\s*5/);
    await page.mouse.move(2, 2);
    await tip.waitFor({ state: 'hidden', timeout: 5000 });
    expectClean(page);
    await page.close();
  });

  it('a click on a timeline bucket sets from and to', async () => {
    const page = await ready();
    await clickCentre(page, '[data-period="2025-06"]');
    await eventually(async () => [params(page).get('from'), params(page).get('to')], ['2025-06', '2025-06']);
    await expectView(page, { shown: 5, events: RU_EVENTS, places: ['kazan', 'moscow'], partners: ['RU'] });
    expectClean(page);
    await page.close();
  });
});
