// A place whose coordinates were faulty keeps its contacts in the list, the
// charts and the counts, but cannot be drawn (docs/dataset.md, "Repairs"):
// the map leaves it off and says how many contacts that leaves out.
import type { IndexedEvent } from './event-index.ts';
import type { Place } from './schema.ts';

export type Positioned = Place & { lat: number; lon: number };

export const hasPosition = (p: Place): p is Positioned => p.lat !== null && p.lon !== null;

/** How many of these contacts took place somewhere the map cannot draw. */
export function countOffMap(items: readonly IndexedEvent[], places: ReadonlyMap<string, Place>): number {
  const drawable = new Map<string, boolean>();
  let off = 0;
  for (const { event } of items) {
    let ok = drawable.get(event.place);
    if (ok === undefined) {
      const place = places.get(event.place);
      drawable.set(event.place, (ok = place !== undefined && hasPosition(place)));
    }
    if (!ok) off++;
  }
  return off;
}
