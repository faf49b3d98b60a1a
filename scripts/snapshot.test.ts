// `npm run snapshot` writes the view as a PNG or an SVG (issue 19).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './static-inputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tsx = createRequire(join(ROOT, 'package.json')).resolve('tsx/cli');
const run = (...args: string[]) => spawnSync(process.execPath, [tsx, join(ROOT, 'scripts/snapshot.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('snapshot', () => {
  it('writes a 1200×675 PNG of the view', () => {
    const out = join(dir, 'ru.png');
    const r = run('country=RU&lang=en', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(png.readUInt32BE(20)).toBe(675); // IHDR height
    expect(png.length).toBeGreaterThan(20_000); // a drawn map, not a blank frame
  });

  it('writes the same view as SVG, with its title, filters and credit', () => {
    const out = join(dir, 'ru.svg');
    const r = run('country=RU&lang=en', '--out', out, '--size', 'page');
    expect(r.status, r.stderr).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="960"/);
    expect(svg).toContain('Filters: Russia');
    expect(svg).toContain('data-iso="RU"');
    expect(svg).toContain('Source: ');
  });

  it('refuses an output that is neither .png nor .svg, in one line', () => {
    const r = run('', '--out', join(dir, 'x.gif'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out must end in \.png or \.svg/);
  });
});
