import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { datasetToCsv, joinPeople } from './csv-export.ts';
import { csvToEvents, splitPeople } from './csv-import.ts';
import type { ContactEvent } from './schema.ts';
import { parseDatasetText } from './parse-text.ts';

const tricky: ContactEvent = {
  id: 'ru-kremlin-talks', date: '2025-06-23', end: '2025-06-24', dateBasis: 'reported', partner: 'RU', place: 'moscow',
  type: 'talks', trip: 'russia-2025',
  title: { fr: '=HYPERLINK("x") « Entretiens », au Kremlin', en: '+1 talks; "quoted"\nsecond line' },
  summary: { fr: '-moins', en: "@at 'apostrophe'" },
  people: ['Vladimir Poutine', 'A | B', 'back\\slash', "'Quote"],
  sources: [{ source: 'seed-000', quote: 'Trois accords ont été signés.' }, { source: 'afrinz', quote: '-dash first\tthen tab' }],
};
const plain: ContactEvent = {
  id: 'us-audience', date: '2025-12', dateBasis: 'stated', partner: null, place: 'bamako', type: 'audience',
  title: { fr: 'Audience', en: 'Audience' }, people: [], sources: [{ source: 'seed-000', quote: 'Reçue à la Primature.' }],
};

describe('datasetToCsv / csvToEvents', () => {
  it('round-trips tricky cells (formulas, quotes, newlines, pipes) and absent optional fields', () => {
    const back = csvToEvents(datasetToCsv({ events: [tricky, plain] }));
    expect(back.problems).toEqual([]);
    expect(back.events).toEqual([tricky, plain]);
  });

  it('writes a BOM, a header row and CRLF rows, and defuses formulas for Excel', () => {
    const csv = datasetToCsv({ events: [tricky] });
    expect(csv.startsWith('\uFEFFid,date,end,dateBasis,partner,place,type,trip,title_fr')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]?.slice(-4)).toEqual(['source_1', 'quote_1', 'source_2', 'quote_2']);
    const cells = rows[1] ?? [];
    expect(cells.filter((c) => /^[=+\-@\t]/.test(c))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("x") « Entretiens », au Kremlin');
  });

  it('round-trips any text in any cell', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(fc.property(text, text, fc.array(text, { maxLength: 4 }), (a, b, people) => {
      const e: ContactEvent = { ...plain, title: { fr: a, en: b }, people, sources: [{ source: 'seed-000', quote: b }] };
      expect(csvToEvents(datasetToCsv({ events: [e] })).events).toEqual([e]);
    }));
  });

  it('names a missing required column on row 1, and an unknown one', () => {
    const { problems } = csvToEvents('id,date,colour\r\nx,2025,red\r\n');
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'missing_column', cell: { row: 1, column: 'title_fr' } }));
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'unknown_column', cell: { row: 1, column: 'colour' } }));
  });
});

describe('people cell', () => {
  it('separates names with " | " and escapes a literal bar', () => {
    expect(joinPeople(['A', 'B|C'])).toBe('A | B\\|C');
    expect(splitPeople('A | B\\|C |  ')).toEqual(['A', 'B|C']);
  });
});

const bundled = 'data/contacts.json';
describe.skipIf(!existsSync(bundled))('the bundled dataset', () => {
  it('survives export then import unchanged', () => {
    const { data } = parseDatasetText(readFileSync(bundled, 'utf8'));
    expect(data?.events.length).toBeGreaterThan(0);
    const back = csvToEvents(datasetToCsv(data ?? { events: [] }));
    expect(back.problems).toEqual([]);
    expect(JSON.stringify(back.events)).toBe(JSON.stringify(data?.events)); // same keys, same order
  });
});
