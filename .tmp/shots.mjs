import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const base = 'http://127.0.0.1:4319/';
for (const [name, path] of [['default', ''], ['russie', 'views/russie/'], ['chrono', 'views/chronologie/']]) {
  for (const width of [360, 1280]) {
    for (const js of [false, true]) {
      const ctx = await b.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
      const p = await ctx.newPage();
      const errs = [];
      p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errs.push(m.text()); });
      p.on('pageerror', (e) => errs.push(String(e)));
      await p.goto(base + path);
      if (js) await p.waitForSelector('main[data-ready="true"]', { timeout: 15000 }).catch(() => errs.push('not ready'));
      await p.waitForTimeout(js ? 800 : 200);
      await p.screenshot({ path: `/tmp/shot-${name}-${width}-${js ? 'js' : 'nojs'}.png`, fullPage: false });
      console.log(name, width, js, errs.join(' | ').slice(0, 300), p.url());
      await ctx.close();
    }
  }
}
await b.close();
