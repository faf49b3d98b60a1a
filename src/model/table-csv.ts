// The partners table as a spreadsheet (view=table's download): the cells as
// shown, dates as the record writes them, formulas defused as in csv-export.ts.
import Papa from 'papaparse';
import { protectCell } from './csv-export.ts';

/** CSV text with a UTF-8 BOM and CRLF rows, for Excel and LibreOffice. */
export function tableToCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cells = rows.map((row) => row.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : protectCell(c))));
  return `\uFEFF${Papa.unparse([header.map(protectCell), ...cells], { newline: '\r\n' })}\r\n`;
}
