// Filtering the events: precompute once per dataset what every filter needs
// (day spans, normalised text), so a filter change is one tight loop.
import type { ContactEvent, Dataset, EventType, Partner } from './schema.ts';
import { EVENT_TYPES } from './vocabulary.ts';
import { daySpan, parsePartialDate, type Precision } from './dates.ts';
import { normalizeText, queryWords, regionDisplayName } from './text.ts';
import { countWordMatches, prepareSearch } from './search.ts';

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
  /**
   * Small numbers for the event's type (its place in EVENT_TYPES), partner (-1:
   * none) and place, the same for the same id within one index. Counting by
   * them reads no event object and no string key: counting 100,000 events by
   * partner, place and period took ~150 ms with ids (issue 7).
   */
  typeCode: number;
  partnerCode: number;
  placeCode: number;
  /** The event's trip (-1: none), numbered like the others. */
  tripCode: number;
}

/** Numbers for ids, given in order of first use (see IndexedEvent). */
export class EventCodes {
  private readonly partners = new Map<string, number>();
  private readonly places = new Map<string, number>();
  private readonly trips = new Map<string, number>();
  private static readonly types = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));

  type(event: ContactEvent): number {
    return EventCodes.types.get(event.type) ?? 0;
  }

  partner(event: ContactEvent): number {
    return event.partner === null ? -1 : code(this.partners, event.partner);
  }

  place(event: ContactEvent): number {
    return code(this.places, event.place);
  }

  trip(event: ContactEvent): number {
    return event.trip === undefined ? -1 : code(this.trips, event.trip);
  }

  /** The codes of an event. */
  of(event: ContactEvent): Pick<IndexedEvent, 'typeCode' | 'partnerCode' | 'placeCode' | 'tripCode'> {
    return { typeCode: this.type(event), partnerCode: this.partner(event), placeCode: this.place(event), tripCode: this.trip(event) };
  }
}

