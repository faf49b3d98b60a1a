// The embed promise (docs/interfaces.md §2), in Chromium: a pym.js host sizes the
// iframes to their content at phone and tablet widths, with no inner scrollbars.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectClean, openPage, screenshot, waitForApp } from './harness.ts';
import { frameIn, frameLayout, iframeHeight, waitForFit } from './frames.ts';
import { openApp } from './dash-helpers.ts';

afterAll(closeBrowser);

// The third is the second newsroom's: a published view, dark, in its own look.
const EMBEDS = ['embed-russia', 'embed-timeline', 'embed-echo'];

/** The frame's address and a digest of its whole DOM, to tell if anything changed. */
function snapshot() {
  const html = document.documentElement.outerHTML;
  let hash = 5381;
  for (let i = 0; i < html.length; i++) hash = ((hash * 33) ^ html.charCodeAt(i)) >>> 0;
  return { url: location.href, length: html.length, hash, lang: document.documentElement.lang };
}

describe('the demo article embeds the dashboard with pym.js', () => {
  for (const width of [320, 480, 768]) {
    it(`sizes every iframe to its content at ${width} px, with no inner scrollbars`, async () => {
      const page = await openPage('embed-demo.html', { width, height: 700 });
      for (const id of EMBEDS) {
        const frame = await frameIn(page, id);
        await waitForApp(frame);
        const height = await waitForFit(page, id, frame);
        const layout = await frameLayout(frame);
        expect(layout.scrollWidth, `${id} scrolls sideways`).toBeLessThanOrEqual(layout.clientWidth);
        expect(layout.scrollHeight, `${id} scrolls down`).toBeLessThanOrEqual(layout.clientHeight + 1);
        expect(height).toBeGreaterThan(0);
      }
      await screenshot(page, `embed-demo-${width}`);
      expectClean(page);
      await page.close();
    });
  }

  it('shows the second newsroom’s embed dark, in its own look, with its credit line', async () => {
    const page = await openPage('embed-demo.html', { width: 768, height: 700 });
    const frame = await frameIn(page, 'embed-echo');
    await frame.waitForSelector('#static-view, #root main');
    const early = await frame.evaluate(() => ({ theme: document.documentElement.dataset.theme, look: document.documentElement.dataset.look, bg: getComputedStyle(document.body).backgroundColor }));
    expect(early).toEqual({ theme: 'dark', look: 'echo-du-sahel', bg: 'rgb(21, 23, 26)' });
    await waitForApp(frame);
    expect(await frame.locator('.frame-newsroom').textContent()).toBe('L’Écho du Sahel · service infographie');
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.frame-credit a') as Element).color)).toBe('rgb(240, 163, 94)');
    expectClean(page);
    await page.close();
  });

  it('grows and shrinks the iframe with the content', async () => {
    const page = await openPage('embed-demo.html', { width: 480, height: 700 });
    const frame = await frameIn(page, 'embed-russia');
    await waitForApp(frame);
    const before = await waitForFit(page, 'embed-russia', frame);
    // Content added after load (as a filter that lists more events would).
    await frame.evaluate(() => {
      const tall = document.createElement('div');
      tall.id = 'e2e-tall';
      tall.style.height = '1500px';
      document.body.append(tall);
    });
    const grown = await waitForFit(page, 'embed-russia', frame);
    expect(grown).toBeGreaterThanOrEqual(before + 1400);
    await frame.evaluate(() => document.getElementById('e2e-tall')?.remove());
    expect(await waitForFit(page, 'embed-russia', frame)).toBeLessThanOrEqual(before + 1);
    expectClean(page);
    await page.close();
  });

  it('follows a change of filter in the iframe URL', async () => {
    const page = await openPage('embed-demo.html', { width: 768, height: 700 });
    let frame = await frameIn(page, 'embed-russia');
    await waitForApp(frame);
    const full = await waitForFit(page, 'embed-russia', frame);
    const panelsBefore = (await frameLayout(frame)).panels;
    // pym.js keeps its childId in the URL; a host that changes the view does too.
    await page.$eval('#embed-russia iframe', (el) => {
      const iframe = el as HTMLIFrameElement;
      iframe.src = iframe.src.replace('country=RU', 'view=timeline');
    });
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('#embed-russia iframe')?.contentDocument?.URL.includes('view=timeline'));
    frame = await frameIn(page, 'embed-russia');
    await waitForApp(frame);
    const single = await waitForFit(page, 'embed-russia', frame);
    // Once the app draws its panels, one panel alone must be shorter than four.
    if (panelsBefore > 1) expect(single).toBeLessThan(full);
    expectClean(page);
    await page.close();
  });

  it('ignores messages from the parent page', async () => {
    const page = await openPage('embed-demo.html', { width: 480, height: 700 });
    const frame = await frameIn(page, 'embed-russia');
    await waitForApp(frame);
    const height = await waitForFit(page, 'embed-russia', frame);
    const before = await frame.evaluate(snapshot);
    await page.$eval('#embed-russia iframe', (el) => {
      const target = (el as HTMLIFrameElement).contentWindow;
      const childId = new URL((el as HTMLIFrameElement).src).searchParams.get('childId');
      for (const msg of [
        `pymxPYMx${childId}xPYMxwidthxPYMx200`,
        { type: 'contacts-dashboard:set', country: 'US', lang: 'en', embed: 0 },
        { type: 'contacts-dashboard:height', height: 5 },
      ]) target?.postMessage(msg, '*');
    });
    await page.waitForTimeout(700);
    expect(await frame.evaluate(snapshot)).toEqual(before);
    expect(await iframeHeight(page, 'embed-russia')).toBe(height);
    expectClean(page);
    await page.close();
  });
});

describe('the embed dialog', () => {
  it('is a native modal: the page behind is inert, Tab stays in it, Escape gives focus back to its opener', async () => {
    const page = await openApp();
    const opener = page.getByRole('button', { name: 'Intégrer', exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue' });
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => el.matches('dialog:modal'))).toBe(true);
    await screenshot(page, 'embed-dialog');
    // The page behind takes no click: the top layer covers it.
    const behind = await page.evaluate(() => {
      const list = document.querySelector('[data-panel="list"]')?.getBoundingClientRect();
      return list ? document.elementFromPoint(list.left + 5, list.top + 5)?.closest('dialog') !== null : false;
    });
    expect(behind).toBe(true);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), `Tab ${i + 1} left the dialog`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    expectClean(page);
    await page.close();
  });
});
