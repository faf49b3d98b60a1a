// Helpers for every browser test: one Chromium per test file, pages that record
// what went wrong (console errors and warnings, uncaught errors, CSP violations,
// requests to other origins), and an assertion that none of it happened.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { findChrome } from './chrome.mjs';

/** Address of the served dist/, ending in '/'. */
export const baseUrl: string = inject('baseUrl');
export const baseOrigin = new URL(baseUrl).origin;

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let context: BrowserContext | undefined;
let profileDir: string | undefined;

/** The shared browser context of this test file, started on first use. */
export async function launchBrowser(): Promise<BrowserContext> {
  if (context) return context;
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH.');
  profileDir = mkdtempSync(join(tmpdir(), 'e2e-profile-'));
  context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: CHROME_ARGS });
  return context;
}

/** Call from afterAll: closes the browser and removes its profile. */
export async function closeBrowser(): Promise<void> {
  await context?.close();
  context = undefined;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  profileDir = undefined;
}

const problems = new WeakMap<Page, string[]>();

// Runs in every frame before the page's own scripts: CSP violations are
// reported as console errors, so expectClean catches them in iframes too.
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  (window.__cspViolations ??= []).push(e.violatedDirective + ' ' + e.blockedURI);
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI);
});`;

function isOtherOrigin(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  return new URL(url).origin !== baseOrigin;
}

/** Starts recording a page's problems (done by openPage; use for pages you create). */
export async function watchPage(page: Page): Promise<void> {
  const found: string[] = [];
  problems.set(page, found);
  await page.addInitScript(CSP_LISTENER);
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') found.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => found.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    if (isOtherOrigin(req.url())) found.push(`other-origin request: ${req.url()}`);
  });
}

export interface PageSize {
  width: number;
  height: number;
}

/** Opens a path of the served app (e.g. 'index.html?embed=1') at a viewport size. */
export async function openPage(path: string, size: PageSize = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await launchBrowser()).newPage();
  await page.setViewportSize(size);
  await watchPage(page);
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

/** Fails listing every console error/warning, uncaught error, CSP violation and other-origin request. */
export function expectClean(page: Page): void {
  expect(problems.get(page) ?? ['page was not opened with openPage/watchPage']).toEqual([]);
}

/**
 * Waits until the app has drawn: #root has content, the app marks readiness
 * (`main[data-ready="true"]`) if it marks it at all, and the DOM has stopped
 * changing (lazy panels loaded, chart animations done).
 */
export async function waitForApp(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => {
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0) return false;
    const main = document.querySelector('main[data-ready]');
    return !main || main.getAttribute('data-ready') === 'true';
  });
  await waitForSettled(target);
}

/** Resolves once no DOM mutation happened for `quietMs` (gives up quietly after 15 s). */
async function waitForSettled(target: Page | Frame, quietMs = 400): Promise<void> {
  await target.evaluate((quiet) => new Promise<void>((resolve) => {
    let timer = setTimeout(done, quiet);
    const giveUp = setTimeout(done, 15_000);
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() { observer.disconnect(); clearTimeout(timer); clearTimeout(giveUp); resolve(); }
  }), quietMs);
}

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Saves a full-page PNG to e2e/screenshots/<name>.png (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
