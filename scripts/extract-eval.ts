// npm run extract:eval — runs the assistant on the seed articles and compares
// with the curated dataset: precision and recall per level, and every miss with
// why; then the same on the held-out articles of data/extract-eval.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseFromText } from '../src/extract/base.ts';
import { evaluateHeldOut, evaluateSeeds, parseGold } from '../src/extract/eval-run.ts';

const dataset = process.argv[2] ?? 'data/contacts.json';
const heldOutDir = process.argv[3] ?? 'data/extract-eval';
const base = baseFromText(readFileSync(dataset, 'utf8'));
if (!base?.dataset) {
  console.error(`${dataset}: not a usable dataset`);
  process.exit(2);
}
const seedDirs = ['data/sources', '/work/shared/seeds'];
const read = (file: string) => seedDirs.map((d) => join(d, file)).find(existsSync);
console.log('== Seed articles, against the curated dataset ==');
console.log(evaluateSeeds(base, (file) => {
  const path = read(file);
  return path ? readFileSync(path, 'utf8') : undefined;
}));
const goldFile = join(heldOutDir, 'gold.json');
if (existsSync(goldFile)) {
  console.log('\n== Held-out articles, against their hand-written gold (data/extract-eval) ==');
  console.log(evaluateHeldOut(base, parseGold(readFileSync(goldFile, 'utf8')), (file) => {
    const path = join(heldOutDir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }));
} else {
  console.log(`\n${goldFile} not found: no held-out evaluation`);
}
