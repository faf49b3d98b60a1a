import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daySpan, isoDay, parsePartialDate } from './dates.ts';

describe('calendar arithmetic', () => {
  it('agrees with the platform calendar on every day from year 1000 to 3000', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('3000-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        expect(dayNumber(y, m, day)).toBe(Math.floor(Date.UTC(y, m - 1, day) / 86_400_000));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('knows leap years and month lengths', () => {
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2025-02-29')).toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
    expect(parsePartialDate('2000-02-29')).not.toBeNull();
    expect(parsePartialDate('2025-04-31')).toBeNull();
  });

  it('gives a partial date the whole span it may cover', () => {
    const month = parsePartialDate('2025-12');
    const year = parsePartialDate('2024');
    expect(month && daySpan(month).map(isoDay)).toEqual(['2025-12-01', '2025-12-31']);
    expect(year && daySpan(year).map(isoDay)).toEqual(['2024-01-01', '2024-12-31']);
  });
});
