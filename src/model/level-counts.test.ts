import { describe, expect, it } from 'vitest';
import { itemsOf } from './fixtures.ts';
import { countLevels, emptyLevelCounts, levelRows, recordsLevels } from './level-counts.ts';


describe('levels', () => {
  it('counts each side, an absent level as unknown, not other', () => {
    const { focus, partner } = countLevels(itemsOf([
      { id: 'a', date: '2025-01-01', level: 'head-of-state', partnerLevel: 'head-of-state' },
      { id: 'b', date: '2025-01-02', level: 'head-of-state' },
      { id: 'c', date: '2025-01-03', level: 'other', partnerLevel: 'official' },
      { id: 'd', date: '2025-01-04' },
    ]));
    expect(focus).toEqual({ ...emptyLevelCounts(), 'head-of-state': 2, other: 1, unknown: 1 });
    expect(partner).toEqual({ ...emptyLevelCounts(), 'head-of-state': 1, official: 1, unknown: 2 });
    expect(levelRows(focus)).toEqual([{ level: 'head-of-state', count: 2 }, { level: 'other', count: 1 }, { level: 'unknown', count: 1 }]);
  });

  it('knows a record that says no level at all', () => {
    expect(recordsLevels(itemsOf([{ id: 'a', date: '2025-01-01' }]))).toBe(false);
    expect(recordsLevels(itemsOf([{ id: 'a', date: '2025-01-01', partnerLevel: 'minister' }]))).toBe(true);
  });
});
