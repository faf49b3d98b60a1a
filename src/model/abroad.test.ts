import { describe, expect, it } from 'vitest';
import { buildIndex } from './event-index.ts';
import { makeDataset, type EventSketch } from './fixtures.ts';
import { countAbroad, sideOf } from './abroad.ts';

const countries: Record<string, string> = { bamako: 'ML', moscow: 'RU', kazan: 'RU', dakar: 'SN' };
const countryOf = (place: string) => countries[place];
const count = (events: EventSketch[], focus: string | null = 'ML') =>
  countAbroad(buildIndex(makeDataset(events)).items, sideOf(focus, countryOf), countryOf);

describe('abroad and at home', () => {
  it('follows from the place: outside the focus country is abroad, with the trips', () => {
    expect(count([
      { id: 'a', date: '2025-06-22', place: 'moscow', trip: 'ru-1' },
      { id: 'b', date: '2025-06-25', place: 'kazan', trip: 'ru-1' },
      { id: 'c', date: '2025-07-01', place: 'dakar', trip: 'sn-1' },
      { id: 'd', date: '2025-08-01', place: 'bamako' },
    ])).toEqual({ abroad: 3, inPartnerCountry: 2, home: 1, trips: 2 });
  });

  it('counts an organisation by place alone: it has no country of its own', () => {
    expect(count([
      { id: 'a', date: '2025-11-27', partner: 'ICRC', place: 'bamako' },
      { id: 'b', date: '2025-12-01', partner: 'ICRC', place: 'dakar' },
    ])).toEqual({ abroad: 1, inPartnerCountry: 0, home: 1, trips: 0 });
  });

  it('counts neither side for an unknown place or a record with no focus', () => {
    expect(count([{ id: 'a', date: '2025-01-01', place: 'atlantis' }])).toEqual({ abroad: 0, inPartnerCountry: 0, home: 0, trips: 0 });
    expect(count([{ id: 'a', date: '2025-01-01', place: 'moscow' }], null)).toEqual({ abroad: 0, inPartnerCountry: 0, home: 0, trips: 0 });
  });
});
