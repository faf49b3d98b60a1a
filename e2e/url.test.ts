// The URL contract (docs/interfaces.md §1) in Chromium: values that cannot be used
// are ignored and reported in one dismissible line; foreign parameters survive;
// `data=` never reaches another origin.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean } from './harness.ts';
import { headerCount, ignoredNotice, openApp, params } from './dash-helpers.ts';

afterAll(closeBrowser);

describe('unusable values', () => {
  it('an unknown country, an impossible date and an unknown type are ignored and said so, once', async () => {
    const page = await openApp('country=XX&from=2025-13-45&type=picnic');
    expect(await headerCount(page)).toEqual({ shown: 15, total: 15 });
    expect(await page.locator('.notice-url').count()).toBe(1);
    const notice = await ignoredNotice(page);
    for (const part of ['country=XX', 'from=2025-13-45', 'type=picnic']) expect(notice).toContain(part);
    await page.click('.notice-url .notice-dismiss');
    expect(await page.locator('.notice-url').count()).toBe(0);
    expect(await page.locator('[data-panel]').count()).toBe(4);
    expectClean(page);
    await page.close();
  });

  it('keeps the usable values next to the unusable ones', async () => {
    const page = await openApp('country=RU,XX&type=talks');
    expect((await headerCount(page)).shown).toBe(2);
    expect(await ignoredNotice(page)).toContain('country=XX');
    expectClean(page);
    await page.close();
  });
});

describe('pym.js parameters', () => {
  it('are kept in the URL as the view changes, and never reported', async () => {
    const pym = 'initialWidth=480&childId=embed-1&parentTitle=Un+article&parentUrl=https%3A%2F%2Fnews.example%2Fa';
    const page = await openApp(`embed=1&${pym}`);
    expect(await page.locator('.notice-url').count()).toBe(0);
    await page.locator('[data-panel="list"] [data-event="ru-kremlin-talks"] h3 button').click();
    await page.waitForFunction(() => location.search.includes('event=ru-kremlin-talks'));
    const p = params(page);
    expect([p.get('initialWidth'), p.get('childId'), p.get('parentTitle'), p.get('parentUrl')])
      .toEqual(['480', 'embed-1', 'Un article', 'https://news.example/a']);
    expectClean(page);
    await page.close();
  });
});

describe('data= on another origin', () => {
  for (const data of ['https://evil.example/x.json', '//evil.example/x.json', 'https:%2F%2Fevil.example/x.json']) {
    it(`refuses ${data} with a notice, shows the bundled data and requests nothing`, async () => {
      const page = await openApp(`data=${encodeURIComponent(data)}`);
      expect(await ignoredNotice(page)).toMatch(/data=.*evil\.example/);
      expect(await headerCount(page)).toEqual({ shown: 15, total: 15 });
      expectClean(page); // fails on any request to another origin
      await page.close();
    });
  }
});
