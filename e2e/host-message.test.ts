// Hosts without pym.js: the page posts {type: "contacts-dashboard:height", height}
// to whatever page frames it, here a page on another origin.
import { afterAll, describe, expect, it } from 'vitest';
import { baseOrigin, baseUrl, closeBrowser, launchBrowser, watchPage, expectClean } from './harness.ts';

afterAll(closeBrowser);

interface Received { data: unknown; origin: string }

describe('plain height message', () => {
  it('reaches a host page that listens, with the frame content height', async () => {
    const page = await (await launchBrowser()).newPage();
    await page.setViewportSize({ width: 600, height: 600 });
    await watchPage(page);
    const src = new URL('index.html?embed=1', baseUrl).href;
    await page.setContent(`<!doctype html><body style="margin:0">
      <script>window.received = []; addEventListener('message', (e) => received.push({ data: e.data, origin: e.origin }));</script>
      <iframe id="f" src="${src}" style="border:0;width:100%;height:150px"></iframe></body>`);
    await page.waitForFunction(() => (window as unknown as { received: Received[] }).received
      .some((m) => typeof m.data === 'object' && m.data !== null && (m.data as { type?: string }).type === 'contacts-dashboard:height'));
    const received = await page.evaluate(() => (window as unknown as { received: Received[] }).received);
    const plain = received.filter((m) => (m.data as { type?: string }).type === 'contacts-dashboard:height');
    const last = plain[plain.length - 1];
    expect(last?.origin).toBe(baseOrigin);
    expect((last?.data as { height: number }).height).toBeGreaterThan(0);
    // No pym.js parent framed it (no childId), so no pym string is sent.
    expect(received.some((m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMx'))).toBe(false);
    expectClean(page);
    await page.close();
  });
});
