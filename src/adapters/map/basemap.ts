// The bundled basemap (docs/interfaces.md §4: no tile server, no other origin).
// The shapes are fetched as a separate hashed asset, not inlined in the main
// script: the map draws its background and markers first, shapes when they land.
import { fetchTopology } from './basemap-source.ts';
import { toCountryFeatures, type CountryFeature } from './country-features.ts';
import { posterShapes } from './poster-view.ts';

export { toCountryFeatures, type CountryFeature, type CountryProps } from './country-features.ts';
export type { CountriesTopology } from './basemap-source.ts';

let loading: Promise<CountryFeature[]> | null = null;
let loaded: CountryFeature[] | null = null;

/** The shapes if they have already been loaded and converted, so a map can draw them in its first frame. */
export function countryShapesNow(): CountryFeature[] | null {
  return loaded ?? posterShapes();
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
  if (posterShapes()) return Promise.resolve(); // the page's poster brought them (issue 19)
  return Promise.race([loadCountryShapes().then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}
