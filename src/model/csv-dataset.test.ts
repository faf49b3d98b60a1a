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

const root = new URL('../../', import.meta.url);
const baseText = readFileSync(new URL('data/contacts.json', root), 'utf8');
const base = JSON.parse(baseText) as Record<string, unknown>;
const bundled = parseDatasetText(baseText).data!;
const exported = datasetToCsv(bundled);
const rows = () => Papa.parse<string[]>(exported.slice(1), { skipEmptyLines: true }).data;
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
    const title = cells[0]!.indexOf('title_en');
    cells[1]![title] = 'Talks; then a dinner, in Moscow';
    const { data } = csvToDataset(sheet(cells, ';'), base);
    expect(data?.events[0]?.title.en).toBe('Talks; then a dinner, in Moscow');
  });

  it('locates a bad cell by row and column, in both languages, and leaves that contact alone out', () => {
    const cells = rows();
    cells[3]![cells[0]!.indexOf('date')] = '2025-06-31';
    const { data, problems } = csvToDataset(sheet(cells), base);
    expect(data?.events).toHaveLength(bundled.events.length - 1);
    expect(problems).toHaveLength(1);
    expect(describeProblem(problems[0]!, 'fr')).toBe('ligne 4, colonne date : « 2025-06-31 » n’est pas une date du calendrier — écrire AAAA, AAAA-MM ou AAAA-MM-JJ → contact écarté');
    expect(describeProblem(problems[0]!, 'en')).toMatch(/^row 4, column date: "2025-06-31" is not a real calendar date/);
  });

  it('names the column of a quote and of a reference', () => {
    const cells = rows();
    cells[2]![cells[0]!.indexOf('quote_1')] = '';
    cells[5]![cells[0]!.indexOf('partner')] = 'russia';
    const { problems } = csvToDataset(sheet(cells), base);
    expect(problems.map((p) => p.cell)).toEqual([{ row: 3, column: 'quote_1' }, { row: 6, column: 'partner' }]);
  });

  it('stands in for a place the base lacks, as a JSON file would', () => {
    const cells = rows();
    cells[1]![cells[0]!.indexOf('place')] = 'tombouctou';
    const { data, problems } = csvToDataset(sheet(cells), base);
    expect(data?.events).toHaveLength(bundled.events.length);
    expect(problems[0]).toMatchObject({ severity: 'warning', action: 'unknown_place', cell: { row: 2, column: 'place' } });
  });
});
