// SIGNATURES ONLY — implemented by the model work (issue 3).
import type { ContactEvent, Dataset, EventType } from './schema.ts';
import type { Precision } from './dates.ts';

export interface Filters {
  /** Partner ids; empty = all partners. Events with partner null match only when empty. */
  countries: string[];
  /** Inclusive partial dates (YYYY, YYYY-MM, YYYY-MM-DD) or null. */
  from: string | null;
  to: string | null;
  /** Empty = all types. */
  types: EventType[];
  /** Free text, accent- and case-insensitive, over titles (fr+en), people, place names and partner names. */
  q: string;
}

export const NO_FILTERS: Filters = { countries: [], from: null, to: null, types: [], q: '' };

/** An event with what filtering needs precomputed once per dataset. */
export interface IndexedEvent {
  event: ContactEvent;
  /** First and last day number (days since 1970-01-01 UTC) the event may cover, `end` included. */
  start: number;
  end: number;
  precision: Precision;
  /** Normalised search text. */
  text: string;
}

export interface EventIndex {
  dataset: Dataset;
  /** Sorted newest first (by start desc, then id). */
  items: IndexedEvent[];
  byId: Map<string, IndexedEvent>;
  /** First and last day over all events, or null when there are none. */
  span: [number, number] | null;
}

export declare function normalizeText(text: string): string;
export declare function buildIndex(dataset: Dataset): EventIndex;
/** Items of the index matching every filter, in index order (newest first). */
export declare function filterEvents(index: EventIndex, filters: Filters): IndexedEvent[];
