import { describe, expect, it } from 'vitest';
import { itemsOf } from './fixtures.ts';
import { longestSilence } from './silence.ts';

const ids = (s: ReturnType<typeof longestSilence>) => s && [s.days, s.before.event.id, s.after.event.id];

describe('longest silence', () => {
  it('is the longest gap from the end of one contact to the start of the next', () => {
    const items = itemsOf([
      { id: 'a', date: '2025-01-01' },
      { id: 'b', date: '2025-01-11' },
      { id: 'c', date: '2025-03-01' },
      { id: 'd', date: '2025-03-05' },
    ]);
    expect(ids(longestSilence(items))).toEqual([49, 'b', 'c']);
  });

  it('lets overlapping contacts close no gap: it runs from the latest end seen', () => {
    const items = itemsOf([
      { id: 'long', date: '2025-01-01', end: '2025-01-31' },
      { id: 'inside', date: '2025-01-10' },
      { id: 'next', date: '2025-02-10' },
    ]);
    // Not 31 days from `inside`: `long` still ran until 31 January.
    expect(ids(longestSilence(items))).toEqual([10, 'long', 'next']);
  });

  it('ends a month-precision contact at the month\'s end', () => {
    const items = itemsOf([{ id: 'june', date: '2025-06' }, { id: 'july', date: '2025-07-15' }]);
    expect(ids(longestSilence(items))).toEqual([15, 'june', 'july']);
  });

  it('has no silence with one contact, or when every contact overlaps', () => {
    expect(longestSilence(itemsOf([{ id: 'a', date: '2025-01-01' }]))).toBeNull();
    expect(longestSilence(itemsOf([{ id: 'a', date: '2025-01' }, { id: 'b', date: '2025-01-20' }]))).toBeNull();
  });
});
