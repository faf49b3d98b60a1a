// axe-core in the page, the same version and rules for every test: the latest
// 4.x (devDependency `axe-core`, injected from its own source: @axe-core/playwright
// 4.14 needs Node 22), every WCAG 2.0/2.1 A and AA rule plus best practices,
// experimental rules off (axe's default). A view passes with no serious or
// critical violation, and no landmark sharing its name with another.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION: string = (require('axe-core/package.json') as { version: string }).version;

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  resultTypes: ['violations'],
};

/** Runs axe on the page as it is now. */
async function runAxe(target: Page | Frame): Promise<AxeResults> {
  const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await target.evaluate(AXE_SOURCE);
  return target.evaluate((options) => (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, options), AXE_OPTIONS as unknown);
}

/** The violations a reader would be stopped by, one line each (empty when the view passes). */
export async function graveViolations(target: Page | Frame): Promise<string[]> {
  const results = await runAxe(target);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ')}`);
}
