// The two palettes (light, dark) every part of the page draws with: the page,
// the basemap, the markers, both charts, the list, the dialogs and the static
// images. Live views use them through CSS custom properties (themeCss below,
// emitted at build by scripts/vite-theme.ts) so a theme switch or a change of
// the reader's colour scheme restyles everything without a re-render; static
// and exported images, which have no stylesheet, take the hex values here.
//
// The six type colours were chosen so that each has 3:1 against its theme's
// page and panel backgrounds and every pair stays apart (CIEDE2000 ≥ 15) for
// normal vision and simulated protanopia, deuteranopia and tritanopia
// (Machado 2009, severity 1): see src/theme.test.ts.
import type { EventType } from './model/schema.ts';
import { EVENT_TYPES } from './model/vocabulary.ts';

export type ThemeName = 'light' | 'dark';

export interface Palette {
  types: Record<EventType, string>;
  /** Page: text, secondary text, hairlines, backgrounds, links and pressed controls. */
  ink: string; muted: string; line: string; control: string; bg: string; panel: string;
  accent: string; onAccent: string; focus: string; selected: string; chip: string; chipLine: string;
  warnBg: string; warnLine: string; error: string; backdrop: string;
  /** Basemap: sea, land, country borders, partner shading (fewest → most), focus country hatch. */
  sea: string; land: string; border: string; shades: readonly [string, string, string, string, string];
  hatch: string; hatchBg: string; markerRing: string; route: string; labelHalo: string;
  /** Charts: axis text and lines, bar labels, month-only hatch, tooltip. */
  axis: string; grid: string; coarse: string; tooltipBg: string; tooltipLine: string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    types: { visit: '#1e3681', talks: '#8f2d00', audience: '#05774d', agreement: '#9f668e', reception: '#c27a00', cooperation: '#118eff' },
    ink: '#1b1b1b', muted: '#595959', line: '#d9d9d9', control: '#767676', bg: '#ffffff', panel: '#f6f6f4',
    accent: '#0b5cad', onAccent: '#ffffff', focus: '#0b5cad', selected: '#fff4d6', chip: '#eef4fb', chipLine: '#8aa9cc',
    warnBg: '#fff6db', warnLine: '#c9a93a', error: '#b00020', backdrop: 'rgb(0 0 0 / 0.45)',
    sea: '#dde8ee', land: '#f4f1ea', border: '#a29a8a', shades: ['#e3dccd', '#cdbb9c', '#b0946c', '#8a6c47', '#5e4a30'],
    hatch: '#1b1b1b', hatchBg: '#f4f1ea', markerRing: '#ffffff', route: '#1b1b1b', labelHalo: '#ffffff',
    axis: '#4d4d4d', grid: '#e3e3e3', coarse: '#6b6b6b', tooltipBg: '#ffffff', tooltipLine: '#8c8c8c',
  },
  dark: {
    types: { visit: '#4f74ff', talks: '#e0601a', audience: '#00a865', agreement: '#d08cb0', reception: '#f2c200', cooperation: '#92edff' },
    ink: '#ebe9e6', muted: '#b3b6bb', line: '#3d4249', control: '#8d939b', bg: '#15171a', panel: '#1e2126',
    accent: '#7ab3ff', onAccent: '#0d1117', focus: '#7ab3ff', selected: '#3a3222', chip: '#1f2c3d', chipLine: '#5577a0',
    warnBg: '#3a3118', warnLine: '#8a7330', error: '#ff8a80', backdrop: 'rgb(0 0 0 / 0.65)',
    sea: '#10202c', land: '#2b2e33', border: '#6b7078', shades: ['#3d3a31', '#5c523c', '#7f6c48', '#a68a56', '#d1b06a'],
    hatch: '#ebe9e6', hatchBg: '#2b2e33', markerRing: '#15171a', route: '#ebe9e6', labelHalo: '#15171a',
    axis: '#c2c5c9', grid: '#33373d', coarse: '#9aa0a6', tooltipBg: '#22262b', tooltipLine: '#6b7078',
  },
};

export const TYPE_ORDER: readonly EventType[] = EVENT_TYPES;

