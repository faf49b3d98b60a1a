// A spreadsheet back into events (docs/dataset.md, "CSV columns"): the
// inverse of csv-export.ts. Every problem names its spreadsheet row (1 is the
// header, the first event is row 2) and column.
import Papa from 'papaparse';
import { FIXED_COLUMNS } from './csv-export.ts';
import type { Problem } from './problem-codes.ts';

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

/** How the sheet's cells are separated: LibreOffice and Excel in a French locale write ";". */
function separatorOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const at = (row: number, column: string) => ({ section: 'file' as const, field: '', cell: { row, column } });

function headerProblems(fields: readonly string[]): Problem[] {
  const known = (f: string) => (FIXED_COLUMNS as readonly string[]).includes(f) || /^(source|quote)_[1-9]\d*$/.test(f);
  return [
    ...REQUIRED_COLUMNS.filter((c) => !fields.includes(c)).map((column): Problem => ({ ...at(1, column), severity: 'error', action: 'unreadable', code: 'missing_column' })),
    ...fields.filter((f) => !known(f)).map((column): Problem => ({ ...at(1, column), severity: 'warning', action: 'ignored', code: 'unknown_column' })),
  ];
}

/**
 * Reads CSV text (a BOM, CRLF and a ";" separator are read as is) back into
 * events, unchecked: csv-dataset.ts checks them against the contract. The
 * problems here are the sheet's own: its columns and its syntax.
 */
export function csvToEvents(text: string): { events: unknown[]; problems: Problem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true, skipEmptyLines: 'greedy', delimiter: separatorOf(body), transformHeader: (h) => h.trim(),
  });
  const problems = headerProblems(parsed.meta.fields ?? []);
  for (const err of parsed.errors) {
    problems.push({ ...at((err.row ?? -1) + 2, ''), severity: 'error', action: 'read_as_is', code: 'csv_syntax', detail: err.code });
  }
  return { events: parsed.data.map(rowToEvent), problems };
}
