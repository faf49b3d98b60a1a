// Measuring embedded frames from the host side and from inside, for the embed tests.
import type { Frame, Page } from 'playwright-core';
import { vi } from 'vitest';

/** The frame pym.js created inside a container (waits for it to exist). */
export async function frameIn(page: Page, containerId: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${containerId} iframe`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`#${containerId} iframe has no frame`);
  return frame;
}

/** The iframe's drawn height in the host page, in CSS pixels. */
export function iframeHeight(page: Page, containerId: string): Promise<number> {
  return page.$eval(`#${containerId} iframe`, (el) => Math.round(el.getBoundingClientRect().height));
}

export interface FrameLayout {
  /** Bottom of the lowest child of <body>, plus body's bottom margin (what the reader sees). */
  contentBottom: number;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  panels: number;
}

/**
 * Layout facts read inside the frame. Hidden text for screen readers may sit
 * past the bottom inside a clipped box; it is not content, and it cannot make
 * the frame scroll, which scrollHeight checks.
 */
export function frameLayout(frame: Frame): Promise<FrameLayout> {
  return frame.evaluate(() => {
    const doc = document.documentElement;
    let bottom = 0;
    for (const el of Array.from(document.body.children)) {
      const r = el.getBoundingClientRect();
      if (r.height > 0) bottom = Math.max(bottom, r.bottom + window.scrollY);
    }
    bottom += parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    return {
      contentBottom: Math.ceil(bottom),
      scrollWidth: doc.scrollWidth,
      clientWidth: doc.clientWidth,
      scrollHeight: doc.scrollHeight,
      clientHeight: doc.clientHeight,
      panels: document.querySelectorAll('[data-panel]').length,
    };
  });
}

/**
 * Waits until the host has sized the iframe to what the frame draws: nothing
 * cut off, no blank band of more than `slack` px below the content.
 */
export async function waitForFit(page: Page, containerId: string, frame: Frame, slack = 24): Promise<number> {
  return vi.waitFor(async () => {
    const height = await iframeHeight(page, containerId);
    const layout = await frameLayout(frame);
    const cutOff = layout.contentBottom > height + 1 || layout.scrollHeight > layout.clientHeight + 1;
    const fits = height > 0 && !cutOff && height - layout.contentBottom <= slack;
    if (!fits) throw new Error(`#${containerId}: iframe ${height}px, content ${layout.contentBottom}px`);
    return height;
  }, { timeout: 15_000, interval: 100 });
}
