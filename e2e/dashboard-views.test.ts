// The dashboard (issue 4), continued: selection, history, language, shared
// links, the keyboard alone, and layout at phone and desktop widths.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean, screenshot } from './harness.ts';
import {
  DESKTOP, PHONE, attrValues, eventually, expectNoSideScroll, headerCount, listedEvents, markerPlaces, openApp, params,
  waitForCharts, waitForMarkers,
} from './dash-helpers.ts';

afterAll(closeBrowser);

async function ready(query = '', size = DESKTOP): Promise<Page> {
  const page = await openApp(query, size);
  await waitForMarkers(page);
  await waitForCharts(page);
  return page;
}

const shown = async (page: Page) => (await headerCount(page)).shown;
const card = (id: string) => `[data-panel="list"] [data-event="${id}"]`;

/** Everything a reader sees of the view, to compare two ways of reaching it. */
async function snapshot(page: Page) {
  return {
    count: await page.textContent('.frame-count'),
    title: await page.textContent('h1'),
    events: await listedEvents(page),
    places: await markerPlaces(page),
    pressed: await attrValues(page, '[data-partner][aria-pressed="true"]', 'data-partner'),
    types: await page.$$eval('.filters-types input:checked', (els) => els.map((el) => el.closest('label')?.textContent ?? '')),
    dates: await page.$$eval('.event-card-date time', (els) => els.map((el) => el.textContent)),
  };
}

/** Presses Tab until the focused element matches, or fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('selecting a contact', () => {
  it('from a list card sets ?event= and highlights the card; a second press clears it', async () => {
    const page = await ready();
    await page.click(`${card('ru-kremlin-talks')} h3 button`);
    await eventually(async () => params(page).get('event'), 'ru-kremlin-talks');
    expect(await page.getAttribute(card('ru-kremlin-talks'), 'aria-current')).toBe('true');
    expect(await page.$$eval('[data-event][aria-current="true"]', (els) => els.length)).toBe(1);
    await page.click(`${card('ru-kremlin-talks')} h3 button`);
    await eventually(async () => params(page).get('event'), null);
    expectClean(page);
    await page.close();
  });

  it('from a marker popup entry', async () => {
    const page = await ready();
    await page.click('[data-place="cairo"]');
    await page.click('.contacts-popup li button');
    await eventually(async () => params(page).get('event'), 'eg-cairo-course-closing');
    expect(await page.getAttribute(card('eg-cairo-course-closing'), 'aria-current')).toBe('true');
    expectClean(page);
    await page.close();
  });
});

describe('history and links', () => {
  it('back and forward restore the previous views', async () => {
    const page = await ready();
    await page.locator('.filters-types label', { hasText: 'Entretiens' }).locator('input').check();
    await eventually(() => shown(page), 3);
    await page.click('.filters-preset >> text=juin 2025');
    await eventually(() => shown(page), 2);
    await page.goBack();
    await eventually(() => shown(page), 3);
    expect([params(page).get('type'), params(page).get('from')]).toEqual(['talks', null]);
    await page.goBack();
    await eventually(() => shown(page), 15);
    expect(await markerPlaces(page)).toHaveLength(5);
    await page.goForward();
    await page.goForward();
    await eventually(() => shown(page), 2);
    expect(await listedEvents(page)).toEqual(['ru-kazan-talks', 'ru-kremlin-talks']);
    expectClean(page);
    await page.close();
  });

  it('switching to English changes the words, the URL and the date format', async () => {
    const page = await ready();
    expect(await page.textContent(`${card('gn-conakry-talks')} time`)).toMatch(/décembre 2025/);
    await page.click('.frame-actions button[lang="en"]');
    await eventually(async () => params(page).get('lang'), 'en');
    await eventually(async () => page.textContent('.frame-count'), '15 of 15 contacts');
    expect(await page.textContent(`${card('gn-conakry-talks')} time`)).toMatch(/December 9, 2025|9 December 2025/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('.filters-heading')).not.toBe('Filtres');
    expectClean(page);
    await page.close();
  });

  it('a shared link (?country=RU&type=talks&lang=en) reproduces the view reached by clicking', async () => {
    const clicked = await ready('lang=en');
    await clicked.locator('.filters-types label', { hasText: 'Talks' }).locator('input').check();
    await eventually(() => shown(clicked), 3);
    await clicked.locator('[data-partner="RU"]').focus();
    await clicked.keyboard.press('Enter');
    await eventually(() => shown(clicked), 2);
    expect(new URL(clicked.url()).search).toBe('?country=RU&type=talks&lang=en');
    const opened = await ready('country=RU&type=talks&lang=en');
    await eventually(() => snapshot(opened), await snapshot(clicked));
    expect((await snapshot(opened)).events).toEqual(['ru-kazan-talks', 'ru-kremlin-talks']);
    expectClean(clicked);
    expectClean(opened);
    await clicked.close();
    await opened.close();
  });
});

describe('the keyboard alone', () => {
  it('reaches a marker with Tab, opens its popup with Enter, and toggles a partner', async () => {
    const page = await ready();
    await tabTo(page, '[data-place]');
    const place = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.place);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.contacts-popup li button');
    // Opened from the keyboard, focus moves into the popup's list of contacts.
    expect(await page.evaluate(() => document.activeElement?.closest('.contacts-popup') !== null)).toBe(true);
    expect(place).toBeTruthy();
    await page.keyboard.press('Escape');
    await tabTo(page, '[data-partner]');
    const partner = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.partner);
    await page.keyboard.press('Enter');
    await eventually(async () => params(page).get('country'), partner ?? '');
    expect(await page.getAttribute(`[data-partner="${partner}"]`, 'aria-pressed')).toBe('true');
    expectClean(page);
    await page.close();
  });
});

describe('layout', () => {
  for (const size of [PHONE, DESKTOP]) {
    it(`has no horizontal scrolling at ${size.width} px`, async () => {
      const page = await ready('', size);
      await expectNoSideScroll(page);
      await screenshot(page, `dashboard-${size.width}`);
      expectClean(page);
      await page.close();
    });
  }

  it('keeps the filters in view beside the list on a wide screen, not on a phone', async () => {
    // The heading on a wide screen; on a phone the filters fold behind their toggle.
    const filtersTopAtList = async (size: typeof DESKTOP, heading: string) => {
      const page = await ready('', size);
      await page.locator('[data-panel="list"] [data-event]').last().scrollIntoViewIfNeeded();
      const top = await page.locator(heading).evaluate((el) => el.getBoundingClientRect().top);
      await page.close();
      return top;
    };
    const desktop = await filtersTopAtList(DESKTOP, '.filters-heading');
    expect(desktop).toBeGreaterThanOrEqual(0);
    expect(desktop).toBeLessThan(DESKTOP.height);
    expect(await filtersTopAtList(PHONE, '.filters-toggle')).toBeLessThan(0);
  });
});
