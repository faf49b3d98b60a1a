// Who travelled to whom follows from the place (DATASET.md "Derived, not
// stored"): abroad when the place lies outside the focus country, at home inside.
import type { IndexedEvent } from './event-index.ts';

export type Side = 'abroad' | 'home' | 'unknown';

/**
 * A function giving each item's side, decided once per place code. `countryOf`
 * gives a place's country; a place it does not know, or no focus, is `unknown`.
 */
export function sideOf(focus: string | null, countryOf: (place: string) => string | undefined): (item: IndexedEvent) => Side {
  const decided: Side[] = [];
  return (item) => {
    let side = decided[item.placeCode];
    if (side === undefined) {
      const country = countryOf(item.event.place);
      decided[item.placeCode] = side = focus === null || country === undefined ? 'unknown' : country === focus ? 'home' : 'abroad';
    }
    return side;
  };
}

export interface AbroadCounts {
  /** Contacts outside the focus country… */
  abroad: number;
  /** …of which in the partner's own country. */
  inPartnerCountry: number;
  /** Contacts in the focus country. */
  home: number;
  /** Journeys (distinct `trip`s) the abroad contacts belong to. */
  trips: number;
}

/** Abroad and at-home counts of one partner's items. */
export function countAbroad(items: readonly IndexedEvent[], side: (item: IndexedEvent) => Side, countryOf: (place: string) => string | undefined): AbroadCounts {
  const counts: AbroadCounts = { abroad: 0, inPartnerCountry: 0, home: 0, trips: 0 };
  const trips = new Set<number>();
  for (const item of items) {
    const s = side(item);
    if (s === 'home') counts.home += 1;
    else if (s === 'abroad') {
      counts.abroad += 1;
      if (item.event.partner !== null && countryOf(item.event.place) === item.event.partner) counts.inPartnerCountry += 1;
      if (item.tripCode >= 0) trips.add(item.tripCode);
    }
  }
  counts.trips = trips.size;
  return counts;
}
