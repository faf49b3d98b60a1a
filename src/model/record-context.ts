// What the partner measures need to know of the record as a whole, made once
// per dataset: its focus, its `updated` day, each place's country and side.
import type { EventIndex, IndexedEvent } from './event-index.ts';
import type { Dataset } from './schema.ts';
import { sideOf, type Side } from './abroad.ts';
import { updatedDay } from './contact-moments.ts';
import { recordsAgreements } from './agreement-ledger.ts';
import { recordsLevels } from './level-counts.ts';

export interface RecordContext {
  focus: string | null;
  /** Day number of `updated`, or null when the record has none. */
  updated: number | null;
  countryOf: (place: string) => string | undefined;
  side: (item: IndexedEvent) => Side;
  /** Whether the record says levels, lists agreements at all (older files do not). */
  hasLevels: boolean;
  hasAgreements: boolean;
}

export function recordContext(dataset: Dataset, index: EventIndex): RecordContext {
  const countries = new Map(dataset.places.flatMap((p) => (p.country ? [[p.id, p.country] as const] : [])));
  const countryOf = (place: string) => countries.get(place);
  return {
    focus: dataset.focus, updated: updatedDay(dataset.updated), countryOf, side: sideOf(dataset.focus, countryOf),
    hasLevels: recordsLevels(index.items), hasAgreements: recordsAgreements(index.items),
  };
}
