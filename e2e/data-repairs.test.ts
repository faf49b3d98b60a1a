// A fault costs the least it can (issue 17), through data= as a newsroom loads
// its own file: a typo in a shared record keeps every contact, an event's own
// typo costs that one contact and the count says so, and a spreadsheet loads
// as the export wrote it or as LibreOffice saved it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser } from './harness.ts';
import { fixture, headerCount, listedEvents, markerPlaces, openTolerant, partnerBars, serveFixtures, waitForCharts, waitForMarkers, waitForReady } from './dash-helpers.ts';

beforeAll(serveFixtures);
afterAll(closeBrowser);

const ALL = 15;

async function open(name: string, query = ''): Promise<{ page: Page; problems: string[] }> {
  const opened = await openTolerant(`index.html?data=${fixture(name)}${query}`, []);
  await waitForReady(opened.page);
  return opened;
}

/** The problems notice, opened: its summary and each line. */
async function noticeLines(page: Page): Promise<string[]> {
  await page.click('.notice-problems summary');
  return page.$$eval('.notice-problems li', (els) => els.map((el) => el.textContent ?? ''));
}

describe('a typo in a shared record keeps every contact', () => {
  it('a source address without https://: all 15 shown, that source without a link', async () => {
    const { page, problems } = await open('source-url-typo.json');
    expect(await headerCount(page)).toEqual({ shown: ALL, total: ALL });
    expect(await listedEvents(page)).toHaveLength(ALL);
    const titles = page.locator('.event-card-source-title', { hasText: 'Fin de la visite du Chef de l' });
    expect(await titles.count()).toBeGreaterThan(0);
    expect(await titles.evaluateAll((els) => els.map((el) => el.tagName))).toEqual(Array(await titles.count()).fill('SPAN'));
    expect((await noticeLines(page)).join('\n')).toMatch(/champ « url » .*→ affichée sans lien/);
    expect(await page.locator('.frame-left-out').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('coordinates typed with a decimal comma: all 15 shown, the map says how many it leaves off', async () => {
    const { page, problems } = await open('place-coordinates-typo.json');
    expect(await headerCount(page)).toEqual({ shown: ALL, total: ALL });
    await waitForMarkers(page);
    expect(await markerPlaces(page)).not.toContain('bamako');
    expect(await page.textContent('[data-panel="map"] .map-note-off')).toMatch(/^8 contacts ne sont pas sur la carte/);
    expect((await noticeLines(page)).join('\n')).toMatch(/places\[0\] \(id « bamako »\), champ « lat »/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a country dropped from partners: all 15 shown, named by its code', async () => {
    const { page, problems } = await open('partner-missing.json');
    expect(await headerCount(page)).toEqual({ shown: ALL, total: ALL });
    await waitForCharts(page);
    expect(await partnerBars(page)).toContain('RU');
    expect(await page.getAttribute('[data-panel="partners"] [data-partner="RU"]', 'aria-label')).toMatch(/^Russie/);
    expect((await noticeLines(page)).join('\n')).toMatch(/champ « partner » : « RU » ne figure pas dans la liste « partners » → 5 contacts conservés : nommé d’après son code pays/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('an event’s own typo costs that contact alone, and the count says so', () => {
  it('a date typo: 14 shown, and "1 contact left out" beside the count, which opens the problems', async () => {
    const { page, problems } = await open('event-date-typo.json', '&lang=en');
    expect(await headerCount(page)).toEqual({ shown: ALL - 1, total: ALL - 1 });
    expect(await listedEvents(page)).not.toContain('ru-agreements');
    expect((await page.textContent('.frame-count'))?.replace(/\s+/g, ' ')).toBe('14 of 14 contacts · 1 contact left out (see the problems)');
    await page.click('.frame-left-out button');
    expect(await page.getAttribute('.notice-problems details', 'open')).not.toBeNull();
    expect(await page.textContent('.notice-problems li')).toMatch(/events\[2\] \(id "ru-agreements"\), field "date".*→ contact left out/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a spreadsheet is a dataset', () => {
  it.each(['contacts.csv', 'contacts-semicolon.csv'])('%s (as exported, or saved with ";" by LibreOffice): 15 of 15', async (name) => {
    const { page, problems } = await open(name);
    expect(await headerCount(page)).toEqual({ shown: ALL, total: ALL });
    expect(await listedEvents(page)).toHaveLength(ALL);
    expect(await page.locator('.notice-problems').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('as Excel saves "CSV" on a French Windows (Windows-1252, ";", CRLF): 15 of 15, accents right, and the encoding said', async () => {
    const { page, problems } = await open('contacts-excel-1252.csv');
    expect(await headerCount(page)).toEqual({ shown: ALL, total: ALL });
    const list = await page.textContent('[data-panel="list"]') ?? '';
    expect(list).toContain('hélicoptères');
    expect(list).not.toMatch(/Ã|\uFFFD/);
    expect(await noticeLines(page)).toEqual([expect.stringMatching(/^Corrigé le fichier : pas en UTF-8.*→ lu comme du Windows-1252/)]);
    expect(await page.locator('.frame-left-out').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a bad date cell: 14 shown, the row and column named', async () => {
    const { page, problems } = await open('bad-date-cell.csv');
    expect(await headerCount(page)).toEqual({ shown: ALL - 1, total: ALL - 1 });
    expect(await page.textContent('.frame-left-out')).toContain('1 contact écarté');
    expect(await noticeLines(page)).toEqual([expect.stringMatching(/^Écarté ligne 4, colonne date : « 2025-06-31 » n’est pas une date du calendrier/)]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"CSV" writes the file without loading the validator (zod) or the JSON error reader', async () => {
    const { page, problems } = await openTolerant('index.html', []);
    await waitForReady(page);
    const scripts: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname)));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.download-button >> text=CSV')]);
    expect(download.suggestedFilename()).toMatch(/^contacts-ml-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(scripts.some((s) => /\/csv-export-/.test(s))).toBe(true);
    expect(scripts.filter((s) => /\/(validate|json-text|csv-dataset)-/.test(s))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a JSON syntax error (a trailing comma) is placed by line and column, in its own chunk, without the validator', async () => {
    const { page, problems } = await openTolerant('', []);
    const scripts: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname)));
    await page.route('**/e2e-data/trailing-comma.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "schema": 1,\n  "events": [],\n}\n' }));
    await page.goto(new URL(`index.html?data=${fixture('trailing-comma.json')}`, baseUrl).href);
    await page.waitForSelector('main.frame-failed');
    await expect.poll(() => page.textContent('main.frame-failed [role="alert"]')).toMatch(/ligne 4, colonne 1/); // its lines load a moment after
    expect(scripts.some((s) => /\/json-text-/.test(s))).toBe(true);
    expect(scripts.filter((s) => /\/validate-/.test(s))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
