// Derived series for the charts and the map: counts by partner, place, type and
// period. Charts receive these ready and never filter (DESIGN.md §6).
import type { IndexedEvent } from './filter.ts';
import { emptyTypeCounts, type TypeCounts } from './periods.ts';

export { countByPeriod, chooseUnit, emptyTypeCounts, periodOf } from './periods.ts';
export type { TypeCounts, PeriodUnit, PeriodCount, CoarseCount, PeriodSeries } from './periods.ts';

export interface PartnerCount { partner: string | null; total: number; byType: TypeCounts }
export interface PlaceCount { place: string; total: number; byType: TypeCounts; items: IndexedEvent[] }

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted by total desc, then id; partner null last. */
export function countByPartner(items: readonly IndexedEvent[]): PartnerCount[] {
  const counts = new Map<string | null, PartnerCount>();
  for (const { event } of items) {
    let row = counts.get(event.partner);
    if (!row) counts.set(event.partner, (row = { partner: event.partner, total: 0, byType: emptyTypeCounts() }));
    row.total += 1;
    row.byType[event.type] += 1;
  }
  return [...counts.values()].sort((a, b) => {
    if (a.partner === null || b.partner === null) return a.partner === null ? 1 : -1;
    return b.total - a.total || byId(a.partner, b.partner);
  });
}

/** Sorted by total desc, then id; each place keeps its events in the order given. */
export function countByPlace(items: readonly IndexedEvent[]): PlaceCount[] {
  const counts = new Map<string, PlaceCount>();
  for (const item of items) {
    const { place, type } = item.event;
    let row = counts.get(place);
    if (!row) counts.set(place, (row = { place, total: 0, byType: emptyTypeCounts(), items: [] }));
    row.total += 1;
    row.byType[type] += 1;
    row.items.push(item);
  }
  return [...counts.values()].sort((a, b) => b.total - a.total || byId(a.place, b.place));
}

export function countByType(items: readonly IndexedEvent[]): TypeCounts {
  const counts = emptyTypeCounts();
  for (const { event } of items) counts[event.type] += 1;
  return counts;
}

export interface TripRoute { trip: string; places: string[] }

function chronological(a: IndexedEvent, b: IndexedEvent): number {
  return a.start - b.start || a.end - b.end || byId(a.event.id, b.event.id);
}

/**
 * For each trip, its stops' places in date order, from home and back home
 * (bamako → moscow → kazan → bamako), consecutive repeats collapsed.
 * Trips come in the order of their first stop.
 */
export function tripRoutes(items: readonly IndexedEvent[], home: string | null): TripRoute[] {
  const stops = new Map<string, IndexedEvent[]>();
  for (const item of items) {
    const trip = item.event.trip;
    if (trip === undefined) continue;
    const list = stops.get(trip);
    if (list) list.push(item);
    else stops.set(trip, [item]);
  }
  const routes = [...stops.entries()].map(([trip, list]) => ({ trip, list: list.sort(chronological) }));
  routes.sort((a, b) => chronological(a.list[0] as IndexedEvent, b.list[0] as IndexedEvent) || byId(a.trip, b.trip));
  return routes.map(({ trip, list }) => ({ trip, places: routePlaces(list, home) }));
}

function routePlaces(stops: readonly IndexedEvent[], home: string | null): string[] {
  const all = home === null ? stops.map((s) => s.event.place) : [home, ...stops.map((s) => s.event.place), home];
  return all.filter((place, i) => i === 0 || place !== all[i - 1]);
}
