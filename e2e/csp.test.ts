// The production policy (docs/embed.md): the built app and the demo article run
// under a CSP with no inline script, and nothing is blocked.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser, expectClean, openPage, waitForApp } from './harness.ts';

afterAll(closeBrowser);

const REQUIRED = ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "img-src 'self' data:"];

describe('strict Content-Security-Policy', () => {
  it('is sent by the preview server (npm start)', async () => {
    const res = await fetch(new URL('index.html', baseUrl));
    const policy = res.headers.get('content-security-policy') ?? '';
    for (const directive of REQUIRED) expect(policy).toContain(directive);
    expect(policy).not.toContain("script-src 'self' 'unsafe");
  });

  it('needs no inline script in the built page', () => {
    const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
  });

  for (const path of ['index.html', 'index.html?embed=1&lang=en', 'embed-demo.html']) {
    it(`runs ${path} with no violation, error or other-origin request`, async () => {
      const page = await openPage(path, { width: 1024, height: 800 });
      if (path.startsWith('index')) await waitForApp(page);
      else await page.waitForSelector('#embed-russia iframe');
      await page.waitForLoadState('networkidle');
      const rootHasContent = await page.evaluate(() => (document.getElementById('root')?.childElementCount ?? 1) > 0);
      expect(rootHasContent).toBe(true);
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      expect(violations).toEqual([]);
      expectClean(page);
      await page.close();
    });
  }
});
