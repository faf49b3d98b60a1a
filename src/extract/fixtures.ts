// For the assistant's tests: a text run with Bamako as home, published on Friday 13 March 2026
// unless told otherwise, and its candidates as one line each ("SN dakar 2026-03-09 talks").
import type { Place } from '../model/schema.ts';
import { extractCandidates, type Extraction } from './extract.ts';

const home: Place = { id: 'bamako', name: { fr: 'Bamako', en: 'Bamako' }, country: 'ML', lat: 12.64, lon: -8 };

export const run = (text: string, published: string | null = '2026-03-13'): Extraction =>
  extractCandidates(text, { sourceId: 'test', published, focus: 'ML', home, known: { partners: [], places: [home] } });

export const brief = (text: string, published?: string | null): string[] =>
  run(text, published).events.map((e) => `${e.partner} ${e.place} ${e.date ?? '-'} ${e.type}`);
