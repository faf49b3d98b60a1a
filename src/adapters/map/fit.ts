// Fit-to-view logic without Leaflet, so "does not jump when nothing changed" is testable.
export interface HasPosition { lat: number; lon: number }

type Route = { points: ReadonlyArray<readonly [number, number]> };

/** Corners of every place and route point: what the fitted view depends on. */
export function placesBounds(places: readonly HasPosition[], routes: readonly Route[] = []): [[number, number], [number, number]] | null {
  const points: Array<readonly [number, number]> = places.map((p) => [p.lat, p.lon]);
  for (const r of routes) points.push(...r.points);
  return boundsOf(points);
}

/**
 * The corners as a key (to ~100 m). A place coming or going inside them leaves
 * the view as it is: refitting would re-project the whole map for nothing
 * (~80 ms per filter change with 1,000 places, docs/bench.md) and undo a reader's
 * own pan or zoom.
 */
export function boundsKey(bounds: [[number, number], [number, number]] | null): string {
  return bounds ? bounds.flat().map((n) => n.toFixed(3)).join(',') : 'none';
}

/** South-west and north-east corners of every point, or null when there is none. */
export function boundsOf(points: readonly (readonly [number, number])[]): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const [lat, lon] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [[south, west], [north, east]];
}

/**
 * How the map fits its places: labels sit right of their markers, so they get
 * room on that side. Shared by the live map (FitToPlaces) and the static poster.
 */
export const FIT = { paddingTopLeft: [28, 28], paddingBottomRight: [96, 28], maxZoom: 5 } as const;
/** The live map's zoom limits and steps (MapContainer), and its view before any fit. */
export const MAP_ZOOM = { minZoom: 1, zoomSnap: 0.25 } as const;
export const MAP_START = { center: [15, 0] as [number, number], zoom: 2 };
export const MAP_HEIGHT = 420;
