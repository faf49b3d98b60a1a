// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day spans, so that a date known
// only to the month overlaps any range that touches that month (docs/dataset.md).

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

// Calendar arithmetic without Date objects: 100,000 events parse these several
// times each on load, and allocating a Date per call showed in the profile.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null when the form or the calendar date is wrong. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, month: null, day: null, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, day: null, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** Days since 1970-01-01 (UTC) of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  // Days from the civil calendar (H. Hinnant's algorithm), exact for every proleptic Gregorian date.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The first and last day a partial date may cover. */
export function daySpan(date: PartialDate): [number, number] {
  if (date.precision === 'day') {
    const d = dayNumber(date.year, date.month as number, date.day as number);
    return [d, d];
  }
  if (date.precision === 'month') {
    const m = date.month as number;
    return [dayNumber(date.year, m, 1), dayNumber(date.year, m, daysInMonth(date.year, m))];
  }
  return [dayNumber(date.year, 1, 1), dayNumber(date.year, 12, 31)];
}

/** Inverse of dayNumber: YYYY-MM-DD. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day span of an event's date and optional end; null when either is not a real date. */
export function eventDaySpan(date: string, end?: string): [number, number] | null {
  const start = parsePartialDate(date);
  if (!start) return null;
  const first = daySpan(start);
  if (end === undefined) return first;
  const last = parsePartialDate(end);
  return last ? [first[0], daySpan(last)[1]] : null;
}
