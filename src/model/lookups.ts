// Id → item maps of a dataset, built once per dataset for the views' lookups.
import type { ContactEvent, Dataset, Partner, Place, Source } from './schema.ts';

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

/** Who a reported date comes from: the first cited source at another address than the first (the seed) one. */
export function reportingPublisher(event: ContactEvent, lookups: Lookups): string {
  const cited = event.sources.map((c) => lookups.sources.get(c.source)).filter((s) => s !== undefined);
  const seedUrl = cited[0]?.url ?? null;
  return (cited.find((s) => s.url !== seedUrl) ?? cited[0])?.publisher ?? '';
}

/** The credit line's publishers: the first four, once each, in the order the sources list them. */
export function creditedPublishers(sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => s.publisher))].slice(0, 4).join(', ');
}
