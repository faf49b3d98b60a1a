// Counts by period for the timeline. An event is drawn at the precision it has
// (docs/dataset.md): a month-only date is never placed on an invented day.
import type { EventType } from './schema.ts';
import { EVENT_TYPES } from './vocabulary.ts';
import { itemsSpan, type IndexedEvent } from './event-index.ts';
import { dayNumber, isoDay } from './dates.ts';
import type { Precision } from './dates.ts';

export type TypeCounts = Record<EventType, number>;
export type PeriodUnit = 'day' | 'month' | 'year';

/** One bucket of the timeline: events whose date is at least as precise as the unit. */
export interface PeriodCount { key: string; start: number; end: number; total: number; byType: TypeCounts }
/** Events less precise than the unit (a month-only date on a day chart), grouped by their own date. */
export interface CoarseCount { key: string; start: number; end: number; total: number; byType: TypeCounts }
export interface PeriodSeries { unit: PeriodUnit; buckets: PeriodCount[]; coarse: CoarseCount[] }

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const DAY_UNIT_MAX_DAYS = 92;
const MONTH_UNIT_MAX_DAYS = 8 * 365 + 2; // eight years, leap days included

/** Day when the span is at most 92 days, month up to 8 years, else year. */
export function chooseUnit(span: [number, number]): PeriodUnit {
  const days = span[1] - span[0] + 1;
  if (days <= DAY_UNIT_MAX_DAYS) return 'day';
  return days <= MONTH_UNIT_MAX_DAYS ? 'month' : 'year';
}

/** Every type at zero, in EVENT_TYPES order (charts stack in that order). */
export function emptyTypeCounts(): TypeCounts {
  const counts = {} as TypeCounts;
  for (const type of EVENT_TYPES) counts[type] = 0;
  return counts;
}

/** Year and month (1-12) of a day number. */
function calendar(day: number): { year: number; month: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** The unit-sized period that holds `day`: its key and first and last days. */
function periodOf(day: number, unit: PeriodUnit): { key: string; start: number; end: number } {
  if (unit === 'day') return { key: isoDay(day), start: day, end: day };
  const { year, month } = calendar(day);
  if (unit === 'year') return { key: String(year).padStart(4, '0'), start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) - 1 };
  const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return { key, start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 1) - 1 };
}

function emptyBuckets(span: [number, number], unit: PeriodUnit): PeriodCount[] {
  const buckets: PeriodCount[] = [];
  for (let day = span[0]; day <= span[1]; ) {
    const period = periodOf(day, unit);
    buckets.push({ ...period, total: 0, byType: emptyTypeCounts() });
    day = period.end + 1;
  }
  return buckets;
}

/**
 * Contiguous buckets (zeros included) over `span` (default: the items' span),
 * each event in the bucket of its start day. An event that began before the
 * span but overlaps it goes in the first bucket; one that misses the span is
 * left out. Events less precise than the unit go in `coarse`, by their own date.
 */
export function countByPeriod(items: readonly IndexedEvent[], unit: PeriodUnit, span?: [number, number]): PeriodSeries {
  const range = span ?? itemsSpan(items);
  if (!range || range[1] < range[0]) return { unit, buckets: [], coarse: [] };
  const buckets = emptyBuckets(range, unit);
  const starts = buckets.map((b) => b.start);
  // Counted in one typed array (bucket × type), copied into the buckets once.
  const width = EVENT_TYPES.length;
  const counter = new Int32Array(buckets.length * width);
  const coarse = new Map<string, CoarseCount>();
  for (const item of items) {
    if (item.end < range[0] || item.start > range[1]) continue;
    if (RANK[item.precision] < RANK[unit]) {
      addCoarse(coarse, item);
      continue;
    }
    const at = bucketHolding(starts, Math.max(item.start, range[0])) * width + item.typeCode;
    counter[at] = (counter[at] as number) + 1;
  }
  buckets.forEach((bucket, b) => {
    EVENT_TYPES.forEach((type, t) => {
      const n = counter[b * width + t] as number;
      bucket.byType[type] = n;
      bucket.total += n;
    });
  });
  return { unit, buckets, coarse: [...coarse.values()].sort((a, b) => a.start - b.start) };
}

/** Index of the last bucket starting on or before `day` (buckets are contiguous and sorted): no calendar per event. */
function bucketHolding(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function addCoarse(coarse: Map<string, CoarseCount>, item: IndexedEvent): void {
  const period = periodOf(item.start, item.precision);
  let row = coarse.get(period.key);
  if (!row) coarse.set(period.key, (row = { ...period, total: 0, byType: emptyTypeCounts() }));
  row.total += 1;
  row.byType[item.event.type] += 1;
}
