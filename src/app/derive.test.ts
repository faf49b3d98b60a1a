import { describe, expect, it, vi } from 'vitest';
import { visibleItems } from '../adapters/map/popup-paging.ts';
import { makeI18n } from '../i18n/react.tsx';
import { filterEvents, NO_FILTERS } from '../model/filter.ts';
import { buildIndex } from '../model/event-index.ts';
import { makeDataset } from '../model/fixtures.ts';
import { makeLookups } from '../model/lookups.ts';
import { mapPlaces, partnerBars, partnerOptions, typeOptions } from './derive.ts';

const day = (i: number) => `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const data = makeDataset([
  ...Array.from({ length: 120 }, (_, i) => ({ id: `m${String(i).padStart(3, '0')}`, date: day(i), place: 'moscow' })),
  { id: 'k1', date: '2025-06', place: 'kazan', partner: 'US' },
]);

describe('mapPlaces', () => {
  it('gives a popup every contact of a place, counting those past the first fifty', () => {
    const index = buildIndex(data);
    const [moscow] = mapPlaces(index.items, makeLookups(data), makeI18n('fr'));
    expect(moscow?.items.length).toBe(120);
    if (!moscow) throw new Error('no Moscow marker');
    const { shown, more } = visibleItems(moscow.items, null);
    expect(shown).toHaveLength(50);
    expect(more).toBe(70);
    expect(shown[0]?.date).toMatch(/2025/);
  });

  it('formats a popup row only when it is shown', () => {
    const index = buildIndex(data);
    const i18n = makeI18n('en');
    const date = vi.spyOn(i18n, 'date');
    const places = mapPlaces(index.items, makeLookups(data), i18n);
    expect(date).not.toHaveBeenCalled();
    const kazan = places.find((p) => p.id === 'kazan');
    if (!kazan) throw new Error('no Kazan marker');
    expect(visibleItems(kazan.items, null).shown).toEqual([{ id: 'k1', date: 'Jun 2025', partner: 'United States', title: 'k1', type: 'talks' }]);
    expect(date).toHaveBeenCalledTimes(1);
  });
});

describe('unfiltered counts', () => {
  it('are the same partner counts for the bars and the picker', () => {
    const index = buildIndex(data);
    const lookups = makeLookups(data);
    const i18n = makeI18n('fr');
    const all = filterEvents(index, NO_FILTERS);
    expect(all).toBe(index.items);
    expect(partnerBars(all, lookups, i18n).map((b) => [b.id, b.total])).toEqual([['RU', 120], ['US', 1]]);
    expect(partnerOptions(index, all, lookups, i18n).map((o) => [o.id, o.count])).toEqual([['RU', 120], ['US', 1]]);
  });
});

describe('faceted counts', () => {
  const d = makeDataset([
    { id: 'a', date: '2025-01-01', type: 'visit' },
    { id: 'b', date: '2025-01-02', type: 'visit', partner: 'US' },
    { id: 'c', date: '2025-03-03', type: 'audience', partner: null },
  ]);
  const index = buildIndex(d);

  it('count every type used, across all partners and events without one', () => {
    expect(typeOptions(index, index.items)).toEqual([{ type: 'visit', count: 2 }, { type: 'audience', count: 1 }]);
  });

  it('count types in what the other filters keep, listing an emptied type at 0', () => {
    const inMarch = filterEvents(index, { ...NO_FILTERS, from: '2025-03' });
    expect(typeOptions(index, inMarch)).toEqual([{ type: 'visit', count: 0 }, { type: 'audience', count: 1 }]);
  });

  it('keep the partners in the order of the whole dataset, counted in what the other filters keep', () => {
    const lookups = makeLookups(d);
    const i18n = makeI18n('en');
    const january = filterEvents(index, { ...NO_FILTERS, to: '2025-01' });
    const all = partnerOptions(index, index.items, lookups, i18n).map((o) => o.id);
    expect(partnerOptions(index, january, lookups, i18n).map((o) => o.id)).toEqual(all);
    const inMarch = filterEvents(index, { ...NO_FILTERS, from: '2025-03' });
    expect(partnerOptions(index, inMarch, lookups, i18n).map((o) => [o.id, o.count])).toEqual([['RU', 0], ['US', 0], [null, 1]]);
  });
});
