import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.ts';
import { itemsOf } from './fixtures.ts';
import { chooseUnit, countByPartner, countByPeriod, countByPlace, countByType, countTrips, emptyTypeCounts, tripRoutes } from './aggregate.ts';

const items = itemsOf([
  { id: 'a', date: '2025-06-12', partner: 'RU', type: 'talks', place: 'moscow' },
  { id: 'b', date: '2025-06-14', partner: 'RU', type: 'agreement', place: 'moscow' },
  { id: 'c', date: '2025-06-20', partner: 'US', type: 'visit' },
  { id: 'd', date: '2025-06', partner: null, type: 'audience' },
  { id: 'e', date: '2025', partner: 'SN', type: 'talks', place: 'dakar' },
  { id: 'f', date: '2025-07-01', partner: 'US', type: 'visit', place: 'dakar' },
]);
const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe('counts by partner, place and type', () => {
  it('ranks partners by count then id, with the unnamed partner last', () => {
    const rows = countByPartner(items);
    expect(rows.map((r) => [r.partner, r.total])).toEqual([['RU', 2], ['US', 2], ['SN', 1], [null, 1]]);
    expect(rows[0]?.byType).toEqual({ ...emptyTypeCounts(), talks: 1, agreement: 1 });
  });

  it('ranks places and keeps their events', () => {
    const rows = countByPlace(items);
    expect(rows.map((r) => [r.place, r.total])).toEqual([['bamako', 2], ['dakar', 2], ['moscow', 2]]);
    expect(rows.find((r) => r.place === 'dakar')?.items.map((i) => i.event.id)).toEqual(['f', 'e']);
  });

  it('counts every type, zeros included', () => {
    expect(countByType(items)).toEqual({ visit: 2, talks: 2, audience: 1, agreement: 1, reception: 0, cooperation: 0 });
    expect(countByType([])).toEqual(emptyTypeCounts());
  });
});

describe('chooseUnit', () => {
  it('uses days up to 92 days, months up to 8 years, then years', () => {
    expect(chooseUnit([0, 91])).toBe('day');
    expect(chooseUnit([0, 92])).toBe('month');
    expect(chooseUnit([day('2018-01-01'), day('2025-12-31')])).toBe('month');
    expect(chooseUnit([day('2017-01-01'), day('2025-12-31')])).toBe('year');
  });
});

describe('countByPeriod', () => {
  it('makes contiguous day buckets with zeros and puts month and year dates aside, by their own date', () => {
    const series = countByPeriod(items, 'day', [day('2025-06-10'), day('2025-06-20')]);
    expect(series.buckets.map((b) => b.key)).toEqual(Array.from({ length: 11 }, (_, i) => `2025-06-${String(10 + i)}`));
    expect(series.buckets.map((b) => b.total)).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(series.buckets[2]?.byType.talks).toBe(1);
    expect(series.coarse.map((c) => [c.key, c.total, c.start, c.end])).toEqual([
      ['2025', 1, day('2025-01-01'), day('2025-12-31')],
      ['2025-06', 1, day('2025-06-01'), day('2025-06-30')],
    ]);
  });

  it('places a month-only date in its month bucket on a month chart, a year-only date aside', () => {
    const series = countByPeriod(items, 'month');
    expect(series.buckets.map((b) => [b.key, b.total])).toEqual([
      ['2025-01', 0], ['2025-02', 0], ['2025-03', 0], ['2025-04', 0], ['2025-05', 0], ['2025-06', 4],
      ['2025-07', 1], ['2025-08', 0], ['2025-09', 0], ['2025-10', 0], ['2025-11', 0], ['2025-12', 0],
    ]);
    expect(series.buckets[0]?.start).toBe(day('2025-01-01'));
    expect(series.buckets[1]?.end).toBe(day('2025-02-28'));
    expect(series.coarse.map((c) => c.key)).toEqual(['2025']);
  });

  it('counts everything on a year chart', () => {
    const series = countByPeriod(items, 'year', [day('2024-03-01'), day('2026-01-01')]);
    expect(series.buckets.map((b) => [b.key, b.total])).toEqual([['2024', 0], ['2025', 6], ['2026', 0]]);
    expect(series.coarse).toEqual([]);
  });

  it('puts an event begun before the span in the first bucket and leaves out those outside', () => {
    const spanning = itemsOf([
      { id: 'long', date: '2025-06-28', end: '2025-07-02' },
      { id: 'before', date: '2025-06-01' },
      { id: 'after', date: '2025-08-01' },
    ]);
    const series = countByPeriod(spanning, 'day', [day('2025-07-01'), day('2025-07-03')]);
    expect(series.buckets.map((b) => b.total)).toEqual([1, 0, 0]);
  });

  it('crosses year ends on a month chart and is empty without events', () => {
    const series = countByPeriod(itemsOf([{ id: 'x', date: '2026-01-05' }]), 'month', [day('2025-11-15'), day('2026-01-05')]);
    expect(series.buckets.map((b) => [b.key, b.total])).toEqual([['2025-11', 0], ['2025-12', 0], ['2026-01', 1]]);
    expect(countByPeriod([], 'day')).toEqual({ unit: 'day', buckets: [], coarse: [] });
  });
});

describe('tripRoutes', () => {
  const trip = itemsOf([
    { id: 'kazan', date: '2025-06-25', trip: 'russia-2025', place: 'kazan' },
    { id: 'moscow-1', date: '2025-06-23', trip: 'russia-2025', place: 'moscow' },
    { id: 'moscow-2', date: '2025-06-24', trip: 'russia-2025', place: 'moscow' },
    { id: 'dakar', date: '2025-02-02', trip: 'senegal', place: 'dakar' },
    { id: 'home', date: '2025-06-26' },
  ]);

  it('goes from home through the stops in date order and back, without repeats', () => {
    expect(tripRoutes(trip, 'bamako')).toEqual([
      { trip: 'senegal', places: ['bamako', 'dakar', 'bamako'] },
      { trip: 'russia-2025', places: ['bamako', 'moscow', 'kazan', 'bamako'] },
    ]);
  });

  it('draws only the stops when home is unknown', () => {
    expect(tripRoutes(trip, null).map((r) => r.places)).toEqual([['dakar'], ['moscow', 'kazan']]);
  });

  it('counts the trips without building them; events with no trip are none', () => {
    expect(countTrips(trip)).toBe(2);
    expect(countTrips(trip.filter((i) => i.event.trip !== 'senegal'))).toBe(1);
  });
});
