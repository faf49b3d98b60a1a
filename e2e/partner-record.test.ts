// A partner's record (partner=ID), the partners table (view=table) and the
// level filter (level=) in Chromium, on the bundled record and on the US
// Secretary of State record loaded with data= (read from ../shared at test
// time, never bundled: the test fails, not skips, when it is missing).
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean } from './harness.ts';
import { graveViolations } from './axe.ts';
import { eventually, expectNoSideScroll, fixture, listedEvents, openApp, params, PHONE, waitForCharts, waitForMarkers } from './dash-helpers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHARED_RECORD = `${root}../shared/data/us-secretary-travels.json`;
const US_FIXTURE = fixture('partner-us-secretary.json');

beforeAll(() => {
  if (!existsSync(SHARED_RECORD)) throw new Error(`${SHARED_RECORD} is missing: these tests need the shared US record`);
  mkdirSync(`${root}dist/${US_FIXTURE.replace(/\/[^/]+$/, '')}`, { recursive: true });
  cpSync(SHARED_RECORD, `${root}dist/${US_FIXTURE}`);
});
afterAll(closeBrowser);

const fact = (page: Page, name: string) => page.locator(`.profile [data-fact="${name}"] dd`).innerText();

/** France's measures in the raw file, worked out here without the app's code. */
function franceByHand() {
  const raw = JSON.parse(readFileSync(SHARED_RECORD, 'utf8')) as { updated: string; events: Array<{ partner: string | null; date: string; end?: string }> };
  const day = (text: string, last: boolean) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
    if (d !== undefined) return Date.UTC(y, (m as number) - 1, d) / 86_400_000;
    if (m !== undefined) return (last ? Date.UTC(y, m, 0) : Date.UTC(y, m - 1, 1)) / 86_400_000;
    return (last ? Date.UTC(y, 11, 31) : Date.UTC(y, 0, 1)) / 86_400_000;
  };
  const spans = raw.events.filter((e) => e.partner === 'FR').map((e) => [day(e.date, false), day(e.end ?? e.date, true)] as const).sort((a, b) => a[0] - b[0]);
  let reach = spans[0]?.[1] ?? 0;
  let silence = 0;
  for (const [start, end] of spans.slice(1)) {
    silence = Math.max(silence, start - reach);
    reach = Math.max(reach, end);
  }
  const last = Math.max(...spans.map((s) => s[1]));
  return { count: spans.length, lastDay: new Date(last * 86_400_000).toISOString().slice(0, 10), since: day(raw.updated, true) - last, silence };
}

describe('a partner\'s record', () => {
  it('partner=RU shows its five contacts, all abroad, the 23 June agreements and the days since', async () => {
    const page = await openApp('partner=RU');
    await page.waitForSelector('.profile');
    expect(await page.locator('.profile-title').innerText()).toBe('Russie : le dossier');
    expect(await fact(page, 'contacts')).toBe('5');
    expect(await fact(page, 'abroad')).toMatch(/^5\b/);
    expect(await fact(page, 'abroad')).toContain('1 voyage');
    expect(await fact(page, 'home')).toBe('0');
    expect(await fact(page, 'since')).toBe('515 jours au 23 novembre 2026');
    expect(await fact(page, 'last')).toContain('26 juin 2025');
    const ledger = page.locator('.profile-ledger-items > li');
    expect(await ledger.count()).toBe(2);
    expect(await ledger.allInnerTexts()).toEqual([
      expect.stringMatching(/énergie nucléaire, avec Rosatom[\s\S]*Domaine : énergie[\s\S]*Signé lors de : Trois accords signés à Moscou, 23 juin 2025/),
      expect.stringMatching(/commission intergouvernementale[\s\S]*Domaine : commerce[\s\S]*23 juin 2025/),
    ]);
    expect(await page.locator('.profile-events-items > li').count()).toBe(5);
    expectClean(page);
    await page.close();
  });

  it('partner=GN&lang=en shows one contact abroad and one at home', async () => {
    const page = await openApp('partner=GN&lang=en');
    await page.waitForSelector('.profile');
    expect(await page.locator('.profile-title').innerText()).toBe('Guinea: the record');
    expect(await fact(page, 'contacts')).toBe('2');
    expect(await fact(page, 'abroad')).toMatch(/^1\b/);
    expect(await fact(page, 'home')).toBe('1');
    expect(await fact(page, 'silence')).toMatch(/^12 days/);
    expectClean(page);
    await page.close();
  });

  it('gives France\'s count, last visit and longest silence in the US Secretary of State record', async () => {
    const expected = franceByHand();
    // Checked by hand against the file: 193 visits, the last on 8 January 2025, and
    // 4,944 days between June 1905 and December 1918.
    expect(expected).toEqual({ count: 193, lastDay: '2025-01-08', since: 556, silence: 4944 });
    const page = await openApp(`data=${US_FIXTURE}&partner=FR&lang=en`);
    await page.waitForSelector('.profile');
    expect(await fact(page, 'contacts')).toBe(String(expected.count));
    expect(await fact(page, 'last')).toContain('8 January 2025');
    expect(await fact(page, 'since')).toBe(`${expected.since} days as of 18 July 2026`);
    expect(await fact(page, 'silence')).toMatch(new RegExp(`^${expected.silence.toLocaleString('en-GB')} days`));
    // The file has no levels or agreements: the record says nothing about them.
    expect(await page.locator('.profile-levels, .profile-ledger').count()).toBe(0);
    expectClean(page);
    await page.close();
  });

  it('opens from an event card and from the picker, as a link, and closes back to the view', async () => {
    const page = await openApp('type=talks');
    await page.locator('[data-panel="list"] [data-event="gn-conakry-talks"] .event-card-partner a').click();
    await page.waitForSelector('.profile[data-partner="GN"]');
    expect(params(page).get('partner')).toBe('GN');
    expect(params(page).get('type')).toBe('talks');
    await page.locator('.profile-close').click();
    await eventually(async () => params(page).get('partner'), null);
    expect(params(page).get('type')).toBe('talks');
    await page.getByRole('button', { name: 'Tous les partenaires' }).click();
    const link = page.getByRole('link', { name: 'Dossier Russie' });
    expect(await link.getAttribute('href')).toContain('partner=RU');
    await link.click();
    await page.waitForSelector('.profile[data-partner="RU"]');
    await page.goBack();
    await eventually(async () => page.locator('.profile').count(), 0);
    expectClean(page);
    await page.close();
  });
});