function code(codes: Map<string, number>, id: string): number {
  let n = codes.get(id);
  if (n === undefined) codes.set(id, (n = codes.size));
  return n;
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

/** Normalised names of each partner, once per dataset rather than once per event. */
function partnerTexts(partners: readonly Partner[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const p of partners) {
    const words = [p.id];
    if (p.name) words.push(p.name.fr, p.name.en);
    // Country names come from CLDR, as in the UI: "russie" finds RU.
    if (p.kind === 'country') words.push(regionDisplayName(p.id, 'fr'), regionDisplayName(p.id, 'en'));
    texts.set(p.id, joinFields(words));
  }
  return texts;
}

const joinFields = (fields: readonly string[]) => fields.map(normalizeText).filter((f) => f !== '').join(FIELD_SEPARATOR);

/** Search text of one event. Names repeat across events, so theirs are normalised once per dataset. */
function searchText(e: ContactEvent, texts: SharedTexts): string {
  const fields = [normalizeText(e.title.fr), normalizeText(e.title.en)];
  for (const person of e.people) {
    let normal = texts.people.get(person);
    if (normal === undefined) texts.people.set(person, (normal = normalizeText(person)));
    fields.push(normal);
  }
  fields.push(texts.places.get(e.place) ?? '', e.partner === null ? '' : (texts.partners.get(e.partner) ?? normalizeText(e.partner)));
  return fields.filter((f) => f !== '').join(FIELD_SEPARATOR);
}

interface SharedTexts { partners: Map<string, string>; places: Map<string, string>; people: Map<string, string> }

function sharedTexts(dataset: Dataset): SharedTexts {
  const places = new Map(dataset.places.map((p) => [p.id, joinFields([p.name.fr, p.name.en])]));
  return { partners: partnerTexts(dataset.partners), places, people: new Map() };
}

function newestFirst(a: IndexedEvent, b: IndexedEvent): number {
  if (a.start !== b.start) return b.start - a.start;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/**
 * Sorts newest first (start desc, then id): by counting sort over the days when
 * they span no more than a few times as many days as there are items, which is
 * the usual case (100,000 events: ~10 ms instead of ~60 ms with a comparator).
 */
export function sortNewestFirst(items: IndexedEvent[]): void {
  const n = items.length;
  if (n < 2) return;
  let min = Infinity, max = -Infinity;
  for (const item of items) {
    if (item.start < min) min = item.start;
    if (item.start > max) max = item.start;
  }
  const range = max - min + 1;
  if (range > 4 * n + 1024) {
    items.sort(newestFirst);
    return;
  }
  // offsets[d]: where the items d days before the newest start go.
  const offsets = new Uint32Array(range + 1);
  for (const item of items) offsets[max - item.start + 1] = (offsets[max - item.start + 1] as number) + 1;
  for (let d = 1; d <= range; d++) offsets[d] = (offsets[d] as number) + (offsets[d - 1] as number);
  const sorted = new Array<IndexedEvent>(n);
  for (const item of items) {
    const d = max - item.start;
    sorted[offsets[d] as number] = item;
    offsets[d] = (offsets[d] as number) + 1;
  }
  // Same day: by id, as the comparator would.
  for (let i = 0; i < n; ) {
    const day = (sorted[i] as IndexedEvent).start;
    let j = i + 1;
    while (j < n && (sorted[j] as IndexedEvent).start === day) j++;
    if (j - i > 1) {
      const run = sorted.slice(i, j).sort(newestFirst);
      for (let k = 0; k < run.length; k++) sorted[i + k] = run[k] as IndexedEvent;
    }
    i = j;
  }
  for (let i = 0; i < n; i++) items[i] = sorted[i] as IndexedEvent;
}

/** Search texts still to be built, per index (see prepareSearchText). */
const pendingSearch = new WeakMap<EventIndex, { texts: SharedTexts | null; next: number }>();

/**
 * Builds the search texts of an index, stopping once `deadline`
 * (performance.now()) has passed; true when every text is ready. Normalising
 * 100,000 titles takes most of a second, so large datasets do it after their
 * first draw, in idle time, and the first search finishes whatever is left.
 */
export function prepareSearchText(index: EventIndex, deadline = Infinity): boolean {
  const pending = pendingSearch.get(index);
  if (!pending) return true;
  const items = index.items;
  // Partner and place names in both languages, made on the first slice rather than with the index.
  const texts = (pending.texts ??= sharedTexts(index.dataset));
  while (pending.next < items.length) {
    const item = items[pending.next++] as IndexedEvent;
    item.text = searchText(item.event, texts);
    if ((pending.next & 511) === 0 && performance.now() > deadline) return false;
  }
  pendingSearch.delete(index);
  prepareSearch(items);
  return true;
}

/**
 * Up to this many events, search texts are built with the index, at once. The
 * app passes 0: even 15 events paid ~30 ms for the two languages' CLDR country
 * names before the first draw, for a search nobody has typed yet.
 */
export const EAGER_SEARCH_LIMIT = 20_000;

export function buildIndex(dataset: Dataset, eagerSearchLimit = EAGER_SEARCH_LIMIT): EventIndex {
  const items: IndexedEvent[] = [];
  const codes = new EventCodes();
  for (const event of dataset.events) {
    const start = parsePartialDate(event.date);
    const last = event.end === undefined ? start : parsePartialDate(event.end);
    // A validated dataset has only real dates; anything else cannot be placed in time.
    if (!start || !last) continue;
    items.push({
      event, start: daySpan(start)[0], end: daySpan(last)[1], precision: start.precision, text: '',
      typeCode: codes.type(event), partnerCode: codes.partner(event), placeCode: codes.place(event), tripCode: codes.trip(event),
    });
  }
  sortNewestFirst(items);
  const index = { dataset, items, byId: new Map(items.map((i) => [i.event.id, i])), span: itemsSpan(items) };
  pendingSearch.set(index, { texts: null, next: 0 });
  if (items.length <= eagerSearchLimit) prepareSearchText(index); // now, so the first keystroke does not pay for it
  return index;
}

/** First and last day any of the items may cover, or null for none. */
export function itemsSpan(items: readonly IndexedEvent[]): [number, number] | null {
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
  if (words.length > 0) prepareSearchText(index);
  const wordCounts = words.length > 0 ? countWordMatches(index.items, words) : null;
  const result: IndexedEvent[] = [];
  const items = index.items;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as IndexedEvent;
    // Overlap: the event may cover some day of the range (DATASET.md, "Dates in filters").
    if (item.end < first || item.start > last) continue;
    if (wordCounts && wordCounts[k] !== words.length) continue;
    if (types && !types[item.typeCode]) continue;
    if (partners && !partners(item)) continue;
    result.push(item);
  }
  return result;
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
