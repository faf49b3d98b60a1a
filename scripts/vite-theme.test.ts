// The newsroom's look goes through a real Vite build: a valid config comes out
// in the stylesheet and the credit lines, a bad one stops the build and says why.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { newsroomTheme } from './vite-theme.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A one-file app that imports what the dashboard imports, built in memory with the plugin. */
async function buildWith(config: unknown): Promise<{ css: string; js: string }> {
  root = mkdtempSync(join(tmpdir(), 'newsroom-build-'));
  mkdirSync(join(root, 'public/fonts'), { recursive: true });
  writeFileSync(join(root, 'public/fonts/house.woff2'), 'font bytes');
  writeFileSync(join(root, 'main.js'), "import 'virtual:theme.css';\nimport { credits } from 'virtual:newsroom';\nwindow.credits = credits;\n");
  if (config !== undefined) writeFileSync(join(root, 'newsroom.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  const out = await build({
    root, configFile: false, logLevel: 'silent', plugins: [newsroomTheme(root)],
    build: { write: false, lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'main' }, cssCodeSplit: false },
  }) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const files = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const text = (re: RegExp) => files.filter((f) => re.test(f.fileName)).map((f) => (f.type === 'asset' ? String(f.source) : f.code)).join('');
  return { css: text(/\.css$/), js: text(/\.m?js$/) };
}

describe('the newsroom config in the build', () => {
  it('builds the product’s own look when there is no file', async () => {
    const { css, js } = await buildWith(undefined);
    expect(js).not.toBe('');
    expect(css).toContain('--accent:#0b5cad');
    expect(css).not.toContain('data-look');
    expect(js).toMatch(/"":\s*null/);
  });

  it('puts the accent, the fonts, the named looks and the credit lines into what it ships', async () => {
    const { css, js } = await buildWith({
      accent: { light: '#8a1538' }, fonts: [{ family: 'House Serif', file: 'fonts/house.woff2', weight: 700 }],
      headingFontFamily: '"House Serif", Georgia, serif', credit: { fr: 'Le Quotidien', en: 'The Daily' },
      looks: { nuit: { accent: { dark: '#ffb86b' } } },
    });
    expect(css).toContain('--accent:#8a1538');
    expect(css).toMatch(/@font-face\{font-family:House Serif;src:url\(\/fonts\/house\.woff2\)\s*format\("woff2"\);font-weight:700/);
    expect(css).toMatch(/\[data-look=nuit\]\[data-theme=dark\]\{--accent:#ffb86b/);
    expect(js).toContain('Le Quotidien');
    expect(js).toMatch(/\bnuit: \{\s*fr: "Le Quotidien"/);
  });

  it('fails the build on a bad file, listing each problem with its place', async () => {
    await expect(buildWith({ accent: { light: '#ffcc00' }, fonts: [{ family: 'Remote', file: 'https://fonts.example/a.woff2' }], credit: { fr: 'Seul' } }))
      .rejects.toThrow(/newsroom\.config\.json is not valid:\n {2}- accent\.light: #ffcc00 is too faint[^\n]*\n {2}- credit\.en: missing[^\n]*\n {2}- fonts\.0\.file: a \.woff2 or \.woff file under public\/fonts\//);
    await expect(buildWith('{ "accent": ')).rejects.toThrow(/newsroom\.config\.json is not valid:\n {2}- not JSON/);
  });
});
