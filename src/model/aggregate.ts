// SIGNATURES ONLY — implemented by the model work (issue 3).
import type { EventType } from './schema.ts';
import type { IndexedEvent } from './filter.ts';

export type TypeCounts = Record<EventType, number>;

export interface PartnerCount { partner: string | null; total: number; byType: TypeCounts }
export interface PlaceCount { place: string; total: number; byType: TypeCounts; items: IndexedEvent[] }
export type PeriodUnit = 'day' | 'month' | 'year';

/** One bucket of the timeline: events whose date is at least as precise as the unit. */
export interface PeriodCount { key: string; start: number; end: number; total: number; byType: TypeCounts }
/** Events less precise than the unit (a month-only date on a day chart), grouped by their own date. */
export interface CoarseCount { key: string; start: number; end: number; total: number; byType: TypeCounts }
export interface PeriodSeries { unit: PeriodUnit; buckets: PeriodCount[]; coarse: CoarseCount[] }

export declare function emptyTypeCounts(): TypeCounts;
/** Sorted by total desc, then id; partner null last. */
export declare function countByPartner(items: readonly IndexedEvent[]): PartnerCount[];
/** Sorted by total desc, then id. */
export declare function countByPlace(items: readonly IndexedEvent[]): PlaceCount[];
export declare function countByType(items: readonly IndexedEvent[]): TypeCounts;
/** Day when the span is at most 92 days, month up to 8 years, else year. */
export declare function chooseUnit(span: [number, number]): PeriodUnit;
/** Contiguous buckets (zeros included) over `span` (default: the items' span), events placed by their start day. */
export declare function countByPeriod(items: readonly IndexedEvent[], unit: PeriodUnit, span?: [number, number]): PeriodSeries;
