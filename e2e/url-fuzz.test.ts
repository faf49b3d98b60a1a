// Fuzzing the URL in Chromium: a few hundred seeded random query strings
// (garbage in every parameter, repeats, huge values, broken percent-encoding)
// never throw and never leave a blank page (docs/interfaces.md §1).
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { closeBrowser } from './harness.ts';
import { openTolerant, waitForReady } from './dash-helpers.ts';
import { seededRandom } from '../bench/generate.ts';

afterAll(closeBrowser);

const NAMES = ['country', 'from', 'to', 'type', 'q', 'event', 'lang', 'view', 'embed', 'data', 'initialWidth', 'childId', 'x', ''];
const JUNK = [
  'RU', 'ru,us,,', 'XX', '2025-13-45', '2025-02-30', '-1', '9999999999', 'talks,visit', 'map,list', 'fr', 'EN', '1', '0',
  '%E0%A4%A', '%', '%%41', '%FF%FE', '%00', '%C0%AF', '<script>alert(1)</script>', '"\'><img src=x onerror=alert(1)>',
  'javascript:alert(1)', '//evil.example/x.json', 'https://evil.example/x.json', '../../etc/passwd', 'data/missing.json',
  '\u202e\u0000', '💥'.repeat(50), 'a'.repeat(5000), '__proto__', 'constructor', 'toString', ' ', '+', '&', '=', '#frag',
];

function randomQuery(next: () => number): string {
  // The index is always in range: next() is in [0, 1).
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 6);
  for (let i = 0; i < count; i++) {
    const value = next() < 0.2 ? `${pick(JUNK)}${pick(JUNK)}` : pick(JUNK);
    parts.push(next() < 0.1 ? value : `${pick(NAMES)}=${value}`); // sometimes no name at all
  }
  return parts.join(next() < 0.1 ? '&&' : '&');
}

/** The app drew something: the dashboard, or a failure message for a same-origin data path. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    if (!main || (main.textContent ?? '').trim() === '') return false;
    return main.getAttribute('data-ready') === 'true' || main.classList.contains('frame-failed');
  }, undefined, { timeout: 10_000 });
}

// A random same-origin data path 404s by design; Chromium logs that as a console error.
const EXPECTED = [/Failed to load resource: the server responded with a status of 404/];

it('survives 300 seeded random query strings', async () => {
  const next = seededRandom(20251123); // seeded, so a failure can be replayed
  const { page, problems } = await openTolerant('index.html', EXPECTED);
  await waitForReady(page);
  let previous = '';
  for (let i = 0; i < 300; i++) {
    const query = randomQuery(next);
    const label = `#${i} ?${query.slice(0, 200)} (after ?${previous.slice(0, 200)})`;
    previous = query;
    // Most go through history + popstate (as back/forward does); every tenth is a fresh load.
    if (i % 10 === 0) {
      await page.goto(`${new URL(page.url()).origin}/index.html?${query}`);
    } else {
      await page.evaluate((q) => {
        history.pushState(null, '', `?${q}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, query);
    }
    try {
      await settled(page);
    } catch {
      throw new Error(`blank or stuck page for ${label}`);
    }
    expect(problems, label).toEqual([]);
  }
  await page.close();
}, 180_000);
