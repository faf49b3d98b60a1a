// Small map props shared by the component tests.
import type { CountryFeature } from './basemap.ts';
import { itemsOf } from './popup-paging.ts';
import type { MapItem, MapPlace, MapRoute } from './types.ts';

const none = { visit: 0, talks: 0, audience: 0, agreement: 0, reception: 0, cooperation: 0 };

export function item(id: string, title = `Title ${id}`): MapItem {
  return { id, date: '12 juin 2025', partner: 'Russie', title, type: 'talks' };
}

export function place(id: string, name: string, lat: number, lon: number, items: MapItem[]): MapPlace {
  return { id, name, lat, lon, total: items.length, byType: { ...none, talks: items.length }, items: itemsOf(items) };
}

export const PLACES: MapPlace[] = [
  place('bamako', 'Bamako', 12.64, -8, [item('ml-a'), item('ml-b')]),
  place('moscow', 'Moscou', 55.75, 37.62, Array.from({ length: 60 }, (_, i) => item(`ru-${i}`))),
  place('kazan', 'Kazan', 55.79, 49.12, [item('ru-kazan', 'Visite à Kazan')]),
];

export const ROUTES: MapRoute[] = [
  { trip: 'ru-2025', label: 'Bamako → Moscou → Kazan → Bamako', points: [[12.64, -8], [55.75, 37.62], [55.79, 49.12], [12.64, -8]] },
];

export const SQUARE_COUNTRIES: CountryFeature[] = [
  { type: 'Feature', properties: { iso: 'ML', name: 'Mali' }, geometry: { type: 'Polygon', coordinates: [[[-12, 10], [4, 10], [4, 25], [-12, 25], [-12, 10]]] } },
  { type: 'Feature', properties: { iso: 'RU', name: 'Russia' }, geometry: { type: 'Polygon', coordinates: [[[30, 45], [190, 45], [190, 75], [30, 75], [30, 45]]] } },
  { type: 'Feature', properties: { iso: 'DZ', name: 'Algeria' }, geometry: { type: 'Polygon', coordinates: [[[-8, 19], [11, 19], [11, 37], [-8, 37], [-8, 19]]] } },
];