/** `var(--type-visit)` etc.: a type's colour in whichever theme is on. */
export const TYPE_VARS = Object.fromEntries(EVENT_TYPES.map((t) => [t, `var(--type-${t})`])) as Record<EventType, string>;
/** The CSS custom property (`var(--…)`) for a palette entry, for SVG attributes and Leaflet path options. */
export const themeVar = (key: Exclude<keyof Palette, 'types' | 'shades'>): string => `var(--${cssName(key)})`;
export const SHADE_VARS = [1, 2, 3, 4, 5].map((n) => `var(--map-shade-${n})`);

function cssName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Custom properties of one palette: `--ink`, `--type-visit`, `--map-shade-1`, … */
export function cssVariables(p: Palette): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(p)) {
    if (typeof value === 'string') vars[`--${cssName(key)}`] = value;
  }
  for (const t of EVENT_TYPES) vars[`--type-${t}`] = p.types[t];
  p.shades.forEach((c, i) => { vars[`--map-shade-${i + 1}`] = c; });
  return vars;
}

export interface Look {
  /** Accent colour per theme (links, pressed controls, focus ring), when a newsroom sets its own. */
  accent?: Partial<Record<ThemeName, string>>;
  fontFamily?: string;
  headingFontFamily?: string;
}

/** Each look's credit line by look name, '' for the default look (scripts/newsroom-config.ts `credits`). */
export type Credits = Readonly<Record<string, { fr: string; en: string } | null>>;

/** A look's credit line in a language (null look: the default), or null when the newsroom set none. */
export function creditFor(credits: Credits, look: string | null, lang: 'fr' | 'en'): string | null {
  return (credits[look ?? ''] ?? credits[''] ?? null)?.[lang] ?? null;
}

const block = (selector: string, vars: Record<string, string>, extra = '') =>
  `${selector} {\n${Object.entries(vars).map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n${extra}}\n`;

function withLook(theme: ThemeName, look: Look): Record<string, string> {
  const vars = cssVariables(PALETTES[theme]);
  const accent = look.accent?.[theme];
  if (accent) { vars['--accent'] = accent; vars['--focus'] = accent; }
  return vars;
}

function fontVars(look: Look): Record<string, string> {
  const fonts: Record<string, string> = {};
  if (look.fontFamily) fonts['--font'] = look.fontFamily;
  if (look.headingFontFamily) fonts['--heading-font'] = look.headingFontFamily;
  return fonts;
}

/**
 * A named look's rules, after the themes': its fonts, and its accent in each
 * theme (its own, else the newsroom's default, else the palette's), so that a
 * light accent never leaks into the dark theme.
 */
function namedLookCss(name: string, look: Look, base: Look): string {
  const root = `:root[data-look="${name}"]`;
  const accent = (theme: ThemeName) => {
    const value = look.accent?.[theme] ?? base.accent?.[theme] ?? PALETTES[theme].accent;
    return { '--accent': value, '--focus': value };
  };
  return block(root, { ...fontVars(look), ...accent('light') })
    + block(`${root}[data-theme="dark"]`, accent('dark'))
    + `@media (prefers-color-scheme: dark) {\n${block(`${root}[data-theme="auto"]`, accent('dark'))}}\n`;
}

/**
 * The stylesheet of the themes: light on :root (so no `theme=` stays light),
 * dark under [data-theme="dark"], and under [data-theme="auto"] when the
 * reader's system prefers dark (live: a media query, no script); then the
 * newsroom's named looks under [data-look="…"].
 */
export function themeCss(look: Look = {}, looks: Record<string, Look> = {}): string {
  const light = withLook('light', look);
  const dark = withLook('dark', look);
  return [
    block(':root', { ...fontVars(look), ...light }, '  color-scheme: light;\n'),
    block(':root[data-theme="dark"]', dark, '  color-scheme: dark;\n'),
    `@media (prefers-color-scheme: dark) {\n${block(':root[data-theme="auto"]', dark, '  color-scheme: dark;\n')}}\n`,
    ...EVENT_TYPES.map((t) => `.type-${t} { --type-color: var(--type-${t}); }\n`),
    ...Object.entries(looks).map(([name, named]) => namedLookCss(name, named, look)),
  ].join('');
}
