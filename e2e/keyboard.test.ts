// The keyboard alone, end to end: a type filter, a partner bar, a map marker
// and its popup, an event in the list, the embed dialog, and back. Every stop
// shows a focus ring, and focus returns where it was when a popup or dialog closes.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser, expectClean, launchBrowser, watchPage } from './harness.ts';
import { eventually, openApp, params, waitForCharts, waitForMarkers, waitForReady } from './dash-helpers.ts';

afterAll(closeBrowser);

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 150 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await focused(page, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element draws a ring: an outline, or (markers) a box-shadow on its dot. */
function showsFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const own = getComputedStyle(el);
    if (own.outlineStyle !== 'none' && Number.parseFloat(own.outlineWidth) >= 2) return true;
    const dot = el.querySelector('.contacts-place__dot');
    return dot !== null && getComputedStyle(dot).boxShadow.includes('0px 0px 0px 5px');
  });
}

const announced = (page: Page) => page.textContent('[data-announcer]');

describe('a keyboard-only walk', () => {
  it('filters, picks a bar, opens a popup and an event, opens and closes the embed dialog', async () => {
    const page = await openApp();
    await waitForMarkers(page);
    await waitForCharts(page);

    // A type filter: Space ticks it, the URL and the one-sentence announcement follow.
    await tabTo(page, '.filters-types input[type="checkbox"]');
    expect(await showsFocus(page)).toBe(true);
    await page.keyboard.press('Space');
    await eventually(async () => params(page).get('type'), 'visit');
    await eventually(() => announced(page), '2 contacts sur 15, Visite officielle');

    // A partner bar: Enter picks the partner.
    await tabTo(page, '[data-partner]');
    expect(await showsFocus(page)).toBe(true);
    const partner = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.partner ?? '');
    await page.keyboard.press('Enter');
    await eventually(async () => params(page).get('country'), partner);

    // A marker: Enter opens its popup with focus inside; Enter picks the contact; Escape closes and returns focus.
    await tabTo(page, '[data-place]');
    expect(await showsFocus(page)).toBe(true);
    const place = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.place ?? '');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.contacts-popup li button');
    expect(await page.evaluate(() => document.activeElement?.closest('.contacts-popup') !== null)).toBe(true);
    expect(await showsFocus(page)).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(async () => params(page).get('event') !== null, true);
    await page.keyboard.press('Escape');
    await eventually(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.place ?? null), place);

    // An event in the list: its title button toggles the selection off and on.
    await tabTo(page, '.event-card-title button');
    expect(await showsFocus(page)).toBe(true);
    const event = await page.evaluate(() => document.activeElement?.closest('[data-event]')?.getAttribute('data-event') ?? '');
    const before = params(page).get('event');
    await page.keyboard.press('Enter');
    await eventually(async () => params(page).get('event'), before === event ? null : event);

    // The embed dialog: back up to its button, open, Tab stays inside, Escape returns focus.
    await tabTo(page, '.frame-embed-button', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.embed-snippet textarea');
    expect(await focused(page, '.embed-snippet textarea')).toBe(true);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.embed-dialog, dialog') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('.embed-snippet textarea', { state: 'detached' });
    expect(await focused(page, '.frame-embed-button')).toBe(true);
    expectClean(page);
    await page.close();
  });
});

describe('prefers-reduced-motion', () => {
  async function mapClasses(reducedMotion: 'reduce' | 'no-preference'): Promise<{ fades: boolean; transition: string }> {
    const page = await (await launchBrowser()).newPage();
    await page.emulateMedia({ reducedMotion });
    await watchPage(page);
    await page.goto(new URL('index.html?view=map', baseUrl).href);
    await waitForReady(page);
    await waitForMarkers(page);
    const seen = await page.evaluate(() => {
      const map = document.querySelector('.leaflet-container') as HTMLElement;
      const filter = document.querySelector('.filters-toggle, .filters-reset') as HTMLElement;
      return { fades: map.classList.contains('leaflet-fade-anim'), transition: getComputedStyle(filter).transitionDuration };
    });
    expectClean(page);
    await page.close();
    return seen;
  }

  it('turns the map’s fades and zoom animations off, and every CSS transition', async () => {
    expect(await mapClasses('reduce')).toEqual({ fades: false, transition: '0s' });
    expect((await mapClasses('no-preference')).fades).toBe(true);
  });
});
