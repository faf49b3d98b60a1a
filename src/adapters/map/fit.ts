// Fit-to-view logic without Leaflet, so "does not jump when nothing changed" is testable.
export interface HasId { id: string }

/** Identity of a set of places, independent of their order and of their counts. */
export function fitKey(places: readonly HasId[], routes: readonly { trip: string }[] = []): string {
  const ids = places.map((p) => p.id).sort();
  const trips = routes.map((r) => r.trip).sort();
  return `${ids.join(',')}|${trips.join(',')}`;
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
