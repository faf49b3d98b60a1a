// npm run extract -- article.txt --published YYYY-MM-DD[THH:MM] [--base data/contacts.json] [--source id]
// Prints candidate events (and the partners/places they need) as JSON, for review.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { baseFromText } from '../src/extract/base.ts';
import { extractCandidates } from '../src/extract/extract.ts';
import { parsePublished } from '../src/extract/dates.ts';
import { slugify } from '../src/extract/text.ts';
import { cliArgs, fail, readText } from './cli.ts';

const usage = 'npm run extract -- article.txt --published YYYY-MM-DD[THH:MM] [--base data/contacts.json] [--source id]';
const { values, positionals } = cliArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, base: { type: 'string', default: 'data/contacts.json' }, source: { type: 'string' } },
}, usage);
const file = positionals[0];
if (!file) fail(`usage: ${usage}`);
const text = readText(file);
const base = existsSync(values.base) ? baseFromText(readText(values.base)) : null;
if (!base) {
  console.error(`${values.base}: needs a dataset with a focus country and a home place`);
  process.exit(2);
}
const known = base.dataset?.sources.find((s) => s.file === basename(file));
const published = values.published ?? known?.published ?? null;
if (published !== null && parsePublished(published) === null) {
  console.error(`--published ${published}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  process.exit(2);
}
if (published === null) console.error('no publication date: relative dates ("hier", "mardi dernier") cannot be placed');
const result = extractCandidates(text, {
  sourceId: values.source ?? known?.id ?? slugify(basename(file).replace(/\.\w+$/, '')),
  published, focus: base.focus, home: base.home, known: base.known,
});
console.log(JSON.stringify(result, null, 2));
