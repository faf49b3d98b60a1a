// The bundled basemap (INTERFACES.md §3: no tile server, no other origin).
// The shapes are fetched as a separate hashed asset, not inlined in the main
// script: the map draws its background and markers first, shapes when they land.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';
import { fixGeometry } from './antimeridian.ts';
import { alpha2Of } from './iso-numeric.ts';

export interface CountryProps { iso: string | null; name: string }
export type CountryFeature = Feature<Geometry, CountryProps>;
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** GeoJSON features with alpha-2 codes and rings fixed at the antimeridian. */
export function toCountryFeatures(topology: CountriesTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { iso: alpha2Of(f.id, f.properties.name), name: f.properties.name },
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
  loading ??= fetch(countriesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
      return response.json() as Promise<CountriesTopology>;
    })
    .then((topology) => (loaded = toCountryFeatures(topology)))
    .catch((error: unknown) => {
      loading = null; // a later map may retry
      throw error;
    });
  return loading;
}
