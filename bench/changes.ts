// Filter changes as a reader makes them, timed inside the page: from the input
// event until the paint after the last DOM change it caused.
import type { Page } from 'playwright-core';

export type ChangeKind = 'partner' | 'dates' | 'text';

/** Installs window.__benchChange(kind, step) → milliseconds (NaN when nothing changed). */
const INSTALL = `window.__benchChange = (kind, step) => new Promise((resolve) => {
  let painted = NaN, quiet = 0;
  const t0 = performance.now();
  const finish = () => { observer.disconnect(); resolve(painted - t0); };
  // Content changes only: a map pan animating its transform is not "the page updated".
  const observer = new MutationObserver(() => {
    requestAnimationFrame(() => setTimeout(() => { painted = performance.now(); }, 0));
    clearTimeout(quiet); quiet = setTimeout(finish, 300);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  quiet = setTimeout(finish, 2000);
  // When earlier changes left nothing to click (no bar, no preset), resetting the filters is the change.
  const reset = () => document.querySelector('.filters-reset').click();
  if (kind === 'partner') {
    const all = [...document.querySelectorAll('[data-panel="partners"] button[data-partner]')].filter((b) => b.dataset.partner);
    if (all.length === 0) reset(); else all[step % Math.min(5, all.length)].click();
  } else if (kind === 'dates') {
    const presets = [...document.querySelectorAll('.filters-preset')].filter((b) => b.getAttribute('aria-pressed') !== 'true');
    if (presets.length === 0) reset(); else presets[step % presets.length].click();
  } else {
    const label = [...document.querySelectorAll('label')].find((l) => /recherch|search/i.test(l.textContent));
    const input = label.control;
    const words = ['goita', 'visite', 'keita diop', 'accord', ''];
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(input, words[step % words.length] === input.value ? 'x' : words[step % words.length]);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
});`;

/** `perKind` changes of each kind, interleaved; returns every timing by kind. */
export async function timeChanges(page: Page, perKind: number): Promise<Record<ChangeKind, number[]>> {
  await page.evaluate(INSTALL);
  const out: Record<ChangeKind, number[]> = { partner: [], dates: [], text: [] };
  for (let step = 0; step < perKind; step++) {
    for (const kind of ['partner', 'dates', 'text'] as const) {
      out[kind].push(await page.evaluate<number, [ChangeKind, number]>(([k, s]) => (window as unknown as { __benchChange: (k: string, s: number) => Promise<number> }).__benchChange(k, s), [kind, step]));
    }
  }
  return out;
}
