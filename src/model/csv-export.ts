// Events as a spreadsheet, one row per event (docs/dataset.md, "CSV columns").
// Pure and zod-free: the dashboard's "Download CSV" calls datasetToCsv in the
// browser without loading the validator; csv-import.ts reads it back.
import Papa from 'papaparse';
import type { ContactEvent, Dataset } from './schema.ts';

export const FIXED_COLUMNS = [
  'id', 'date', 'end', 'dateBasis', 'partner', 'place', 'type', 'trip',
  'title_fr', 'title_en', 'summary_fr', 'summary_en', 'people',
] as const;
const PEOPLE_SEPARATOR = ' | ';
/** Excel runs a cell starting with one of these as a formula; the apostrophe also
 * escapes itself so that stripping one on import is always right. */
const RISKY_START = /^[=+\-@\t\r']/;

/** Prefixes an apostrophe to a cell Excel would read as a formula. */
function protectCell(value: string): string {
  return RISKY_START.test(value) ? `'${value}` : value;
}

/** Joins names with " | "; a "|" or "\" inside a name is escaped with "\". */
export function joinPeople(people: readonly string[]): string {
  return people.map((p) => p.replace(/[\\|]/g, (c) => `\\${c}`)).join(PEOPLE_SEPARATOR);
}

function eventRow(e: ContactEvent, sourceSlots: number): string[] {
  const cells = [
    e.id, e.date, e.end ?? '', e.dateBasis, e.partner ?? '', e.place, e.type, e.trip ?? '',
    e.title.fr, e.title.en, e.summary?.fr ?? '', e.summary?.en ?? '', joinPeople(e.people),
  ];
  for (let i = 0; i < sourceSlots; i++) cells.push(e.sources[i]?.source ?? '', e.sources[i]?.quote ?? '');
  return cells.map(protectCell);
}

/** The events of a dataset as CSV text: UTF-8 BOM, header row, CRLF, for Excel and LibreOffice. */
export function datasetToCsv(dataset: Pick<Dataset, 'events'>): string {
  const slots = Math.max(1, ...dataset.events.map((e) => e.sources.length));
  const header: string[] = [...FIXED_COLUMNS];
  for (let i = 1; i <= slots; i++) header.push(`source_${i}`, `quote_${i}`);
  const body = Papa.unparse([header, ...dataset.events.map((e) => eventRow(e, slots))], { newline: '\r\n' });
  return `\uFEFF${body}\r\n`;
}

