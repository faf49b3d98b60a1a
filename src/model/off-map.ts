// A place whose coordinates were faulty keeps its contacts in the list, the
// charts and the counts, but cannot be drawn (docs/dataset.md, "Repairs"):
// the map leaves it off and says how many contacts that leaves out.
import { countByPlace } from './aggregate.ts';
import type { IndexedEvent } from './event-index.ts';
import type { Place } from './schema.ts';

export type Positioned = Place & { lat: number; lon: number };

export const hasPosition = (p: Place): p is Positioned => p.lat !== null && p.lon !== null;

/** How many of these contacts took place somewhere the map cannot draw. */
export function countOffMap(items: readonly IndexedEvent[], places: ReadonlyMap<string, Place>): number {
  // By place, from the counts the map's markers are drawn from: a thousand places, not 100,000 events.
  let off = 0;
  for (const { place, total } of countByPlace(items)) {
    const known = places.get(place);
    if (known === undefined || !hasPosition(known)) off += total;
  }
  return off;
}
