// Small hand-built datasets for the model's tests (not data/contacts.json,
// which changes as the newsroom edits it).
import { buildIndex, type IndexedEvent } from './event-index.ts';
import type { ContactEvent, Dataset, Partner, Place } from './schema.ts';

const loc = (fr: string, en = fr) => ({ fr, en });

export type EventSketch = Partial<ContactEvent> & Pick<ContactEvent, 'id' | 'date'>;

/** A valid event: talks with Russia in Bamako unless told otherwise. */
export function makeEvent(sketch: EventSketch): ContactEvent {
  return {
    dateBasis: 'stated', partner: 'RU', place: 'bamako', type: 'talks', title: loc(sketch.id), people: [],
    sources: [{ source: 'src', quote: 'quote' }], ...sketch,
  };
}

const PLACES: Place[] = [
  { id: 'bamako', name: loc('Bamako'), country: 'ML', lat: 12.64, lon: -8 },
  { id: 'moscow', name: loc('Moscou', 'Moscow'), country: 'RU', lat: 55.75, lon: 37.62 },
  { id: 'kazan', name: loc('Kazan'), country: 'RU', lat: 55.79, lon: 49.12 },
  { id: 'dakar', name: loc('Dakar'), country: 'SN', lat: 14.69, lon: -17.44 },
];

const PARTNERS: Partner[] = [
  { id: 'RU', kind: 'country' },
  { id: 'US', kind: 'country' },
  { id: 'SN', kind: 'country' },
  { id: 'ICRC', kind: 'organisation', name: loc('Comité international de la Croix-Rouge', 'International Committee of the Red Cross') },
];

export function makeDataset(events: EventSketch[]): Dataset {
  return {
    schema: 1, title: loc('Contacts'), focus: 'ML', home: 'bamako', updated: '2025-12-31',
    sources: [{ id: 'src', title: 'Article', publisher: 'Journal', published: null, url: null, file: null, lang: 'fr' }],
    partners: PARTNERS, places: PLACES, events: events.map(makeEvent),
  };
}

/** The indexed items of a small dataset of these events, as the measures read them. */
export function itemsOf(events: EventSketch[]): IndexedEvent[] {
  return buildIndex(makeDataset(events)).items;
}
