// Sample series for the chart tests and the scratch browser page.
import type { CoarseCount, PeriodCount, PeriodSeries, TypeCounts } from '../../model/aggregate.ts';
import { daySpan, parsePartialDate } from '../../model/dates.ts';
import { EVENT_TYPES } from '../../model/schema.ts';
import type { PartnerBar } from './PartnersChart.tsx';

export function counts(values: Partial<TypeCounts>): TypeCounts {
  const all = Object.fromEntries(EVENT_TYPES.map((t) => [t, values[t] ?? 0])) as TypeCounts;
  return all;
}

function total(c: TypeCounts): number {
  return EVENT_TYPES.reduce((n, t) => n + c[t], 0);
}

/** `n` partners P000…, sorted by total desc, with a mix of types. */
export function samplePartners(n: number): PartnerBar[] {
  return Array.from({ length: n }, (_, i) => {
    const byType = counts({ visit: Math.max(0, 20 - i), talks: (i % 3) + 1, agreement: i % 2 });
    return { id: `P${String(i).padStart(3, '0')}`, label: `Partenaire ${i}`, total: total(byType), byType };
  }).sort((a, b) => b.total - a.total);
}

function span(key: string): [number, number] {
  const d = parsePartialDate(key);
  if (!d) throw new Error(`bad key ${key}`);
  return daySpan(d);
}

export function bucket(key: string, values: Partial<TypeCounts>): PeriodCount {
  const [start, end] = span(key);
  const byType = counts(values);
  return { key, start, end, total: total(byType), byType };
}

export function coarse(key: string, values: Partial<TypeCounts>): CoarseCount {
  return bucket(key, values);
}

export function series(unit: PeriodSeries['unit'], buckets: PeriodCount[], coarseCounts: CoarseCount[] = []): PeriodSeries {
  return { unit, buckets, coarse: coarseCounts };
}

/** One bucket a year from `from`, with some empty years. */
export function yearlySeries(from: number, years: number): PeriodSeries {
  const buckets = Array.from({ length: years }, (_, i) =>
    bucket(String(from + i), { visit: (i * 7) % 5, talks: (i * 3) % 4, cooperation: i % 7 === 0 ? 2 : 0 }));
  return series('year', buckets);
}
