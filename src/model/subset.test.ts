import { describe, expect, it } from 'vitest';
import type { ContactEvent, Dataset } from './schema.ts';
import { subsetDataset } from './subset.ts';
import { parseDataset } from './validate.ts';

const loc = (s: string) => ({ fr: s, en: s });

function event(id: string, partner: string | null, place: string, sources: string[]): ContactEvent {
  return {
    id, date: '2025-06-12', dateBasis: 'stated', partner, place, type: 'talks',
    title: loc(id), people: [], sources: sources.map((source) => ({ source, quote: `quote ${id}` })),
  };
}

const dataset: Dataset = {
  schema: 1, title: loc('Contacts'), focus: 'ML', home: 'bamako', updated: '2025-12-31',
  sources: ['s1', 's2', 's3'].map((id) => ({ id, title: id, publisher: 'P', published: null, url: null, file: null, lang: 'fr' })),
  partners: [
    { id: 'RU', kind: 'country' },
    { id: 'US', kind: 'country' },
    { id: 'ICRC', kind: 'organisation', name: loc('CICR') },
  ],
  places: ['bamako', 'moscou', 'washington'].map((id) => ({ id, name: loc(id), country: 'ML', lat: 0, lon: 0 })),
  events: [
    event('ru-talks', 'RU', 'moscou', ['s1', 's2']),
    event('us-talks', 'US', 'washington', ['s3']),
    event('unnamed', null, 'moscou', ['s1']),
  ],
};

describe('subsetDataset', () => {
  it('keeps only the events given and what they reference', () => {
    const sub = subsetDataset(dataset, dataset.events.filter((e) => e.id !== 'us-talks'));
    expect(sub.events.map((e) => e.id)).toEqual(['ru-talks', 'unnamed']);
    expect(sub.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(sub.partners.map((p) => p.id)).toEqual(['RU']);
    expect(sub.places.map((p) => p.id)).toEqual(['bamako', 'moscou']);
    expect(sub.title).toEqual(dataset.title);
  });

  it('keeps the home place even with no event there, or no event at all', () => {
    const sub = subsetDataset(dataset, []);
    expect(sub.places.map((p) => p.id)).toEqual(['bamako']);
    expect(sub.events).toEqual([]);
    expect(sub.sources).toEqual([]);
  });

  it('produces a file the validator accepts without problems', () => {
    const sub = subsetDataset(dataset, dataset.events.slice(1, 2));
    const parsed = parseDataset(JSON.parse(JSON.stringify(sub)));
    expect(parsed.problems).toEqual([]);
    expect(parsed.data?.events.map((e) => e.id)).toEqual(['us-talks']);
  });
});
