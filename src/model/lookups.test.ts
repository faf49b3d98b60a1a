import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from './fixtures.ts';
import { makeLookups, reportingPublisher } from './lookups.ts';
import { isFiltered, NO_FILTERS } from './filter.ts';

describe('reportingPublisher', () => {
  it('names the first cited source at another address than the seed, else the seed', () => {
    const source = (id: string, publisher: string, url: string | null) => ({ id, title: id, publisher, published: null, url, file: null, lang: 'fr' as const });
    const dataset = { ...makeDataset([]), sources: [source('seed', 'Maliweb', 'https://a.example/1'), source('again', 'Maliweb', 'https://a.example/1'), source('other', 'AMAP', 'https://b.example/2')] };
    const lookups = makeLookups(dataset);
    const cites = (...ids: string[]) => ({ ...makeEvent({ id: 'a', date: '2025' }), sources: ids.map((id) => ({ source: id, quote: 'q' })) });
    expect(reportingPublisher(cites('seed', 'again', 'other'), lookups)).toBe('AMAP');
    expect(reportingPublisher(cites('seed'), lookups)).toBe('Maliweb');
    expect(reportingPublisher(cites(), lookups)).toBe('');
  });
});

describe('isFiltered', () => {
  it('is false for no filter and a query of spaces, true for any filter', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, q: '   ' })).toBe(false);
    expect([{ countries: ['RU'] }, { from: '2025' }, { to: '2025' }, { types: ['visit' as const] }, { q: 'x' }]
      .map((patch) => isFiltered({ ...NO_FILTERS, ...patch }))).toEqual([true, true, true, true, true]);
  });
});
