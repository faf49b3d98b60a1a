// The events indexed once per dataset: day spans, codes for counting, newest
// first, by id (filtering and counting then never parse or hash: docs/bench.md).
import type { ContactEvent, Dataset } from './schema.ts';
import { EVENT_TYPES } from './vocabulary.ts';
import { daySpan, parsePartialDate, type Precision } from './dates.ts';
import { awaitSearchText, prepareSearchText } from './search-text.ts';

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
   * partner, place and period took ~150 ms with ids (docs/bench.md).
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

/**
 * Up to this many events, search texts are built with the index, at once. The
 * app passes 0: even 15 events paid ~30 ms for the two languages' CLDR country
 * names before the first draw, for a search nobody has typed yet.
 */
const EAGER_SEARCH_LIMIT = 20_000;

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
  awaitSearchText(index);
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

