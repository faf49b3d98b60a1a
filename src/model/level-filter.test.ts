import { describe, expect, it } from 'vitest';
import bundled from '../../data/contacts.json';
import { buildIndex } from './event-index.ts';
import { filterEvents, NO_FILTERS } from './filter.ts';
import { parseDataset } from './validate.ts';
import type { Dataset } from './schema.ts';

const index = buildIndex(parseDataset(structuredClone(bundled)).data as Dataset);
const ids = (levels: Parameters<typeof filterEvents>[1]['levels'], more = {}) =>
  filterEvents(index, { ...NO_FILTERS, ...more, levels }).map((i) => i.event.id).sort();

describe('the level filter', () => {
  it('keeps the events of the focus side\'s chosen levels', () => {
    expect(ids(['head-of-state'])).toEqual(['ru-agreements', 'ru-kazan-helicopter-plant', 'ru-kazan-talks', 'ru-kremlin-talks', 'ru-moscow-arrival']);
    expect(ids(['minister', 'official'])).toEqual(['ps-solidarity-day', 'qa-national-day']);
  });

  it('combines with the other filters, and keeps every event when empty', () => {
    expect(ids(['head-of-government'], { countries: ['GN'] })).toEqual(['gn-conakry-talks', 'gn-primature-audience']);
    expect(ids([])).toHaveLength(index.items.length);
  });

  it('never keeps an event whose level is unknown', () => {
    const dataset = parseDataset(structuredClone(bundled)).data as Dataset;
    const unknown = { ...dataset, events: dataset.events.map((e) => { const copy = { ...e }; delete copy.level; return copy; }) };
    expect(filterEvents(buildIndex(unknown), { ...NO_FILTERS, levels: ['head-of-state', 'head-of-government', 'minister', 'official', 'other'] })).toEqual([]);
  });
});
