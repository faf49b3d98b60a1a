// A spreadsheet of events as a dataset: the rows of `npm run export-csv`,
// with the header, sources, partners and places of a base file (the bundled
// one in the browser, --base for import-csv). One conversion for both, so the
// page and the command report the same problems, located by row and column.
import { columnOf, csvToEvents } from './csv-import.ts';
import type { Problem } from './problem-codes.ts';
import { parseDataset, type ParseOptions, type ParseResult } from './validate.ts';

/** The base with its events replaced by the sheet's; the base's own events are not used. */
function withEvents(base: unknown, events: unknown[]): unknown {
  return base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...base, events } : base;
}

/** An event's problem at its spreadsheet cell: events[2].date is row 4, column date. */
function atCell(p: Problem): Problem {
  return p.section === 'events' && p.index !== undefined ? { ...p, cell: { row: p.index + 2, column: columnOf(p.field) } } : p;
}

export function csvToDataset(text: string, base: unknown, options: ParseOptions = {}): ParseResult {
  const sheet = csvToEvents(text);
  const result = parseDataset(withEvents(base, sheet.events), options);
  return { data: result.data, problems: [...sheet.problems, ...result.problems.map(atCell)] };
}
