// What the build-time renderers read from disk: the dataset, and the basemap
// exactly as the build ships it (slimmed by vite-basemap.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { toCountryFeatures, type CountryFeature } from '../src/adapters/map/country-features.ts';
import type { Dataset } from '../src/model/schema.ts';
import { parseDataset } from '../src/model/validate.ts';
import { basemapTopology } from './vite-basemap.ts';

export const ROOT = join(new URL('.', import.meta.url).pathname, '..');

export function loadCountries(root = ROOT): CountryFeature[] {
  const file = createRequire(join(root, 'package.json')).resolve('world-atlas/countries-110m.json');
  const slim = basemapTopology(JSON.parse(readFileSync(file, 'utf8')) as Topology);
  return toCountryFeatures(slim as Parameters<typeof toCountryFeatures>[0]);
}

/** A dataset file, validated as the page validates it; its problems are not the renderer's to judge. */
export function loadDataset(file: string): Dataset {
  const { data } = parseDataset(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
  if (!data) throw new Error(`${file}: not a usable dataset (npm run check-data -- ${file})`);
  return data;
}
