// The static views' colours come from src/theme.ts's palettes. On a page the
// poster draws with the themes' custom properties (var(--…)), so the page's CSS
// themes it like the live views; a downloaded image has no stylesheet and
// takes the theme's hex values.
import { PALETTES, SHADE_VARS, TYPE_VARS, themeVar, type Palette, type ThemeName } from '../theme.ts';

export type { Palette } from '../theme.ts';

const keys = Object.keys(PALETTES.light).filter((k) => k !== 'types' && k !== 'shades') as Array<Exclude<keyof Palette, 'types' | 'shades'>>;

/** Every entry as its custom property: the poster on a page. */
export const PAGE_PALETTE: Palette = {
  ...(Object.fromEntries(keys.map((k) => [k, themeVar(k)])) as Omit<Palette, 'types' | 'shades'>),
  types: TYPE_VARS,
  shades: SHADE_VARS as unknown as Palette['shades'],
};

/** A theme's hex values, for images; `auto` and unknown names are the light theme. */
export function paletteFor(theme: string | null | undefined): Palette {
  return theme === 'dark' || theme === 'light' ? PALETTES[theme as ThemeName] : PALETTES.light;
}
