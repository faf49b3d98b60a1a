// When a partner's contacts began and last happened, and how long ago the last
// one was (DATASET.md "Derived, not stored"): each date as precise as known.
import type { IndexedEvent } from './event-index.ts';
import { parsePartialDate, daySpan } from './dates.ts';

/** A contact at an end of a partner's record: the event, its date as written, its day. */
export interface ContactMoment {
  item: IndexedEvent;
  /** The date as precise as the record knows it (`2025-12` stays a month). */
  date: string;
  /** First day (for the first contact) or last day (for the last) it may cover. */
  day: number;
}

/** The earliest contact: the one whose first possible day comes first (then id). */
export function firstContact(items: readonly IndexedEvent[]): ContactMoment | null {
  let best: IndexedEvent | null = null;
  for (const item of items) {
    if (best === null || item.start < best.start || (item.start === best.start && item.event.id < best.event.id)) best = item;
  }
  return best && { item: best, date: best.event.date, day: best.start };
}

/**
 * The latest contact: the one whose last possible day is latest (a month-only
 * date ends at the month's end), then the later start, then id. Its date is its
 * `end` when it spans days.
 */
export function lastContact(items: readonly IndexedEvent[]): ContactMoment | null {
  let best: IndexedEvent | null = null;
  for (const item of items) {
    if (best === null || item.end > best.end || (item.end === best.end && (item.start > best.start || (item.start === best.start && item.event.id < best.event.id)))) best = item;
  }
  return best && { item: best, date: best.event.end ?? best.event.date, day: best.end };
}

/** The last day of the record's `updated` date, or null when it has none. */
export function updatedDay(updated: string | null): number | null {
  const date = updated === null ? null : parsePartialDate(updated);
  return date ? daySpan(date)[1] : null;
}

/**
 * Days from a contact's last possible day to the record's `updated` date: the
 * same for every reader, never overstated. Null when the record has no date.
 * Never negative: a contact dated after `updated` was 0 days ago.
 */
export function daysSince(lastDay: number, updated: number | null): number | null {
  return updated === null ? null : Math.max(0, updated - lastDay);
}
