// A spreadsheet is a dataset (issue 17): the export's columns read back through
// the one conversion the page and import-csv share, as LibreOffice and Excel
// save them, with each problem at its row and column.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetToCsv } from './csv-export.ts';
import { csvToDataset } from './csv-dataset.ts';
import { parseDatasetText } from './parse-text.ts';
import { describeProblem } from './problems.ts';
import type { Problem } from './problem-codes.ts';

const root = new URL('../../', import.meta.url);
const baseText = readFileSync(new URL('data/contacts.json', root), 'utf8');
const base = JSON.parse(baseText) as Record<string, unknown>;
const parsed = parseDatasetText(baseText).data;
if (!parsed) throw new Error('the bundled file does not parse');
const bundled = parsed;
const exported = datasetToCsv(bundled);
const rows = () => Papa.parse<string[]>(exported.slice(1), { skipEmptyLines: true }).data;
/** Sets one cell of a sheet, by row index (0 is the header) and column name. */
function setCell(cells: string[][], row: number, column: string, value: string): void {
  const at = cells[0]?.indexOf(column) ?? -1;
  const line = cells[row];
  if (!line || at < 0) throw new Error(`no cell ${row}/${column}`);
  line[at] = value;
}
const sheet = (cells: string[][], delimiter = ',', newline = '\r\n') => `\uFEFF${Papa.unparse(cells, { delimiter, newline })}${newline}`;

describe('csvToDataset', () => {
  it('reads the export back as the same dataset', () => {
    const { data, problems } = csvToDataset(exported, base);
    expect(problems).toEqual([]);
    expect(data?.events).toEqual(bundled.events);
    expect(data?.sources).toEqual(bundled.sources);
  });

  it.each([
    ['";" separator (LibreOffice, Excel in French)', ';', '\r\n'],
    ['LF line ends', ',', '\n'],
    ['";" and LF', ';', '\n'],
  ])('loads a sheet saved with %s as is', (_name, delimiter, newline) => {
    const { data, problems } = csvToDataset(sheet(rows(), delimiter, newline), base);
    expect(problems).toEqual([]);
    expect(data?.events).toEqual(bundled.events);
  });

  it('loads a sheet without a BOM', () => {
    expect(csvToDataset(exported.slice(1), base).data?.events).toHaveLength(bundled.events.length);
  });

  it('keeps a ";" inside a quoted cell of a ";" sheet', () => {
    const cells = rows();
    setCell(cells, 1, 'title_en', 'Talks; then a dinner, in Moscow');
    const { data } = csvToDataset(sheet(cells, ';'), base);
    expect(data?.events[0]?.title.en).toBe('Talks; then a dinner, in Moscow');
  });

  it('locates a bad cell by row and column, in both languages, and leaves that contact alone out', () => {
    const cells = rows();
    setCell(cells, 3, 'date', '2025-06-31');
    const { data, problems } = csvToDataset(sheet(cells), base);
    expect(data?.events).toHaveLength(bundled.events.length - 1);
    expect(problems).toHaveLength(1);
    const [problem] = problems as [Problem];
    expect(describeProblem(problem, 'fr')).toBe('ligne 4, colonne date : « 2025-06-31 » n’est pas une date du calendrier — écrire AAAA, AAAA-MM ou AAAA-MM-JJ → contact écarté');
    expect(describeProblem(problem, 'en')).toMatch(/^row 4, column date: "2025-06-31" is not a real calendar date/);
  });

  it('names the column of a quote and of a reference', () => {
    const cells = rows();
    setCell(cells, 2, 'quote_1', '');
    setCell(cells, 5, 'partner', 'russia');
    const { problems } = csvToDataset(sheet(cells), base);
    expect(problems.map((p) => p.cell)).toEqual([{ row: 3, column: 'quote_1' }, { row: 6, column: 'partner' }]);
  });

  it('stands in for a place the base lacks, as a JSON file would', () => {
    const cells = rows();
    setCell(cells, 1, 'place', 'tombouctou');
    const { data, problems } = csvToDataset(sheet(cells), base);
    expect(data?.events).toHaveLength(bundled.events.length);
    expect(problems[0]).toMatchObject({ severity: 'warning', action: 'unknown_place', cell: { row: 2, column: 'place' } });
  });
});