describe('the level filter', () => {
  it('level= keeps the events of those levels, counts each level, and is carried into the embed code', async () => {
    const page = await openApp('level=head-of-government');
    expect(await listedEvents(page)).toEqual([
      'de-primature-audience', 'gb-primature-audience', 'gn-conakry-talks', 'gn-primature-audience', 'icrc-primature-audience', 'sn-primature-audience', 'us-primature-audience',
    ]);
    const check = (name: RegExp) => page.locator('.filters-levels').getByRole('checkbox', { name });
    expect(await check(/Chef du gouvernement/).isChecked()).toBe(true);
    expect(await check(/Chef de l’État/).getAttribute('value')).toBe('head-of-state');
    expect(await page.locator('.filters-levels li').allInnerTexts()).toContainEqual(expect.stringMatching(/Chef de l’État\s*5/));
    await check(/Ministre/).check();
    await eventually(async () => params(page).get('level'), 'head-of-government,minister');
    expect(await listedEvents(page)).toContain('ps-solidarity-day');
    await page.getByRole('button', { name: /Intégrer/ }).click();
    expect(await page.locator('.embed-snippet textarea').first().inputValue()).toContain('level=head-of-government,minister');
    expectClean(page);
    await page.close();
  });
});

describe('the partners table', () => {
  const column = (page: Page, name: string) => page.$$eval(`[data-panel="table"] tbody tr`, (rows, n) =>
    rows.map((r) => (n === 'partner' ? r.getAttribute('data-partner') : r.querySelector(`[data-column="${n}"]`)?.textContent) ?? ''), name);

  it('view=table lists the partners of the filters and sorts by days since, aria-sort on the header', async () => {
    const page = await openApp('view=table&lang=en');
    await page.waitForSelector('[data-panel="table"] tbody tr');
    expect((await column(page, 'partner')).length).toBe(10);
    const header = page.locator('[data-panel="table"] th[data-column="daysSince"]');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const days = (await column(page, 'daysSince')).map(Number);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(await column(page, 'partner')).toEqual(expect.arrayContaining(['RU']));
    expect((await column(page, 'partner'))[0]).toBe('RU'); // 515 days: the longest without a contact
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // Qatar's reception is dated to the month only: it may have been as late as 31 December 2025.
    expect((await column(page, 'partner')).slice(0, 2)).toEqual(['QA', 'GN']);
    expect(await page.locator('[data-panel="table"] th[aria-sort]').count()).toBe(1);
    expectClean(page);
    await page.close();
  });

  it('follows the filters, opens a record from a row, and fits a phone', async () => {
    const page = await openApp('view=table&type=audience', PHONE);
    await page.waitForSelector('[data-panel="table"] tbody tr');
    expect((await column(page, 'partner')).sort()).toEqual(['DE', 'GB', 'GN', 'ICRC', 'SN', 'US']);
    await expectNoSideScroll(page);
    await page.locator('[data-panel="table"] tbody tr[data-partner="ICRC"] a').click();
    await page.waitForSelector('.profile[data-partner="ICRC"]');
    expect(params(page).get('view')).toBe('table');
    expectClean(page);
    await page.close();
  });
});

describe('openers and accessibility', () => {
  it('opens a record from a partner bar\'s name and from a map popup', async () => {
    const page = await openApp('q=kazan');
    await waitForCharts(page);
    await page.locator('[data-panel="partners"] a[data-nav="partner"]').first().click();
    await page.waitForSelector('.profile[data-partner="RU"]');
    expect(params(page).get('q')).toBe('kazan'); // the record opens over the view, filters kept
    await page.goBack();
    await eventually(async () => page.locator('.profile').count(), 0);
    await waitForMarkers(page);
    await page.locator('[data-panel="map"] [data-place="kazan"]').click();
    await page.locator('.contacts-popup a[data-nav="partner"]').first().click();
    await page.waitForSelector('.profile[data-partner="RU"]');
    expectClean(page);
    await page.close();
  });

  for (const [name, query, selector] of [
    ['a record', 'partner=RU', '.profile'],
    ['a record in English, on a phone', 'partner=GN&lang=en', '.profile'],
    ['the partners table', 'view=table', '[data-panel="table"] tbody tr'],
    ['the partners table in English', 'view=table&lang=en&level=head-of-government', '[data-panel="table"] tbody tr'],
  ] as const) {
    it(`finds no serious or critical axe violation in ${name}`, async () => {
      const page = await openApp(query, name.includes('phone') ? PHONE : undefined);
      await page.waitForSelector(selector);
      if (selector === '.profile') await waitForMarkers(page);
      expect(await graveViolations(page)).toEqual([]);
      expectClean(page);
      await page.close();
    });
  }
});
