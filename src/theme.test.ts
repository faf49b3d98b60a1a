// The palettes' promises, checked numerically: WCAG AA contrast for text
// (4.5:1) and for marks and controls (3:1) in both themes, and six type
// colours that stay apart under the common colour-vision deficiencies.
// Simulation: culori's Machado et al. (2009) matrices at severity 1
// (protanopia, deuteranopia, tritanopia); distance: CIEDE2000.
import {
  differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, rgb, wcagContrast, type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './model/vocabulary.ts';
import { PALETTES, creditFor, cssVariables, themeCss, type ThemeName } from './theme.ts';

const distance = differenceCiede2000();
const VISIONS: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
/** Below ~10 two small swatches start to read as "the same colour, lighter". */
const MIN_DISTANCE = 15;
const THEMES: ThemeName[] = ['light', 'dark'];

describe.each(THEMES)('the %s palette', (theme) => {
  const p = PALETTES[theme];
  const grounds = { bg: p.bg, panel: p.panel };

  it.each(EVENT_TYPES)('draws %s at 3:1 or more on the page and panel backgrounds', (type) => {
    for (const ground of Object.values(grounds)) expect(wcagContrast(p.types[type], ground)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(VISIONS))('keeps the six type colours apart under %s', (vision) => {
    const simulate = VISIONS[vision] as (c: Color) => Color;
    const seen = EVENT_TYPES.map((t) => simulate(rgb(p.types[t]) as Color));
    const close: string[] = [];
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const d = distance(seen[i] as Color, seen[j] as Color);
        if (d < MIN_DISTANCE) close.push(`${EVENT_TYPES[i]}/${EVENT_TYPES[j]} ΔE ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('has text at 4.5:1 on every background it is written on', () => {
    const pairs: [string, string, string][] = [
      ['ink/bg', p.ink, p.bg], ['ink/panel', p.ink, p.panel], ['muted/bg', p.muted, p.bg], ['muted/panel', p.muted, p.panel],
      ['accent/bg', p.accent, p.bg], ['accent/panel', p.accent, p.panel], ['onAccent/accent', p.onAccent, p.accent],
      ['error/bg', p.error, p.bg], ['ink/selected', p.ink, p.selected], ['ink/chip', p.ink, p.chip],
      ['ink/warnBg', p.ink, p.warnBg], ['axis/bg', p.axis, p.bg], ['axis/panel', p.axis, p.panel],
      ['ink/tooltip', p.ink, p.tooltipBg], ['muted/tooltip', p.muted, p.tooltipBg], ['ink/land', p.ink, p.land],
    ];
    const low = pairs.filter(([, a, b]) => wcagContrast(a, b) < 4.5).map(([n, a, b]) => `${n} ${wcagContrast(a, b).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('has marks and controls at 3:1 against what they sit on', () => {
    const pairs: [string, string, string][] = [
      ['control/bg', p.control, p.bg], ['focus/bg', p.focus, p.bg], ['focus/panel', p.focus, p.panel],
      ['hatch/hatchBg', p.hatch, p.hatchBg], ['route/land', p.route, p.land], ['coarse/bg', p.coarse, p.bg],
      ['route/sea', p.route, p.sea],
    ];
    const low = pairs.filter(([, a, b]) => wcagContrast(a, b) < 3).map(([n, a, b]) => `${n} ${wcagContrast(a, b).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('shades partner countries in five steps that grow away from the land colour', () => {
    const steps = p.shades.map((s) => wcagContrast(s, p.land));
    for (let i = 1; i < steps.length; i++) expect(steps[i] as number).toBeGreaterThan(steps[i - 1] as number);
  });
});

describe('themeCss', () => {
  it('puts light on :root, dark under data-theme=dark, and dark for auto only when the system prefers it', () => {
    const css = themeCss();
    const rootBlock = css.slice(0, css.indexOf('}'));
    expect(rootBlock).toContain(`--bg: ${PALETTES.light.bg};`);
    expect(css).toMatch(/:root\[data-theme="dark"\] \{[^}]*--bg: #15171a;/);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:root\[data-theme="auto"\] \{[^}]*--type-visit: #4f74ff;/);
  });

  it("takes a newsroom's accent per theme and its font stacks", () => {
    const css = themeCss({ accent: { light: '#8a1538', dark: '#ff9eb5' }, fontFamily: 'Georgia, serif', headingFontFamily: '"Source Serif", serif' });
    expect(css).toMatch(/:root \{[^}]*--font: Georgia, serif;[^}]*--accent: #8a1538;/);
    expect(css).toMatch(/\[data-theme="dark"\] \{[^}]*--accent: #ff9eb5;/);
    expect(css).toContain('--heading-font: "Source Serif", serif;');
  });

  it('gives a named look its own accent in each theme, falling back to the default look’s, so light never leaks into dark', () => {
    const css = themeCss({ accent: { dark: '#ff9eb5' } }, { echo: { accent: { light: '#a0461a' }, headingFontFamily: 'Georgia, serif' } });
    const rule = (selector: string) => css.match(new RegExp(`${selector.replace(/[[\]]/g, '\\$&')} \\{([^}]*)\\}`))?.[1] ?? '';
    expect(rule(':root[data-look="echo"]')).toContain('--heading-font: Georgia, serif;');
    expect(rule(':root[data-look="echo"]')).toContain('--accent: #a0461a;');
    expect(rule(':root[data-look="echo"][data-theme="dark"]')).toContain('--accent: #ff9eb5;');
    expect(rule(':root[data-look="echo"][data-theme="auto"]')).toContain('--focus: #ff9eb5;');
    // The looks come after the themes, whose selectors they must outweigh or follow.
    expect(css.indexOf('data-look')).toBeGreaterThan(css.lastIndexOf(':root[data-theme="auto"]'));
    expect(themeCss({}, { plain: {} })).toMatch(new RegExp(`\\[data-look="plain"\\]\\[data-theme="dark"\\] \\{[^}]*--accent: ${PALETTES.dark.accent};`));
  });

  it('names every type and shade', () => {
    const vars = cssVariables(PALETTES.dark);
    for (const t of EVENT_TYPES) expect(vars[`--type-${t}`]).toBe(PALETTES.dark.types[t]);
    expect(vars['--map-shade-5']).toBe(PALETTES.dark.shades[4]);
    expect(vars['--warn-bg']).toBe(PALETTES.dark.warnBg);
  });
});

describe('creditFor', () => {
  const credits = { '': { fr: 'Le Quotidien', en: 'The Daily' }, echo: { fr: 'L’Écho', en: 'The Echo' }, bare: null };
  it('gives the look’s credit line in the language, the default look’s for none, and nothing where none is set', () => {
    expect(creditFor(credits, 'echo', 'en')).toBe('The Echo');
    expect(creditFor(credits, null, 'fr')).toBe('Le Quotidien');
    expect(creditFor(credits, 'unknown', 'fr')).toBe('Le Quotidien');
    expect(creditFor({ '': null }, null, 'fr')).toBeNull();
  });
});
