// Filtering the events: precompute once per dataset what every filter needs
// (day spans, normalised text), so a filter change is one tight loop.
import type { ContactEvent, Dataset, EventType, Partner, Place } from './schema.ts';
import { daySpan, eventDaySpan, parsePartialDate, type Precision } from './dates.ts';
import { normalizeText, queryWords, regionDisplayName } from './text.ts';

export { normalizeText } from './text.ts';

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

// Fields are joined with a separator no query word can contain (queries are
// split on spaces), so a word never matches across two fields.
const FIELD_SEPARATOR = '\n';

function partnerWords(partner: Partner | undefined, id: string | null): string[] {
  if (id === null) return [];
  const words = [id];
  if (partner?.name) words.push(partner.name.fr, partner.name.en);
  // Country names come from CLDR, as in the UI: "russie" finds RU.
  if (partner?.kind !== 'organisation') words.push(regionDisplayName(id, 'fr'), regionDisplayName(id, 'en'));
  return words;
}

function searchText(e: ContactEvent, partners: Map<string, Partner>, places: Map<string, Place>): string {
  const place = places.get(e.place);
  const fields = [e.title.fr, e.title.en, ...e.people, ...partnerWords(partners.get(e.partner ?? ''), e.partner)];
  if (place) fields.push(place.name.fr, place.name.en);
  return fields.map(normalizeText).filter((f) => f !== '').join(FIELD_SEPARATOR);
}

function newestFirst(a: IndexedEvent, b: IndexedEvent): number {
  if (a.start !== b.start) return b.start - a.start;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

export function buildIndex(dataset: Dataset): EventIndex {
  const partners = new Map(dataset.partners.map((p) => [p.id, p]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const items: IndexedEvent[] = [];
  for (const event of dataset.events) {
    const span = eventDaySpan(event.date, event.end);
    const start = parsePartialDate(event.date);
    // A validated dataset has only real dates; anything else cannot be placed in time.
    if (!span || !start) continue;
    items.push({ event, start: span[0], end: span[1], precision: start.precision, text: searchText(event, partners, places) });
  }
  items.sort(newestFirst);
  return { dataset, items, byId: new Map(items.map((i) => [i.event.id, i])), span: overallSpan(items) };
}

function overallSpan(items: readonly IndexedEvent[]): [number, number] | null {
  if (items.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    if (item.start < first) first = item.start;
    if (item.end > last) last = item.end;
  }
  return [first, last];
}

/** First day of `from` and last day of `to` (a partial date covers its whole month or year); unparsable bounds are open. */
export function rangeDays(from: string | null, to: string | null): [number, number] {
  const f = from === null ? null : parsePartialDate(from);
  const t = to === null ? null : parsePartialDate(to);
  return [f ? daySpan(f)[0] : -Infinity, t ? daySpan(t)[1] : Infinity];
}

/** Items of the index matching every filter, in index order (newest first). */
export function filterEvents(index: EventIndex, filters: Filters): IndexedEvent[] {
  const partners = filters.countries.length > 0 ? new Set(filters.countries) : null;
  const types = filters.types.length > 0 ? new Set<string>(filters.types) : null;
  const [first, last] = rangeDays(filters.from, filters.to);
  const words = queryWords(filters.q);
  const result: IndexedEvent[] = [];
  for (const item of index.items) {
    // Overlap: the event may cover some day of the range (DATASET.md, "Dates in filters").
    if (item.end < first || item.start > last) continue;
    if (types && !types.has(item.event.type)) continue;
    if (partners && (item.event.partner === null || !partners.has(item.event.partner))) continue;
    if (words.length > 0 && !hasEveryWord(item.text, words)) continue;
    result.push(item);
  }
  return result;
}

function hasEveryWord(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}
