// Themes in a real browser: light by default (whatever the reader's system
// says), dark on request, auto following prefers-color-scheme live; every part
// drawn from the theme's palette; the embed code carries the theme.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PALETTES, type ThemeName } from '../src/theme.ts';
import { closeBrowser, expectClean, screenshot } from './harness.ts';
import { DESKTOP, PHONE, eventually, openApp, params, rgb, waitForCharts, waitForMarkers } from './dash-helpers.ts';

afterAll(closeBrowser);


/** The colours the page actually painted, read from computed styles. */
function painted(page: Page) {
  return page.evaluate(() => {
    const css = (sel: string, prop: string) => {
      const el = document.querySelector(sel);
      return el ? getComputedStyle(el).getPropertyValue(prop) : null;
    };
    return {
      page: css('body', 'background-color'),
      text: css('h1, main', 'color'),
      panel: css('.panel', 'background-color'),
      sea: css('.leaflet-container', 'background-color'),
      land: css('path[data-iso="DZ"]', 'fill'),
      bar: css('[data-panel="partners"] rect[data-type="visit"]', 'fill'),
      axis: css('[data-panel="timeline"] .recharts-cartesian-axis-tick-label text', 'fill'),
      swatch: css('.filters-swatch.type-visit', 'background-color'),
    };
  });
}

function expected(theme: ThemeName) {
  const p = PALETTES[theme];
  return { page: rgb(p.bg), text: rgb(p.ink), panel: rgb(p.bg), sea: rgb(p.sea), land: rgb(p.land), bar: rgb(p.types.visit), axis: rgb(p.axis), swatch: rgb(p.types.visit) };
}

async function drawn(query: string, scheme: 'light' | 'dark', size = DESKTOP): Promise<Page> {
  const page = await openApp(query, size);
  await page.emulateMedia({ colorScheme: scheme });
  await waitForMarkers(page);
  await waitForCharts(page);
  return page;
}

describe('themes', () => {
  it('stays light with no theme=, even for a reader whose system is dark', async () => {
    const page = await drawn('', 'dark');
    expect(await painted(page)).toEqual(expected('light'));
    expectClean(page);
    await page.close();
  });

  it('paints page, panels, basemap, bars, axes and swatches dark with theme=dark', async () => {
    const page = await drawn('theme=dark', 'light');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await painted(page)).toEqual(expected('dark'));
    expectClean(page);
    await page.close();
  });

  it('follows the colour scheme with theme=auto, both ways, and live', async () => {
    const page = await drawn('theme=auto', 'dark');
    expect(await painted(page)).toEqual(expected('dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await painted(page)).toEqual(expected('light'));
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await painted(page)).toEqual(expected('dark'));
    expectClean(page);
    await page.close();
  });

  it('puts the theme control in the URL and restyles at once', async () => {
    const page = await drawn('country=RU', 'light');
    await page.selectOption('.theme-switch select', 'dark');
    await eventually(async () => params(page).get('theme'), 'dark');
    expect(params(page).get('country')).toBe('RU');
    expect((await painted(page)).page).toBe(rgb(PALETTES.dark.bg));
    await page.selectOption('.theme-switch select', 'light');
    await eventually(async () => params(page).get('theme'), null);
    expectClean(page);
    await page.close();
  });

  it('carries the theme into both embed codes', async () => {
    const page = await drawn('theme=dark&country=RU', 'light');
    await page.click('.frame-actions button:has-text("Intégrer")');
    await page.waitForSelector('.embed-snippet textarea');
    const codes = await page.$$eval('.embed-snippet textarea', (areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(code).toMatch(/index\.html\?country=RU(&amp;|&)embed=1(&amp;|&)theme=dark/);
    expectClean(page);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const size of [PHONE, DESKTOP]) {
      it(`looks right in ${theme} at ${size.width} px (screenshot)`, async () => {
        const page = await drawn(`theme=${theme}`, 'light', size);
        await screenshot(page, `theme-${theme}-${size.width}`);
        expectClean(page);
        await page.close();
      });
    }
  }
});
