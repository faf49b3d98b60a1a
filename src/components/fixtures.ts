// Hand-built data for the component tests (data/contacts.json changes as the
// newsroom edits it, so tests never read it).
import { EventCodes, type IndexedEvent } from '../model/event-index.ts';
import { eventDaySpan, parsePartialDate } from '../model/dates.ts';
import type { ContactEvent, Dataset } from '../model/schema.ts';

const loc = (fr: string, en = fr) => ({ fr, en });

export function makeEvent(sketch: Partial<ContactEvent> & Pick<ContactEvent, 'id'>): ContactEvent {
  return {
    date: '2025-06-12', dateBasis: 'stated', partner: 'RU', place: 'moscou', type: 'talks',
    title: loc(`Titre ${sketch.id}`, `Title ${sketch.id}`), people: [],
    sources: [{ source: 'seed', quote: `Citation ${sketch.id}` }], ...sketch,
  };
}

const codes = new EventCodes();

export function indexed(event: ContactEvent): IndexedEvent {
  const [start, end] = eventDaySpan(event.date, event.end) ?? [0, 0];
  return { event, start, end, precision: parsePartialDate(event.date)?.precision ?? 'day', text: event.id, ...codes.of(event) };
}

export function makeDataset(events: ContactEvent[]): Dataset {
  return {
    schema: 1, title: loc('Contacts'), focus: 'ML', home: 'bamako', updated: '2025-12-31',
    sources: [
      { id: 'seed', title: 'Article d’origine', publisher: 'Maliweb', published: '2025-06-13', url: 'https://maliweb.example/a', file: null, lang: 'fr' },
      { id: 'other', title: 'Autre article', publisher: 'Jeune Afrique', published: null, url: 'https://ja.example/b', file: null, lang: 'fr' },
      { id: 'nourl', title: 'Communiqué', publisher: 'Primature', published: null, url: null, file: null, lang: 'fr' },
    ],
    partners: [
      { id: 'RU', kind: 'country' },
      { id: 'US', kind: 'country' },
      { id: 'ICRC', kind: 'organisation', name: loc('Comité international de la Croix-Rouge', 'International Committee of the Red Cross') },
    ],
    places: [
      { id: 'bamako', name: loc('Bamako'), country: 'ML', lat: 12.64, lon: -8 },
      { id: 'moscou', name: loc('Moscou', 'Moscow'), country: 'RU', lat: 55.75, lon: 37.62 },
      { id: 'washington', name: loc('Washington'), country: 'US', lat: 38.9, lon: -77 },
    ],
    events,
  };
}
