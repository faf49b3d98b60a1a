import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', String(e)));
await p.goto('http://127.0.0.1:4391/');
await p.waitForTimeout(3000);
console.log(await p.evaluate(() => ({ paths: document.querySelectorAll('.leaflet-overlay-pane path').length, bars: document.querySelectorAll('.recharts-bar-rectangle').length, html: document.body.innerHTML.slice(0, 300) })));
await b.close();
