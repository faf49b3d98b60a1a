// The basemap topology as GeoJSON country features, without the download: the
// live map (basemap.ts) and the build-time poster (src/static) convert it alike.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { fixGeometry } from './antimeridian.ts';

export interface CountryProps { iso: string | null; name: string }
export type CountryFeature = Feature<Geometry, CountryProps>;
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** GeoJSON features, with rings fixed at the antimeridian; the build gave them alpha-2 ids (scripts/basemap-borders.ts). */
export function toCountryFeatures(topology: Countries): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { iso: typeof f.id === 'string' ? f.id : null, name: f.properties.name },
    geometry: fixGeometry(f.geometry),
  }));
}
