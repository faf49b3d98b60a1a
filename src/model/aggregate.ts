// Derived series for the charts and the map: counts by partner, place, type and
// period. Charts receive these ready and never filter (docs/design.md §6).
import type { IndexedEvent } from './event-index.ts';
import { emptyTypeCounts, type TypeCounts } from './periods.ts';
import { EVENT_TYPES } from './vocabulary.ts';

export { countByPeriod, chooseUnit, emptyTypeCounts } from './periods.ts';
export type { TypeCounts, PeriodCount, CoarseCount, PeriodSeries } from './periods.ts';

export interface PartnerCount { partner: string | null; total: number; byType: TypeCounts }
export interface PlaceCount { place: string; total: number; byType: TypeCounts; items: IndexedEvent[] }

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Per-type counts as the charts want them, from a counter indexed by typeCode. */
function typeCounts(counter: Int32Array): TypeCounts {
  const counts = emptyTypeCounts();
  EVENT_TYPES.forEach((type, i) => { counts[type] = counter[i] as number; });
  return counts;
}

interface Tally<K> { key: K; total: number; types: Int32Array; items: IndexedEvent[] | null }

/**
 * Counts by a code (IndexedEvent's partnerCode or placeCode): one array slot per
 * code, the id read from the first event seen with it, no string keys per event.
 */
function tally<K>(items: readonly IndexedEvent[], codeOf: (item: IndexedEvent) => number, keyOf: (item: IndexedEvent) => K, keepItems: boolean): Array<Tally<K>> {
  const slots: Array<Tally<K> | undefined> = [];
  for (const item of items) {
    const at = codeOf(item) + 1; // partnerCode -1 (none) takes slot 0
    let row = slots[at];
    if (!row) slots[at] = row = { key: keyOf(item), total: 0, types: new Int32Array(EVENT_TYPES.length), items: keepItems ? [] : null };
    row.total += 1;
    row.types[item.typeCode] = (row.types[item.typeCode] as number) + 1;
    row.items?.push(item);
  }
  return slots.filter((row): row is Tally<K> => row !== undefined);
}

/** Sorted by total desc, then id; partner null last. */
export function countByPartner(items: readonly IndexedEvent[]): PartnerCount[] {
  return tally(items, (i) => i.partnerCode, (i) => i.event.partner, false)
    .map((row) => ({ partner: row.key, total: row.total, byType: typeCounts(row.types) }))
    .sort((a, b) => {
      if (a.partner === null || b.partner === null) return a.partner === null ? 1 : -1;
      return b.total - a.total || byId(a.partner, b.partner);
    });
}

/** Sorted by total desc, then id; each place keeps its events in the order given. */
/** Once per array of items: the map's markers and its off-map count (off-map.ts) read the same counts. */
const placeCounts = new WeakMap<readonly IndexedEvent[], readonly PlaceCount[]>();

export function countByPlace(items: readonly IndexedEvent[]): readonly PlaceCount[] {
  let counts = placeCounts.get(items);
  if (!counts) {
    counts = tally(items, (i) => i.placeCode, (i) => i.event.place, true)
      .map((row) => ({ place: row.key, total: row.total, byType: typeCounts(row.types), items: row.items ?? [] }))
      .sort((a, b) => b.total - a.total || byId(a.place, b.place));
    placeCounts.set(items, counts);
  }
  return counts;
}

export function countByType(items: readonly IndexedEvent[]): TypeCounts {
  const counter = new Int32Array(EVENT_TYPES.length);
  for (const { typeCode } of items) counter[typeCode] = (counter[typeCode] as number) + 1;
  return typeCounts(counter);
}

export interface TripRoute { trip: string; places: string[] }

/** How many trips these items belong to (without building their routes). */
export function countTrips(items: readonly IndexedEvent[]): number {
  // Codes are small integers: an array of flags is several times faster than a Set at 100,000 items.
  const seen: boolean[] = [];
  let trips = 0;
  for (const { tripCode } of items) {
    if (tripCode >= 0 && seen[tripCode] !== true) {
      seen[tripCode] = true;
      trips++;
    }
  }
  return trips;
}

function chronological(a: IndexedEvent, b: IndexedEvent): number {
  return a.start - b.start || a.end - b.end || byId(a.event.id, b.event.id);
}

/**
 * For each trip, its stops' places in date order, from home and back home
 * (bamako → moscow → kazan → bamako), consecutive repeats collapsed.
 * Trips come in the order of their first stop.
 */
export function tripRoutes(items: readonly IndexedEvent[], home: string | null): TripRoute[] {
  const stops: Array<IndexedEvent[] | undefined> = [];
  for (const item of items) {
    if (item.tripCode < 0) continue;
    const list = stops[item.tripCode];
    if (list) list.push(item);
    else stops[item.tripCode] = [item];
  }
  const routes = stops
    .filter((list): list is IndexedEvent[] => list !== undefined)
    .map((list) => ({ trip: (list[0] as IndexedEvent).event.trip as string, list: list.sort(chronological) }));
  routes.sort((a, b) => chronological(a.list[0] as IndexedEvent, b.list[0] as IndexedEvent) || byId(a.trip, b.trip));
  return routes.map(({ trip, list }) => ({ trip, places: routePlaces(list, home) }));
}

function routePlaces(stops: readonly IndexedEvent[], home: string | null): string[] {
  const all = home === null ? stops.map((s) => s.event.place) : [home, ...stops.map((s) => s.event.place), home];
  return all.filter((place, i) => i === 0 || place !== all[i - 1]);
}
