// A hostile data file (issue 6): markup, scripts, event handlers and
// javascript:/data: addresses in every text field are shown as text and never run.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser } from './harness.ts';
import { fixture, openTolerant, serveFixtures, waitForReady } from './dash-helpers.ts';

beforeAll(serveFixtures);
afterAll(closeBrowser);

/** Every payload tries to set one of these, or to pop a dialog (openTolerant records dialogs). */
const PAYLOAD_GLOBALS = ['__pwned', '__xss'];

async function openHostile(lang: 'fr' | 'en', file = 'hostile.json'): Promise<{ page: Page; problems: string[] }> {
  const opened = await openTolerant(`index.html?data=${fixture(file)}&lang=${lang}`, []);
  await waitForReady(opened.page);
  await opened.page.waitForSelector('[data-panel="map"] [data-place]');
  return opened;
}

async function expectInert(page: Page, problems: string[]): Promise<void> {
  // Payloads like <img onerror> fire asynchronously: give them time to try.
  await page.waitForTimeout(500);
  const globals = await page.evaluate((names) => names.filter((n) => n in window), PAYLOAD_GLOBALS);
  expect(globals).toEqual([]);
  // No element the payloads carry was created from the data.
  const injected = await page.$$eval('#root script, #root iframe, #root img[src="x"], #root svg[onload], #root style, #root [onerror]', (els) => els.length);
  expect(injected).toBe(0);
  // Only http(s) addresses become links.
  const hrefs = await page.$$eval('#root a[href]', (els) => els.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|\?|#|\/|index\.html)/);
  expect(hrefs.some((h) => /^\s*(javascript|data):/i.test(h))).toBe(false);
  expect(problems).toEqual([]); // no dialog, no uncaught error, no request elsewhere
}

describe('a hostile data file', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`shows every payload as text (${lang})`, async () => {
      const { page, problems } = await openHostile(lang);
      const text = await page.textContent('#root');
      if (lang === 'fr') {
        expect(text).toContain('<script>alert("fr")</script>Entretiens');
        expect(text).toContain('« <img src=x onerror=alert(1)> » et <script>alert(2)</script>');
      } else {
        expect(text).toContain('Talks <img src=x onerror=alert(1)>');
        expect(text).toContain('Summary <a href="javascript:alert(1)">click</a>');
      }
      expect(text).toContain('<b>Vladimir</b> Poutine');
      expect(text).toContain('<style>body{display:none}</style>');
      await expectInert(page, problems);
      await page.close();
    });
  }

  it('keeps the safe source as a link and the javascript: one as text', async () => {
    const { page, problems } = await openHostile('fr');
    const links = await page.$$eval('#root .event-card-cite a', (els) => els.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https:\/\/example\.org\/safe/);
    await expectInert(page, problems);
    await page.close();
  });

  it('stays inert in the map popups and the partner chart', async () => {
    const { page, problems } = await openHostile('fr');
    await page.click('[data-place="bamako"]');
    await page.waitForSelector('.contacts-popup li button');
    expect(await page.textContent('.contacts-popup')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.getAttribute('[data-place="bamako"]', 'aria-label')).toContain('Bamako <img');
    await expectInert(page, problems);
    await page.close();
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`sets no global from payloads that try to (${lang}), even when the reader opens the problems`, async () => {
      const { page, problems } = await openHostile(lang, 'hostile-globals.json');
      expect(await page.textContent('h1')).toMatch(lang === 'fr' ? /<script>window.__pwned=1<\/script>/ : /<svg\/onload=/);
      await page.click('.notice-problems summary');
      expect(await page.textContent('.notice-problems')).toContain('javascript:window.__pwned=1');
      await page.click('[data-place="moscow"]');
      await page.waitForSelector('.contacts-popup li button');
      await page.focus('[data-panel="partners"] [data-partner="XSS"]');
      expect(await page.getAttribute('[data-partner="XSS"]', 'aria-label')).toMatch(/^Org </);
      await expectInert(page, problems);
      await page.close();
    });
  }
});
