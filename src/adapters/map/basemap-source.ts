// Where the bundled basemap is, and its download started once per page. Kept
// apart from basemap.ts (which needs topojson-client) so the start-up code can
// begin the download and parse without loading the map's code (docs/bench.md).
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let pending: Promise<CountriesTopology> | null = null;

/** The basemap topology, fetched and parsed once; a failure can be retried. */
export function fetchTopology(): Promise<CountriesTopology> {
  pending ??= fetch(countriesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
      return response.json() as Promise<CountriesTopology>;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
