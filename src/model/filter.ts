// Filtering the events over the index (event-index.ts): one tight loop per
// filter change, over day spans, codes and the search corpus.
import type { EventType } from './schema.ts';
import { EVENT_TYPES } from './vocabulary.ts';
import { daySpan, parsePartialDate } from './dates.ts';
import { queryWords } from './text.ts';
import { countWordMatches } from './search.ts';
import type { EventIndex, IndexedEvent } from './event-index.ts';
import { searchTextOf, searchTextReady } from './search-text.ts';

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

/** Whether any filter narrows the view (a query of spaces does not). */
export function isFiltered(f: Filters): boolean {
  return f.countries.length > 0 || f.from !== null || f.to !== null || f.types.length > 0 || f.q.trim() !== '';
}

/** First day of `from` and last day of `to` (a partial date covers its whole month or year); unparsable bounds are open. */
export function rangeDays(from: string | null, to: string | null): [number, number] {
  const f = from === null ? null : parsePartialDate(from);
  const t = to === null ? null : parsePartialDate(to);
  return [f ? daySpan(f)[0] : -Infinity, t ? daySpan(t)[1] : Infinity];
}

/**
 * Items of the index matching every filter, in index order (newest first).
 * With no filter at all it is the index's own array, so what is derived from
 * both (counts per partner, per type) can be computed once.
 */
export function filterEvents(index: EventIndex, filters: Filters): IndexedEvent[] {
  if (filters.countries.length === 0 && filters.types.length === 0 && filters.from === null && filters.to === null && queryWords(filters.q).length === 0) {
    return index.items;
  }
  const partners = filters.countries.length > 0 ? partnerTest(filters.countries) : null;
  const chosenTypes = new Set<string>(filters.types);
  const types = filters.types.length > 0 ? EVENT_TYPES.map((t) => chosenTypes.has(t)) : null;
  const [first, last] = rangeDays(filters.from, filters.to);
  const words = queryWords(filters.q);
  // Texts all built: one scan of the corpus per word. Still being built: the
  // other filters first, then only the kept events' texts are made and read.
  const ready = words.length === 0 || searchTextReady(index);
  const wordCounts = words.length > 0 && ready ? countWordMatches(index.items, words) : null;
  const result: IndexedEvent[] = [];
  const items = index.items;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as IndexedEvent;
    // Overlap: the event may cover some day of the range (docs/dataset.md, "Dates in filters").
    if (item.end < first || item.start > last) continue;
    if (wordCounts && wordCounts[k] !== words.length) continue;
    if (types && !types[item.typeCode]) continue;
    if (partners && !partners(item)) continue;
    if (!ready && !hasEveryWord(searchTextOf(index, item), words)) continue;
    result.push(item);
  }
  return result;
}

function hasEveryWord(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/**
 * The items with one of these partners (all of them when none is given), as
 * filterEvents would keep them: an event with no partner matches no partner.
 * Lets a view filtered on everything but partners be narrowed without a rescan.
 */
export function keepPartners(items: IndexedEvent[], countries: readonly string[]): IndexedEvent[] {
  if (countries.length === 0) return items;
  const keep = partnerTest(countries);
  return items.filter(keep);
}

/**
 * Whether an item's partner is one of these, decided once per partner code
 * (reading the event, a cache miss at 100,000 events, once per partner).
 */
function partnerTest(countries: readonly string[]): (item: IndexedEvent) => boolean {
  const chosen = new Set(countries);
  const decided: Array<boolean | undefined> = [];
  return (item) => {
    let keep = decided[item.partnerCode + 1];
    if (keep === undefined) decided[item.partnerCode + 1] = keep = item.event.partner !== null && chosen.has(item.event.partner);
    return keep;
  };
}
