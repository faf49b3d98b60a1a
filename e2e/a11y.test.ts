// Accessibility (axe-core in Chromium, e2e/axe.ts): no serious or critical violation in the
// default, English, filtered-empty and embedded views.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean } from './harness.ts';
import { graveViolations } from './axe.ts';
import { openApp, waitForCharts, waitForMarkers } from './dash-helpers.ts';

afterAll(closeBrowser);

const VIEWS: { name: string; query: string; drawn: boolean }[] = [
  { name: 'default', query: '', drawn: true },
  { name: 'English', query: 'lang=en', drawn: true },
  { name: 'filtered to nothing', query: 'q=zzzz-nothing-matches', drawn: false },
  { name: 'embed', query: 'embed=1&lang=en', drawn: true },
];

describe('axe', () => {
  for (const view of VIEWS) {
    it(`finds no serious or critical violation in the ${view.name} view`, async () => {
      const page = await openApp(view.query);
      if (view.drawn) {
        await waitForMarkers(page);
        await waitForCharts(page);
      } else {
        await page.waitForSelector('.event-list-empty');
      }
      expect(await graveViolations(page)).toEqual([]);
      expectClean(page);
      await page.close();
    });
  }
});
