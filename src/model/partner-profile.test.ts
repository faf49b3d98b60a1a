import { describe, expect, it } from 'vitest';
import bundled from '../../data/contacts.json';
import { buildIndex } from './event-index.ts';
import { makeDataset, type EventSketch } from './fixtures.ts';
import { partnerProfile } from './partner-profile.ts';
import { recordContext } from './record-context.ts';
import { parseDataset } from './validate.ts';
import type { Dataset } from './schema.ts';

function profileOf(dataset: Dataset, partner: string) {
  const index = buildIndex(dataset);
  return partnerProfile(index, partner, recordContext(dataset, index));
}

describe('a partner\'s profile', () => {
  const mali = parseDataset(structuredClone(bundled)).data as Dataset;

  it('gives Russia in the bundled record five contacts, all abroad on one trip, 515 days since, and the two named agreements', () => {
    const ru = profileOf(mali, 'RU');
    expect(ru?.items.map((i) => i.event.date)).toEqual(['2025-06-22', '2025-06-23', '2025-06-23', '2025-06-25', '2025-06-26']);
    expect(ru?.abroad).toEqual({ abroad: 5, inPartnerCountry: 5, home: 0, trips: 1 });
    expect(ru?.daysSince).toBe(515);
    expect(ru?.first.date).toBe('2025-06-22');
    expect(ru?.last.date).toBe('2025-06-26');
    expect(ru?.ledger?.map((e) => [e.agreement.field, e.contact.event.id])).toEqual([['energy', 'ru-agreements'], ['trade', 'ru-agreements']]);
    expect(ru?.levels?.focus['head-of-state']).toBe(5);
    expect(ru?.silence).toMatchObject({ days: 2 }); // 23 June (Kremlin) to 25 June (Kazan)
  });

  it('gives Guinea one contact abroad (Conakry) and one at home (the Primature)', () => {
    const gn = profileOf(mali, 'GN');
    expect(gn?.abroad).toMatchObject({ abroad: 1, home: 1 });
    expect(gn?.silence).toMatchObject({ days: 12 });
    expect(gn?.levels?.partner).toMatchObject({ official: 1, 'head-of-government': 1 });
  });

  it('has no silence for a partner met once, and no profile for one never met', () => {
    const us = profileOf(mali, 'US');
    expect(us?.items).toHaveLength(1);
    expect(us?.silence).toBeNull();
    expect(profileOf(mali, 'FR')).toBeNull();
  });

  it('leaves levels and agreements out for a record without those fields, and days since without updated', () => {
    const events: EventSketch[] = [{ id: 'a', date: '2025-01-01' }, { id: 'b', date: '2025-03' }];
    const profile = profileOf({ ...makeDataset(events), updated: null }, 'RU');
    expect(profile).toMatchObject({ levels: null, ledger: null, daysSince: null });
    expect(profile?.last.date).toBe('2025-03');
    expect(profile?.silence?.days).toBe(59);
  });

  it('profiles an organisation partner like any other', () => {
    const icrc = profileOf(mali, 'ICRC');
    expect(icrc?.abroad).toEqual({ abroad: 0, inPartnerCountry: 0, home: 1, trips: 0 });
    expect(icrc?.levels?.focus['head-of-government']).toBe(1);
    expect(icrc?.ledger).toEqual([]);
  });
});
