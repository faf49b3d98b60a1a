// The bundled basemap (docs/interfaces.md §4: no tile server, no other origin).
// The shapes are fetched as a separate hashed asset, not inlined in the main
// script: the map draws its background and markers first, shapes when they land.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { fetchTopology, type CountriesTopology } from './basemap-source.ts';
import { fixGeometry } from './antimeridian.ts';

export interface CountryProps { iso: string | null; name: string }
export type CountryFeature = Feature<Geometry, CountryProps>;
export type { CountriesTopology } from './basemap-source.ts';

/** GeoJSON features, with rings fixed at the antimeridian; the build gave them alpha-2 ids (scripts/basemap-borders.ts). */
export function toCountryFeatures(topology: CountriesTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { iso: typeof f.id === 'string' ? f.id : null, name: f.properties.name },
    geometry: fixGeometry(f.geometry),
  }));
}

let loading: Promise<CountryFeature[]> | null = null;
let loaded: CountryFeature[] | null = null;

/** The shapes if they have already been loaded and converted, so a map can draw them in its first frame. */
export function countryShapesNow(): CountryFeature[] | null {
  return loaded;
}

/** Loads and converts the shapes once per page, however many maps ask. */
export function loadCountryShapes(): Promise<CountryFeature[]> {
  loading ??= fetchTopology()
    .then((topology) => (loaded = toCountryFeatures(topology)))
    .catch((error: unknown) => {
      loading = null; // a later map may retry
      throw error;
    });
  return loading;
}

/**
 * Settles when the shapes are ready, have failed, or `waitMs` has passed: the
 * map's first frame then has them, without holding its markers back for long.
 */
export function shapesSettled(waitMs = 1500): Promise<void> {
  return Promise.race([loadCountryShapes().then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}
