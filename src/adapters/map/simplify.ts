// Leaflet's own line simplification (L.LineUtil.simplify: a radial pass, then
// Douglas–Peucker, in pixels), as plain arithmetic so a poster drawn at build
// time keeps the points Leaflet will draw and drops the ones it would drop.
// Leaflet simplifies every path with `smoothFactor`, 1 px by default.
import type { Pixel } from './web-mercator.ts';

/** Leaflet's default `smoothFactor`, the tolerance in pixels. */
const SMOOTH_FACTOR = 1;

const sqDist = (a: Pixel, b: Pixel) => (a.x - b.x) ** 2 + (a.y - b.y) ** 2;

function sqSegmentDist(p: Pixel, a: Pixel, b: Pixel): number {
  let x = a.x, y = a.y;
  const dx = b.x - x, dy = b.y - y, dot = dx * dx + dy * dy;
  if (dot > 0) {
    const t = ((p.x - x) * dx + (p.y - y) * dy) / dot;
    if (t > 1) { x = b.x; y = b.y; } else if (t > 0) { x += dx * t; y += dy * t; }
  }
  return (p.x - x) ** 2 + (p.y - y) ** 2;
}

function reduceRadially(points: readonly Pixel[], sqTolerance: number): Pixel[] {
  const kept = [points[0] as Pixel];
  let prev = 0;
  for (let i = 1; i < points.length; i++) {
    if (sqDist(points[i] as Pixel, points[prev] as Pixel) > sqTolerance) { kept.push(points[i] as Pixel); prev = i; }
  }
  if (prev < points.length - 1) kept.push(points[points.length - 1] as Pixel);
  return kept;
}

function markFarthest(points: readonly Pixel[], marks: Uint8Array, sqTolerance: number, first: number, last: number): void {
  let max = 0, index = -1;
  for (let i = first + 1; i < last; i++) {
    const d = sqSegmentDist(points[i] as Pixel, points[first] as Pixel, points[last] as Pixel);
    if (d > max) { index = i; max = d; }
  }
  if (max <= sqTolerance) return;
  marks[index] = 1;
  markFarthest(points, marks, sqTolerance, first, index);
  markFarthest(points, marks, sqTolerance, index, last);
}

/** The points of a projected line or ring that Leaflet keeps at this tolerance. */
export function simplifyPixels(points: readonly Pixel[], tolerance = SMOOTH_FACTOR): Pixel[] {
  if (points.length === 0) return [];
  const sqTolerance = tolerance * tolerance;
  const reduced = reduceRadially(points, sqTolerance);
  const marks = new Uint8Array(reduced.length);
  marks[0] = 1; marks[reduced.length - 1] = 1;
  markFarthest(reduced, marks, sqTolerance, 0, reduced.length - 1);
  return reduced.filter((_, i) => marks[i] === 1);
}
