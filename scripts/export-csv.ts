// npm run export-csv [dataset.json] [-- --out file.csv]: the events as CSV for
// a spreadsheet (UTF-8 with BOM, CRLF). Prints to stdout without --out.
import { writeFileSync } from 'node:fs';
import { datasetToCsv } from '../src/model/csv-export.ts';
import { parseDatasetText } from '../src/model/parse-text.ts';
import { cliArgs, readText } from './cli.ts';

const { values, positionals } = cliArgs({ allowPositionals: true, options: { out: { type: 'string' } } }, 'npm run export-csv [dataset.json] [-- --out file.csv]');
const file = positionals[0] ?? 'data/contacts.json';
const { data, problems } = parseDatasetText(readText(file));
if (!data) {
  console.error(`${file}: not a dataset (${problems.map((p) => p.code).join(', ')})`);
  process.exit(1);
}
if (problems.length > 0) console.error(`${file}: ${problems.length} problem(s); invalid events are left out (npm run check-data ${file})`);
const csv = datasetToCsv(data);
if (values.out) {
  writeFileSync(values.out, csv);
  console.error(`${values.out}: ${data.events.length} events`);
} else {
  process.stdout.write(csv);
}
