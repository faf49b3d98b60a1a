// npm run import-csv -- events.csv [--base data/contacts.json] [--out file.json]
// Rebuilds a dataset: header, sources, partners and places from --base, events
// from the CSV. Every problem is printed with its spreadsheet row and column;
// exit 1 on any, and nothing is written then.
import { writeFileSync } from 'node:fs';
import { columnOf, csvToEvents } from '../src/model/csv-import.ts';
import { parseDataset } from '../src/model/validate.ts';
import { cliArgs, fail, readJson, readText } from './cli.ts';

const usage = 'npm run import-csv -- events.csv [--base data/contacts.json] [--out file.json]';
const { values, positionals } = cliArgs({
  allowPositionals: true,
  options: { base: { type: 'string', default: 'data/contacts.json' }, out: { type: 'string' } },
}, usage);
const file = positionals[0];
if (!file) fail(`usage: ${usage}`);
const raw = readJson(values.base);
if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`${values.base}: not a dataset (a JSON object with sources, partners and places)`);
const base = raw as Record<string, unknown>;
const { events, problems } = csvToEvents(readText(file));
const dataset = { ...base, events };
// References (partner, place, source ids) and duplicate ids need the base: the row check cannot see them.
const checked = parseDataset(dataset);
for (const p of checked.problems) {
  if (p.section === 'events' && p.index !== undefined && ['unknown_reference', 'duplicate_id'].includes(p.code)) {
    problems.push({ row: p.index + 2, column: columnOf(p.field), message: `${p.code}${p.detail ? `: ${p.detail}` : ''}` });
  }
}
for (const p of problems.sort((a, b) => a.row - b.row)) console.error(`${file}: row ${p.row}, column ${p.column || '-'}: ${p.message}`);
if (problems.length > 0) process.exit(1);
const json = `${JSON.stringify(dataset, null, 2)}\n`;
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);
console.error(`${events.length} events, valid`);
