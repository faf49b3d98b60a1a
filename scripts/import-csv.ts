// npm run import-csv -- events.csv [--base data/contacts.json] [--out file.json] [--lang fr]
// Rebuilds a dataset: header, sources, partners and places from --base, events
// from the CSV, through the same conversion as a page given data=….csv
// (src/model/csv-dataset.ts). Every problem is printed with its spreadsheet
// row and column; exit 1 on any error, and nothing is written then.
import { writeFileSync } from 'node:fs';
import { csvToDataset } from '../src/model/csv-dataset.ts';
import { csvToEvents } from '../src/model/csv-import.ts';
import { describeProblem } from '../src/model/problems.ts';
import { withEncoding } from '../src/model/text-encoding.ts';
import { cliArgs, fail, readJson, readSpreadsheet } from './cli.ts';

const usage = 'npm run import-csv -- events.csv [--base data/contacts.json] [--out file.json] [--lang fr]';
const { values, positionals } = cliArgs({
  allowPositionals: true,
  options: { base: { type: 'string', default: 'data/contacts.json' }, out: { type: 'string' }, lang: { type: 'string', default: 'en' } },
}, usage);
const file = positionals[0];
if (!file) fail(`usage: ${usage}`);
const lang = values.lang === 'fr' ? 'fr' : 'en';
const raw = readJson(values.base);
if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`${values.base}: not a dataset (a JSON object with sources, partners and places)`);
const { text, encoding } = readSpreadsheet(file);
const { problems } = withEncoding(csvToDataset(text, raw), encoding);
for (const p of problems) console.error(`${file}: ${describeProblem(p, lang)}`);
if (problems.some((p) => p.severity === 'error')) process.exit(1);
// The events as the sheet holds them (not repaired): the file written is the newsroom's, checked.
const dataset = { ...raw, events: csvToEvents(text).events };
const json = `${JSON.stringify(dataset, null, 2)}\n`;
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);
console.error(`${dataset.events.length} events, valid`);
