// Derive, don't store (DESIGN.md §6): every series the views draw is computed
// from [dataset index, filters, language] here, and views never filter.
import type { MapPlace, MapRoute } from '../adapters/map/ContactsMap.tsx';
import type { PartnerBar } from '../adapters/charts/PartnersChart.tsx';
import type { PartnerOption, TypeOption } from '../components/FilterPanel.tsx';
import { countByPartner, countByPlace, countByType, tripRoutes } from '../model/aggregate.ts';
import type { EventIndex, IndexedEvent } from '../model/filter.ts';
import type { ContactEvent } from '../model/schema.ts';
import { isoDay } from '../model/dates.ts';
import type { I18n } from '../i18n/react.tsx';
import { partnerLabel } from '../i18n/labels.ts';
import type { Lookups } from '../model/lookups.ts';

/** How many contacts a map popup lists before "and N more". */
const POPUP_ROWS = 50;

type MapItem = MapPlace['items'][number];
/** Popup rows per language and event: a filter change over 1,000 places re-used to format 50,000 dates. */
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
    if (!place) return [];
    const rows = c.items.slice(0, POPUP_ROWS).map(({ event }) => popupRow(event, lookups, i18n));
    return [{ id: place.id, name: place.name[i18n.lang], lat: place.lat, lon: place.lon, total: c.total, byType: c.byType, items: rows }];
  });
}

export function mapRoutes(items: readonly IndexedEvent[], home: string | null, lookups: Lookups, i18n: I18n): MapRoute[] {
  return tripRoutes(items, home).flatMap(({ trip, places }) => {
    const stops = places.map((id) => lookups.places.get(id)).filter((p) => p !== undefined);
    if (stops.length < 2) return [];
    return [{ trip, label: stops.map((p) => p.name[i18n.lang]).join(' → '), points: stops.map((p): [number, number] => [p.lat, p.lon]) }];
  });
}

/** Contacts per partner country, for shading the map. Organisations have no shape. */
export function countryShading(items: readonly IndexedEvent[], lookups: Lookups): Record<string, number> {
  const shading: Record<string, number> = {};
  for (const c of countByPartner(items)) {
    if (c.partner !== null && lookups.partners.get(c.partner)?.kind === 'country') shading[c.partner] = c.total;
  }
  return shading;
}

export function partnerBars(items: readonly IndexedEvent[], lookups: Lookups, i18n: I18n): PartnerBar[] {
  return countByPartner(items).map((c) => ({ id: c.partner, label: partnerLabel(c.partner, lookups, i18n), total: c.total, byType: c.byType }));
}

export function partnerOptions(index: EventIndex, lookups: Lookups, i18n: I18n): PartnerOption[] {
  return countByPartner(index.items).map((c) => ({ id: c.partner, label: partnerLabel(c.partner, lookups, i18n), count: c.total }));
}

export function typeOptions(index: EventIndex): TypeOption[] {
  const counts = countByType(index.items);
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([type, count]) => ({ type: type as TypeOption['type'], count }));
}

export function spanOf(index: EventIndex): { first: string; last: string } | null {
  return index.span ? { first: isoDay(index.span[0]), last: isoDay(index.span[1]) } : null;
}
