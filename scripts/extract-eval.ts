// npm run extract:eval — runs the assistant on the seed articles and compares
// with the curated dataset: precision and recall per level, and every miss with why.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseFromText } from '../src/extract/base.ts';
import { evaluateSeeds } from '../src/extract/eval-run.ts';

const dataset = process.argv[2] ?? 'data/contacts.json';
const base = baseFromText(readFileSync(dataset, 'utf8'));
if (!base?.dataset) {
  console.error(`${dataset}: not a usable dataset`);
  process.exit(2);
}
const seedDirs = ['data/sources', '/work/shared/seeds'];
const read = (file: string) => seedDirs.map((d) => join(d, file)).find(existsSync);
const report = evaluateSeeds(base, (file) => {
  const path = read(file);
  return path ? readFileSync(path, 'utf8') : undefined;
});
console.log(report);
