// world-atlas shapes are spherical: a ring that crosses the 180° meridian jumps
// from +179 to −179, and Leaflet, which draws in the plane, then paints a
// horizontal band across the whole map (TOOLCHAIN.md, "Map pitfalls").
import type { Geometry, Position } from 'geojson';

/** Longitudes made continuous: each step is shifted by ±360 so it never exceeds 180°. */
export function unwrapRing(ring: readonly Position[]): Position[] {
  // Most rings never cross: keep them as they are rather than copy every point.
  let crosses = false;
  for (let i = 1; i < ring.length && !crosses; i++) crosses = Math.abs(((ring[i] as Position)[0] ?? 0) - ((ring[i - 1] as Position)[0] ?? 0)) > 180;
  if (!crosses) return ring as Position[];
  const out: Position[] = [];
  let shift = 0;
  let previous: number | null = null;
  for (const [lon = 0, lat = 0] of ring) {
    if (previous !== null) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    previous = lon + shift;
    out.push([previous, lat]);
  }
  return out;
}

/**
 * A ring that goes once around a pole (Antarctica) ends 360° away from where it
 * started once unwrapped; closing it straight would cut across the map, so it
 * is closed along the pole instead.
 */
export function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || Math.abs((last[0] ?? 0) - (first[0] ?? 0)) < 180) return ring;
  const meanLat = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...ring, [last[0] ?? 0, pole], [first[0] ?? 0, pole], first];
}

export function fixRing(ring: readonly Position[]): Position[] {
  return closeAroundPole(unwrapRing(ring));
}

/** The same geometry with every polygon ring fixed; other geometries unchanged. */
export function fixGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(fixRing) };
  }
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(fixRing)) };
  }
  return geometry;
}
