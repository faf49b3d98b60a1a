// The longest silence with a partner (DATASET.md "Derived, not stored"): the
// longest gap from the end of one contact to the start of the next.
import type { IndexedEvent } from './event-index.ts';

export interface Silence {
  /** Days from the last day of `before` to the first day of `after`. */
  days: number;
  /** The contact that ends the record before the gap (the latest-ending of those before it). */
  before: IndexedEvent;
  /** The contact after the gap. */
  after: IndexedEvent;
}

const byStart = (a: IndexedEvent, b: IndexedEvent) => a.start - b.start || a.end - b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);

/**
 * Longest gap between contacts in date order. A contact that begins before an
 * earlier one has ended overlaps it and closes no gap; the gap is measured from
 * the latest end seen so far. Null for fewer than two contacts or no gap at all.
 * `oldestFirst` may be given already sorted by start (then no copy is sorted).
 */
export function longestSilence(items: readonly IndexedEvent[], sortedByStart = false): Silence | null {
  if (items.length < 2) return null;
  const list = sortedByStart ? items : [...items].sort(byStart);
  let reach = list[0] as IndexedEvent; // the contact that ends latest so far
  let best: Silence | null = null;
  for (let k = 1; k < list.length; k++) {
    const item = list[k] as IndexedEvent;
    const gap = item.start - reach.end;
    if (gap > 0 && (best === null || gap > best.days)) best = { days: gap, before: reach, after: item };
    if (item.end > reach.end) reach = item;
  }
  return best;
}
