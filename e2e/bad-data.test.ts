// Bad input (issue 6): broken, wrong, partly valid, missing, slow and cut-off
// data files each end in a clear message (with a retry) or in the valid part
// shown with its problems listed: never a spinner forever, never a blank page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser } from './harness.ts';
import { fixture, headerCount, listedEvents, openTolerant, serveFixtures, waitForReady } from './dash-helpers.ts';

beforeAll(serveFixtures);
afterAll(closeBrowser);

const NOT_FOUND = [/Failed to load resource: the server responded with a status of 404/];
const ABORTED = [/Failed to load resource: net::ERR_/];

/** The failure screen: an alert that says why, a retry button, and no progress bar left. */
async function expectFailure(page: Page, why: RegExp): Promise<void> {
  await page.waitForSelector('main.frame-failed', { timeout: 30_000 });
  // The problem lines load in their own chunk, a moment after the screen.
  await expect.poll(() => page.textContent('main.frame-failed [role="alert"]')).toMatch(why);
  expect(await page.locator('main.frame-failed button', { hasText: 'Réessayer' }).count()).toBe(1);
  expect(await page.locator('progress').count()).toBe(0);
}

describe('broken data files', () => {
  it('not JSON: says the file cannot be read, where, and offers a retry', async () => {
    const { page, problems } = await openTolerant(`index.html?data=${fixture('not-json.json')}`, []);
    await expectFailure(page, /illisible[\s\S]*(ligne|line) 4/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('wrong schema: says which field is wrong', async () => {
    const { page, problems } = await openTolerant(`index.html?data=${fixture('wrong-schema.json')}`, []);
    await expectFailure(page, /schema/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('mixed valid and invalid: shows the valid events and lists each problem with its location', async () => {
    const { page, problems } = await openTolerant(`index.html?data=${fixture('mixed-valid-invalid.json')}`, []);
    await waitForReady(page);
    // A place's bad coordinates, a partner or source missing from their lists cost no event (issue 17).
    expect((await headerCount(page)).total).toBe(6);
    expect(await listedEvents(page)).toEqual(expect.arrayContaining(['valid-kremlin-talks', 'dangling-partner', 'dangling-place', 'dangling-source']));
    await page.click('.notice-problems summary');
    const items = await page.$$eval('.notice-problems li', (els) => els.map((el) => el.textContent ?? ''));
    expect(items).toHaveLength(9);
    const locations = [/^Corrigé places\[2\].*lat/, /^Corrigé places\[2\].*lon/, /^Écarté events\[1\].*bad-day.*date/, /^Écarté events\[2\].*bad-month/,
      /^Écarté events\[4\].*end/, /^Corrigé events\[5\].*partner/, /^Corrigé events\[7\].*sources\.0\.source/, /^Écarté events\[8\].*id/, /^Écarté events\[9\].*title\.fr/];
    locations.forEach((where, i) => expect(items[i]).toMatch(where));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a missing file: says it is not found, and retry tries again', async () => {
    const { page, problems } = await openTolerant(`index.html?data=${fixture('no-such-file.json')}`, NOT_FOUND);
    await expectFailure(page, /404/);
    let requests = 0;
    page.on('request', (r) => void (r.url().includes('no-such-file') && requests++));
    await page.click('main.frame-failed button >> text=Réessayer');
    await expectFailure(page, /404/);
    expect(requests).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('slow and cut-off loads', () => {
  const MIXED = fixture('mixed-valid-invalid.json');
  const url = (query: string) => new URL(`index.html?${query}`, baseUrl).href;

  it('shows a visible progress state while the file is pending, then the data', async () => {
    const { page, problems } = await openTolerant('', []);
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    let requests = 0;
    await page.route(`**/${MIXED}`, async (route) => {
      requests += 1;
      await held;
      await route.continue();
    });
    await page.goto(url(`data=${MIXED}`));
    await page.waitForSelector('main.frame-loading [role="status"]', { state: 'visible' });
    expect(await page.isVisible('main.frame-loading progress')).toBe(true);
    expect(await page.getAttribute('main', 'data-ready')).toBe('false');
    release();
    await waitForReady(page);
    expect((await headerCount(page)).total).toBe(6);
    expect(requests).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('starts fetching the data= file before the app code has loaded, and fetches it once', async () => {
    const { page, problems } = await openTolerant('', []);
    let dataSeen = () => {};
    const dataRequested = new Promise<'data'>((resolve) => { dataSeen = () => resolve('data'); });
    let requests = 0;
    await page.route(`**/${MIXED}`, async (route) => {
      requests += 1;
      dataSeen();
      await route.continue();
    });
    // The entry script is held until the data file is asked for (or 5 s, and the test fails).
    let first: 'data' | 'timeout' | null = null;
    await page.route('**/assets/index-*.js', async (route) => {
      first ??= await Promise.race([dataRequested, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000))]);
      await route.continue();
    });
    await page.goto(url(`data=${MIXED}`));
    await waitForReady(page);
    expect(first).toBe('data');
    expect(requests).toBe(1);
    expect((await headerCount(page)).total).toBe(6);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a request that never answers ends in a timeout message with a retry that works', async () => {
    const { page, problems } = await openTolerant('', ABORTED);
    await page.clock.install();
    let calls = 0;
    await page.route(`**/${MIXED}`, async (route) => {
      if (++calls === 1) return; // never answered
      await route.continue();
    });
    await page.goto(url(`data=${MIXED}`));
    await page.waitForSelector('main.frame-loading');
    await page.clock.runFor(25_000);
    await expectFailure(page, /trop de temps/);
    await page.click('main.frame-failed button >> text=Réessayer');
    await waitForReady(page);
    expect(calls).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an aborted request says the network failed, with a retry', async () => {
    const { page, problems } = await openTolerant('', ABORTED);
    await page.route(`**/${MIXED}`, (route) => route.abort('connectionreset'));
    await page.goto(url(`data=${MIXED}`));
    await expectFailure(page, /réseau/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a file cut in half says it cannot be read, with a retry', async () => {
    const { page, problems } = await openTolerant('', []);
    const full = readFileSync(new URL('../test-fixtures/datasets/mixed-valid-invalid.json', import.meta.url));
    await page.route(`**/${MIXED}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: full.subarray(0, full.length >> 1) }));
    await page.goto(url(`data=${MIXED}`));
    await expectFailure(page, /illisible/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
