// A spreadsheet back into events (docs/dataset.md, "CSV columns"): the
// inverse of csv-export.ts. Every problem names its spreadsheet row and column.
import Papa from 'papaparse';
import { EventSchema } from './schema.ts';
import { FIXED_COLUMNS } from './csv-export.ts';

export interface CsvProblem {
  /** Spreadsheet row: 1 is the header, the first event is row 2. */
  row: number;
  column: string;
  message: string;
}

const REQUIRED_COLUMNS = ['id', 'date', 'dateBasis', 'place', 'type', 'title_fr', 'title_en', 'source_1', 'quote_1'];

/** Undoes protectCell. */
function unprotectCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** Inverse of joinPeople; surrounding spaces of each name are trimmed. */
export function splitPeople(cell: string): string[] {
  const names: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] as string;
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (c === '|') { names.push(current); current = ''; }
    else current += c;
  }
  names.push(current);
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

/** The spreadsheet column that holds a field of an event ("title.fr" → "title_fr"). */
export function columnOf(field: string): string {
  const parts = field.split('.');
  if (parts[0] === 'sources' && parts[1] !== undefined) {
    return `${parts[2] === 'source' ? 'source' : 'quote'}_${Number(parts[1]) + 1}`;
  }
  if ((parts[0] === 'title' || parts[0] === 'summary') && parts[1] !== undefined) return `${parts[0]}_${parts[1]}`;
  return parts[0] || 'id';
}

function rowToEvent(row: Record<string, string>): Record<string, unknown> {
  const cell = (name: string) => unprotectCell(row[name] ?? '').trim();
  const optional = (key: string, value: unknown, present: boolean) => (present ? { [key]: value } : {});
  const sources: Array<{ source: string; quote: string }> = [];
  for (let i = 1; `source_${i}` in row; i++) {
    if (cell(`source_${i}`) !== '' || cell(`quote_${i}`) !== '') sources.push({ source: cell(`source_${i}`), quote: cell(`quote_${i}`) });
  }
  // Keys in the contract's order, so an imported file diffs cleanly against the original.
  return {
    id: cell('id'), date: cell('date'), ...optional('end', cell('end'), cell('end') !== ''), dateBasis: cell('dateBasis'),
    partner: cell('partner') === '' ? null : cell('partner'), place: cell('place'), type: cell('type'),
    ...optional('trip', cell('trip'), cell('trip') !== ''),
    title: { fr: cell('title_fr'), en: cell('title_en') },
    ...optional('summary', { fr: cell('summary_fr'), en: cell('summary_en') }, cell('summary_fr') !== '' || cell('summary_en') !== ''),
    people: splitPeople(unprotectCell(row.people ?? '')),
    sources,
  };
}

function headerProblems(fields: readonly string[]): CsvProblem[] {
  const known = (f: string) => (FIXED_COLUMNS as readonly string[]).includes(f) || /^(source|quote)_[1-9]\d*$/.test(f);
  return [
    ...REQUIRED_COLUMNS.filter((c) => !fields.includes(c)).map((column) => ({ row: 1, column, message: 'missing column' })),
    ...fields.filter((f) => !known(f)).map((column) => ({ row: 1, column, message: 'unknown column, ignored' })),
  ];
}

/** Reads CSV text back into events; every problem names its spreadsheet row and column.
 * Rows that fail the event schema are still returned, for the caller to report or drop. */
export function csvToEvents(text: string): { events: unknown[]; problems: CsvProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim(),
  });
  const problems: CsvProblem[] = headerProblems(parsed.meta.fields ?? []);
  for (const err of parsed.errors) problems.push({ row: (err.row ?? -1) + 2, column: '', message: err.message });
  const events = parsed.data.map((row, index) => {
    const event = rowToEvent(row);
    const result = EventSchema.safeParse(event);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ row: index + 2, column: columnOf(issue.path.map(String).join('.')), message: issue.message });
      }
    }
    return event;
  });
  return { events, problems };
}
