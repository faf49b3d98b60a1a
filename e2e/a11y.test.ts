// Accessibility (axe-core in Chromium, e2e/axe.ts: the latest 4.x, all WCAG
// 2.1 A/AA rules and best practices): no serious or critical violation, and
// no landmark sharing its name, on every view a reader can reach, in both themes.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean } from './harness.ts';
import { AXE_VERSION, graveViolations } from './axe.ts';
import { openApp, waitForCharts, waitForMarkers } from './dash-helpers.ts';

afterAll(closeBrowser);

type Wait = (page: Page) => Promise<unknown>;
const drawn: Wait = async (page) => { await waitForMarkers(page); await waitForCharts(page); };
const panel = (name: string): Wait => (page) => page.waitForSelector(`[data-panel="${name}"] :is([data-place], [data-partner], [data-period], [data-event])`);

const VIEWS: { name: string; query: string; ready: Wait }[] = [
  { name: 'default', query: '', ready: drawn },
  { name: 'English', query: 'lang=en', ready: drawn },
  { name: 'embed', query: 'embed=1&lang=en', ready: drawn },
  { name: 'map alone', query: 'view=map', ready: panel('map') },
  { name: 'partners alone', query: 'view=partners', ready: panel('partners') },
  { name: 'timeline alone', query: 'view=timeline', ready: panel('timeline') },
  { name: 'list alone', query: 'view=list', ready: panel('list') },
  { name: 'filtered', query: 'country=RU&type=talks,visit', ready: drawn },
  { name: 'empty result', query: 'q=zzzz-nothing-matches', ready: (page) => page.waitForSelector('.event-list-empty') },
  { name: 'partner profile', query: 'partner=RU', ready: (page) => page.waitForSelector('.profile[data-partner="RU"]') },
  { name: 'partners table', query: 'view=table', ready: (page) => page.waitForSelector('[data-panel="table"] tbody tr') },
  // A newsroom's named look (newsroom.config.json): its accent and serif headings, in the embed it is made for.
  { name: 'named look (echo-du-sahel) embed', query: 'look=echo-du-sahel&embed=1', ready: drawn },
  {
    name: 'embed dialog open', query: '',
    ready: async (page) => { await drawn(page); await page.click('.frame-actions button:has-text("Intégrer")'); await page.waitForSelector('.embed-snippet textarea'); },
  },
  {
    name: 'map popup open', query: 'lang=en',
    ready: async (page) => { await drawn(page); await page.click('[data-place]'); await page.waitForSelector('.contacts-popup li button');
      // Leaflet fades the popup in: axe would measure the half-faded text.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup') as Element).opacity === '1'); },
  },
];

describe.each(['light', 'dark'] as const)(`axe ${AXE_VERSION}, %s theme`, (theme) => {
  for (const view of VIEWS) {
    it(`finds no serious or critical violation in the ${view.name} view`, async () => {
      const page = await openApp([view.query, theme === 'dark' ? 'theme=dark' : ''].filter(Boolean).join('&'));
      await view.ready(page);
      expect(await graveViolations(page)).toEqual([]);
      expectClean(page);
      await page.close();
    });
  }
});
