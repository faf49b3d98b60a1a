// Plain helpers of the timeline: rows for recharts, where each imprecise
// date's band falls among the buckets, and ordered ranges for onRange.
import type { CoarseCount, PeriodCount } from '../../model/aggregate.ts';
import { parsePartialDate } from '../../model/dates.ts';
import type { CountedRow } from './counts.ts';
import type { I18n } from '../../i18n/react.tsx';

export interface CoarseBand {
  coarse: CoarseCount;
  /** First and last bucket keys the band covers (clipped to the chart). */
  x1: string;
  x2: string;
  precision: 'month' | 'year';
}

export function timelineRows(buckets: readonly PeriodCount[], label: (key: string) => string): CountedRow[] {
  return buckets.map((b) => ({ key: b.key, label: label(b.key), total: b.total, byType: b.byType }));
}

/** The band of each imprecise date over the buckets its period overlaps; none when it lies outside the chart. */
export function coarseBands(buckets: readonly PeriodCount[], coarse: readonly CoarseCount[]): CoarseBand[] {
  return coarse.flatMap((c) => {
    const inside = buckets.filter((b) => b.end >= c.start && b.start <= c.end);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (!first || !last) return [];
    return [{ coarse: c, x1: first.key, x2: last.key, precision: coarsePrecision(c.key) }];
  });
}

function coarsePrecision(key: string): 'month' | 'year' {
  return parsePartialDate(key)?.precision === 'month' ? 'month' : 'year';
}

/** Two bucket keys in chart order, so a drag to the left gives the same range as one to the right. */
export function orderedRange(keys: readonly string[], a: string, b: string): [string, string] {
  return keys.indexOf(a) <= keys.indexOf(b) ? [a, b] : [b, a];
}

export function hasCounts(buckets: readonly PeriodCount[], coarse: readonly CoarseCount[]): boolean {
  return coarse.length > 0 || buckets.some((b) => b.total > 0);
}

/**
 * Every how many buckets the time axis writes a label, from estimated label
 * widths: recharts' own gap check measures every new label in the DOM, a
 * forced layout that cost ~15 ms per filter change on a large page (issue 7).
 * The static poster labels the same buckets.
 */
export function timelineTickInterval(shortLabels: readonly string[], width: number, plot = { left: 32, right: 12 }): number {
  const labelWidth = shortLabels.reduce((w, l) => Math.max(w, l.length), 0) * 6.5 + 10;
  const perTick = Math.max(1, Math.floor((width - plot.left - plot.right) / labelWidth));
  return Math.max(0, Math.ceil(shortLabels.length / perTick) - 1);
}

/** "juin 2025 (date au mois près) : 3 contacts", for the mark's title and the list under the chart. */
export function coarseLabelOf({ t, date, plural }: Pick<I18n, 't' | 'date' | 'plural'>, key: string, total: number): string {
  return t('charts.coarse.title', { date: date(key), precision: t(`charts.coarse.${coarsePrecision(key)}`), count: plural('count.contacts', total) });
}
