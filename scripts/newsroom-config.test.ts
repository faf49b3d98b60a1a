// newsroom.config.json (docs/newsroom.md): what a newsroom may set, and the
// problems it is told about, each with its place in the file.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { credits, fontFaces, readNewsroomConfig, type ConfigResult } from './newsroom-config.ts';
import { ROOT } from './static-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-'));
mkdirSync(join(root, 'public/fonts'), { recursive: true });
writeFileSync(join(root, 'public/fonts/serif.woff2'), 'not really a font');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (config: unknown) => readNewsroomConfig(JSON.stringify(config), root);
const problems = (result: ConfigResult) => (result.ok ? [] : result.problems);

describe('readNewsroomConfig', () => {
  it('accepts the shipped file, whose named look the demo article uses', () => {
    const result = readNewsroomConfig(readFileSync(join(ROOT, 'newsroom.config.json'), 'utf8'), ROOT);
    expect(problems(result)).toEqual([]);
    expect(result.ok && Object.keys(result.config.looks ?? {})).toEqual(['echo-du-sahel']);
  });

  it('accepts an empty file as the product’s own look', () => {
    expect(read({})).toEqual({ ok: true, config: {} });
  });

  it('reads accent, fonts, credit line and named looks', () => {
    const result = read({
      accent: { light: '#8a1538' }, fontFamily: '"Source Sans 3", Arial, sans-serif', headingFontFamily: 'Serif Maison, Georgia, serif',
      fonts: [{ family: 'Serif Maison', file: 'fonts/serif.woff2', weight: 700 }],
      credit: { fr: 'Le Quotidien', en: 'The Daily' },
      looks: { nuit: { accent: { dark: '#ffb86b' }, credit: { fr: 'La Nuit', en: 'The Night' } }, sobre: {} },
    });
    expect(problems(result)).toEqual([]);
    if (!result.ok) return;
    expect(credits(result.config)).toEqual({ '': { fr: 'Le Quotidien', en: 'The Daily' }, nuit: { fr: 'La Nuit', en: 'The Night' }, sobre: { fr: 'Le Quotidien', en: 'The Daily' } });
    expect(fontFaces(result.config)).toBe('@font-face { font-family: "Serif Maison"; src: url("/fonts/serif.woff2") format("woff2"); font-weight: 700; font-style: normal; font-display: swap; }\n');
  });

  it('says where the JSON breaks', () => {
    expect(problems(readNewsroomConfig('{"accent": {', root))[0]).toMatch(/^not JSON: /);
  });

  it('lists every problem with its place: form, unknown keys, missing languages', () => {
    expect(problems(read({
      accent: { light: 'red' }, fontFamily: 'url(https://fonts.example/x.woff2)', credit: { fr: 'Le Quotidien' },
      colour: '#000000', looks: { Nuit: {}, 'bonne-nuit': { accent: { dark: '#12' }, fonts: [] } },
    }))).toEqual([
      'accent.light: a colour as #rrggbb',
      'fontFamily: a font stack such as "Source Sans 3", Arial, sans-serif',
      'credit.en: missing: a credit line is given in both languages',
      'looks.Nuit: a look name in lower case: letters, digits and hyphens, such as "echo-du-sahel"',
      'looks.bonne-nuit.accent.dark: a colour as #rrggbb',
      'looks.bonne-nuit: Unrecognized key: "fonts"',
      '(top): Unrecognized key: "colour"',
    ]);
  });

  it('refuses fonts from another origin or outside public/fonts/, and files that are not there', () => {
    expect(problems(read({ fonts: [{ family: 'Remote', file: 'https://fonts.example/remote.woff2' }] }))).toEqual([
      'fonts.0.file: a .woff2 or .woff file under public/fonts/ (self-hosted: no other origin)',
    ]);
    expect(problems(read({ fonts: [{ family: 'Gone', file: 'fonts/gone.woff2' }] }))).toEqual(['fonts.0.file: public/fonts/gone.woff2 does not exist']);
  });

  it('refuses an accent links could not be read in, in either theme, for the default look or a named one', () => {
    const found = problems(read({ accent: { light: '#ffcc00' }, looks: { nuit: { accent: { dark: '#1e3681' } } } }));
    expect(found).toHaveLength(2);
    expect(found[0]).toBe('accent.light: #ffcc00 is too faint in the light theme, 1.51:1 against the page (#ffffff), 1.40:1 against the panel (#f6f6f4), '
      + '1.38:1 against the selected card (#fff4d6), 1.51:1 against the pressed control text (#ffffff); links and pressed controls need 4.5:1');
    expect(found[1]).toMatch(/^looks\.nuit\.accent\.dark: #1e3681 is too faint in the dark theme, 1\.62:1 against the page \(#15171a\)/);
    // Passing on the page is not enough: links sit on panels and on the selected card too.
    expect(problems(read({ accent: { dark: '#c07000' } }))).toEqual([
      "accent.dark: #c07000 is too faint in the dark theme, 4.27:1 against the panel (#1e2126), 3.35:1 against the selected card (#3a3222); links and pressed controls need 4.5:1",
    ]);
  });
});
