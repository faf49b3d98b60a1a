// A newsroom's named look (newsroom.config.json, docs/newsroom.md) in Chromium:
// its accent in each theme, its self-hosted serif headings, its credit line,
// carried by the embed code; a look the build does not have is said and dropped.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PALETTES } from '../src/theme.ts';
import { baseOrigin, closeBrowser, expectClean } from './harness.ts';
import { ignoredNotice, openApp, rgb } from './dash-helpers.ts';

afterAll(closeBrowser);

const LOOK = { name: 'echo-du-sahel', light: '#a0461a', dark: '#f0a35e', credit: { fr: 'L’Écho du Sahel · service infographie', en: 'L’Écho du Sahel · graphics desk' } };

/** What the reader sees of the look: the link colour, the heading face (loaded or not) and the credit line. */
function look(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const heading = document.querySelector('[data-panel="timeline"] figcaption') as Element;
    return {
      link: getComputedStyle(document.querySelector('.frame-credit a') as Element).color,
      headingFont: getComputedStyle(heading).fontFamily.split(',')[0]?.trim(),
      headingFontLoaded: document.fonts.check(`${getComputedStyle(heading).fontWeight} 16px "Source Serif 4"`),
      credit: document.querySelector('.frame-newsroom')?.textContent ?? null,
    };
  });
}

async function opened(query: string, scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; fonts: string[] }> {
  const page = await openApp(query, { width: 1024, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForSelector('[data-panel="timeline"] figcaption');
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\.woff2?$/.test(name)));
  return { page, fonts };
}

describe(`a named look (${LOOK.name})`, () => {
  it('takes its accent in the dark theme, its serif headings from this origin, and its credit line', async () => {
    const { page, fonts } = await opened(`view=partners,timeline&embed=1&theme=dark&look=${LOOK.name}`);
    expect(await look(page)).toEqual({ link: rgb(LOOK.dark), headingFont: '"Source Serif 4"', headingFontLoaded: true, credit: LOOK.credit.fr });
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(new URL(url).origin).toBe(baseOrigin);
    expectClean(page);
    await page.close();
  });

  it('takes its light accent in the light theme, and its dark one under theme=auto for a dark system, in English too', async () => {
    const light = await opened(`view=timeline&embed=1&look=${LOOK.name}&lang=en`);
    expect((await look(light.page)).link).toBe(rgb(LOOK.light));
    expect((await look(light.page)).credit).toBe(LOOK.credit.en);
    await light.page.close();
    const auto = await opened(`view=timeline&embed=1&theme=auto&look=${LOOK.name}`, 'dark');
    expect((await look(auto.page)).link).toBe(rgb(LOOK.dark));
    await auto.page.emulateMedia({ colorScheme: 'light' });
    expect((await look(auto.page)).link).toBe(rgb(LOOK.light));
    expectClean(auto.page);
    await auto.page.close();
  });

  it('is carried by the embed code', async () => {
    const { page } = await opened(`country=RU&theme=dark&look=${LOOK.name}`);
    await page.click('.frame-actions button:has-text("Intégrer")');
    const code = await page.locator('.embed-snippet textarea').first().inputValue();
    expect(code).toMatch(/index\.html\?country=RU(&amp;|&)embed=1(&amp;|&)theme=dark(&amp;|&)look=echo-du-sahel/);
    expectClean(page);
    await page.close();
  });

  it('says so, and keeps the newsroom’s default look, when the build has no look of that name', async () => {
    const { page } = await opened('view=timeline&embed=1&look=sepia');
    expect(await ignoredNotice(page)).toMatch(/look=sepia \(aucun habillage de ce nom\)/);
    expect(await page.getAttribute('html', 'data-look')).toBeNull();
    expect(await look(page)).toMatchObject({ link: rgb(PALETTES.light.accent), credit: null });
    expect((await look(page)).headingFont).not.toBe('"Source Serif 4"');
    expectClean(page);
    await page.close();
  });
});
