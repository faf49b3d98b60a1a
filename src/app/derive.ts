// Derive, don't store (docs/design.md §6): every series the views draw is computed
// from [dataset index, filters, language] here, and views never filter.
import type { MapItem, MapPlace, MapRoute } from '../adapters/map/ContactsMap.tsx';
import type { PartnerBar } from '../adapters/charts/PartnersChart.tsx';
import type { PartnerOption, TypeOption } from '../components/FilterPanel.tsx';
import { chooseUnit, countByPartner, countByPeriod, countByPlace, countByType, countTrips, tripRoutes, type PartnerCount, type PeriodSeries } from '../model/aggregate.ts';
import type { EventIndex, IndexedEvent } from '../model/event-index.ts';
import type { ContactEvent } from '../model/schema.ts';
import { isoDay } from '../model/dates.ts';
import type { I18n } from '../i18n/react.tsx';
import { partnerLabel } from '../i18n/labels.ts';
import type { Lookups } from '../model/lookups.ts';
import { countOffMap } from '../model/off-map.ts';
import { hasPosition } from '../model/off-map.ts';

/** Popup rows per language and event, formatted only when a popup shows them. */
const rowCache = new WeakMap<I18n, WeakMap<ContactEvent, MapItem>>();

function popupRow(event: ContactEvent, lookups: Lookups, i18n: I18n): MapItem {
  let rows = rowCache.get(i18n);
  if (!rows) rowCache.set(i18n, (rows = new WeakMap()));
  let row = rows.get(event);
  if (!row) {
    row = { id: event.id, date: i18n.date(event.date, 'short'), partner: partnerLabel(event.partner, lookups, i18n), title: event.title[i18n.lang], type: event.type };
    rows.set(event, row);
  }
  return row;
}

export function mapPlaces(items: readonly IndexedEvent[], lookups: Lookups, i18n: I18n): MapPlace[] {
  return countByPlace(items).flatMap((c) => {
    const place = lookups.places.get(c.place);
    if (!place || !hasPosition(place)) return []; // counted apart, in the map's note (countOffMap)
    const events = c.items;
    // 100,000 events over 1,000 places: formatting every popup's rows up front cost
    // a quarter of a second per filter change, for the one popup a reader opens.
    const items = {
      length: events.length,
      idAt: (i: number) => (events[i] as IndexedEvent).event.id,
      rowAt: (i: number) => popupRow((events[i] as IndexedEvent).event, lookups, i18n),
    };
    return [{ id: place.id, name: place.name[i18n.lang], lat: place.lat, lon: place.lon, total: c.total, byType: c.byType, items }];
  });
}

function mapRoutes(items: readonly IndexedEvent[], home: string | null, lookups: Lookups, i18n: I18n): MapRoute[] {
  return tripRoutes(items, home).flatMap(({ trip, places }) => {
    const stops = places.map((id) => lookups.places.get(id)).filter((p) => p !== undefined).filter(hasPosition);
    if (stops.length < 2) return [];
    return [{ trip, label: stops.map((p) => p.name[i18n.lang]).join(' → '), points: stops.map((p): [number, number] => [p.lat, p.lon]) }];
  });
}

/** Counts per partner for an array of items, computed once per array: unfiltered, the bars, the shading and the picker share one. */
const partnerCounts = new WeakMap<readonly IndexedEvent[], PartnerCount[]>();
function partnersOf(items: readonly IndexedEvent[]): PartnerCount[] {
  let counts = partnerCounts.get(items);
  if (!counts) partnerCounts.set(items, (counts = countByPartner(items)));
  return counts;
}

/** Contacts per partner country, for shading the map. Organisations have no shape. */
function countryShading(items: readonly IndexedEvent[], lookups: Lookups): Record<string, number> {
  const shading: Record<string, number> = {};
  for (const c of partnersOf(items)) {
    if (c.partner !== null && lookups.partners.get(c.partner)?.kind === 'country') shading[c.partner] = c.total;
  }
  return shading;
}

export function partnerBars(items: readonly IndexedEvent[], lookups: Lookups, i18n: I18n): PartnerBar[] {
  return partnersOf(items).map((c) => ({ id: c.partner, label: partnerLabel(c.partner, lookups, i18n), total: c.total, byType: c.byType }));
}

/**
 * Every partner of the dataset, in the dataset's order (most contacts first, so the
 * list does not reshuffle under the reader), each counted in `shown`: the events
 * that every filter but the partner keeps, i.e. what ticking it would add.
 */
export function partnerOptions(index: EventIndex, shown: readonly IndexedEvent[], lookups: Lookups, i18n: I18n): PartnerOption[] {
  const counts = new Map(partnersOf(shown).map((c) => [c.partner, c.total]));
  return partnersOf(index.items).map((c) => ({ id: c.partner, label: partnerLabel(c.partner, lookups, i18n), count: counts.get(c.partner) ?? 0 }));
}

/**
 * Every type the dataset uses, each counted in `shown`: the events that every
 * filter but the type keeps. A type the other filters leave empty stays listed, at 0.
 */
export function typeOptions(index: EventIndex, shown: readonly IndexedEvent[]): TypeOption[] {
  const used = countByType(index.items);
  const counts = shown === index.items ? used : countByType(shown);
  return Object.entries(used)
    .filter(([, n]) => n > 0)
    .map(([type]) => ({ type: type as TypeOption['type'], count: counts[type as TypeOption['type']] }));
}

export function spanOf(index: EventIndex): { first: string; last: string } | null {
  return index.span ? { first: isoDay(index.span[0]), last: isoDay(index.span[1]) } : null;
}

/** Most trip routes the map draws at once. */
const MAX_ROUTES = 30;

/** The timeline's buckets over the shown events' own span (live chart and static poster alike). */
export function timelineSeries(filtered: readonly IndexedEvent[]): PeriodSeries {
  if (filtered.length === 0) return { unit: 'month', buckets: [], coarse: [] };
  let first = Infinity, last = -Infinity;
  for (const item of filtered) {
    if (item.start < first) first = item.start;
    if (item.start > last) last = item.start;
  }
  const span: [number, number] = [first, last];
  return countByPeriod(filtered, chooseUnit(span), span);
}

/**
 * What the map draws. Hundreds of trips draw a web that hides the map: past a
 * few dozen, the reader is asked to narrow the filter to see them (and none are built).
 */
export function mapData(filtered: readonly IndexedEvent[], index: EventIndex, lookups: Lookups, i18n: I18n) {
  const trips = countTrips(filtered);
  const drawn = trips <= MAX_ROUTES;
  return {
    places: mapPlaces(filtered, lookups, i18n),
    routes: drawn ? mapRoutes(filtered, index.dataset.home, lookups, i18n) : [],
    hiddenRoutes: drawn ? 0 : trips,
    offMap: countOffMap(filtered, lookups.places),
    shading: countryShading(filtered, lookups),
  };
}
