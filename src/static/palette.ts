// The colours of a standalone image (SVG/PNG, og:image), taken from the live
// views' own constants. On a page, the poster's classes let the page's CSS
// theme it instead; presentation attributes are only the fallback.
import { LAND_COLOR, SEA_COLOR, SHADE_COLORS } from '../adapters/map/scales.ts';
import { FOCUS_COLOR, TYPE_COLORS } from '../theme.ts';
import type { EventType } from '../model/schema.ts';

export interface Palette {
  types: Record<EventType, string>;
  shades: readonly string[];
  focus: string;
  land: string;
  sea: string;
  border: string;
  ink: string;
  muted: string;
  line: string;
  bg: string;
}

export const LIGHT: Palette = {
  types: TYPE_COLORS,
  shades: SHADE_COLORS,
  focus: FOCUS_COLOR,
  land: LAND_COLOR,
  sea: SEA_COLOR,
  border: '#b9b2a3',
  ink: '#1b1b1b',
  muted: '#5a5a5a',
  line: '#d9d9d9',
  bg: '#ffffff',
};

export function paletteFor(_theme: string | null | undefined): Palette {
  return LIGHT;
}
