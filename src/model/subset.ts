// "Get the data" downloads the view, not the whole file (issue: get the data):
// a dataset in the contract form holding only what the shown events reference,
// so the file a reader gets validates and reloads on its own.
import type { ContactEvent, Dataset } from './schema.ts';

/** The dataset restricted to these events and the sources, partners and places they cite; home is kept. */
export function subsetDataset(dataset: Dataset, events: readonly ContactEvent[]): Dataset {
  const partnerIds = new Set<string>();
  const placeIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const e of events) {
    if (e.partner !== null) partnerIds.add(e.partner);
    placeIds.add(e.place);
    for (const cite of e.sources) sourceIds.add(cite.source);
  }
  // Routes are drawn from home, so a subset without it would lose its lines.
  if (dataset.home !== null) placeIds.add(dataset.home);
  return {
    ...dataset,
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    partners: dataset.partners.filter((p) => partnerIds.has(p.id)),
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    events: [...events],
  };
}
