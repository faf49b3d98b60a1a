// Pure helpers behind the map's encodings, kept apart so they are testable in Node.
import type { EventType } from '../../model/schema.ts';
import { SHADE_VARS, TYPE_ORDER, TYPE_VARS, themeVar } from '../../theme.ts';

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 26;

/** Marker radius in pixels: area proportional to the count (sqrt scale). */
export function markerRadius(count: number, maxCount: number, maxRadius = MAX_RADIUS): number {
  if (maxCount <= 0 || count <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, maxRadius * Math.sqrt(count / maxCount));
}

/** The largest disc for a map this many pixels wide: smaller on a phone, so discs do not cover a continent. */
export function maxRadiusFor(width: number): number {
  return Math.min(MAX_RADIUS, Math.max(12, Math.round(width / 28)));
}

/** Sequential fill for partner countries, fewest first (no overlap with the type colours); the theme's `--map-shade-N`. */
export const SHADE_COLORS = SHADE_VARS;
export const LAND_COLOR = themeVar('land');
export const BORDER_COLOR = themeVar('border');

export interface ShadeClass { from: number; to: number; color: string }

/** Up to five classes over 1..max, on a log scale so one busy partner does not flatten the rest. */
export function shadeClasses(max: number): ShadeClass[] {
  if (max < 1) return [];
  const n = Math.min(SHADE_COLORS.length, max);
  const uppers = Array.from({ length: n }, (_, k) => Math.round(max ** ((k + 1) / n)));
  const classes: ShadeClass[] = [];
  let from = 1;
  for (const upper of uppers) {
    if (upper < from) continue;
    classes.push({ from, to: upper, color: '' });
    from = upper + 1;
  }
  const offset = SHADE_COLORS.length - classes.length; // few classes: use the darker end
  return classes.map((c, i) => ({ ...c, color: SHADE_COLORS[i + offset] ?? (SHADE_COLORS[0] as string) }));
}

export function shadeColor(count: number, classes: readonly ShadeClass[]): string | null {
  if (count < 1) return null;
  return classes.find((c) => count <= c.to)?.color ?? classes[classes.length - 1]?.color ?? null;
}

/** Ids of the places that keep a permanent label: the busiest, ties broken by id. */
export function labelledPlaces(places: readonly { id: string; total: number }[], limit = 8): Set<string> {
  const sorted = [...places].sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
  return new Set(sorted.slice(0, limit).map((p) => p.id));
}

/** A CSS conic gradient splitting the marker by event type, in the shared type order. */
export function typeGradient(byType: Readonly<Record<EventType, number>>): string {
  const total = TYPE_ORDER.reduce((sum, t) => sum + byType[t], 0);
  if (total === 0) return themeVar('coarse');
  let at = 0;
  const stops: string[] = [];
  for (const t of TYPE_ORDER) {
    if (byType[t] === 0) continue;
    const end = at + (byType[t] / total) * 360;
    stops.push(`${TYPE_VARS[t]} ${at.toFixed(1)}deg ${end.toFixed(1)}deg`);
    at = end;
  }
  return `conic-gradient(${stops.join(', ')})`;
}
