// Id → item maps of a dataset, built once per dataset for the views' lookups.
import type { Dataset, Partner, Place, Source } from './schema.ts';

export interface Lookups {
  partners: Map<string, Partner>;
  places: Map<string, Place>;
  sources: Map<string, Source>;
}

export function makeLookups(dataset: Dataset): Lookups {
  return {
    partners: new Map(dataset.partners.map((p) => [p.id, p])),
    places: new Map(dataset.places.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
}
