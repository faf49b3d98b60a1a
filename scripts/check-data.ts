// `npm run check-data [file] [--lang fr] [--strict]`: validates a dataset file
// (JSON, or a CSV of events with --base) with the same model code as the page,
// and prints the page's list of problems, each with where it is and what was
// done. Exit 1 on any error (something left out); warnings alone (a field
// repaired) exit 0, unless --strict.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { csvToDataset } from '../src/model/csv-dataset.ts';
import { contactsLeftOut } from '../src/model/problem-codes.ts';
import { describeProblem } from '../src/model/problems.ts';
import { parseDatasetText } from '../src/model/parse-text.ts';
import type { Lang } from '../src/model/patterns.ts';
import { decodeSpreadsheet, withEncoding, type TextEncodingName } from '../src/model/text-encoding.ts';
import { cliArgs, readJson } from './cli.ts';

const usage = 'npm run check-data -- [file.json | events.csv] [--base data/contacts.json] [--lang fr] [--strict]';
const { values, positionals } = cliArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'en' }, strict: { type: 'boolean', default: false },
    base: { type: 'string', default: 'data/contacts.json' }, help: { type: 'boolean', short: 'h', default: false },
  },
}, usage);

/** Source texts live in a `sources/` folder next to the dataset file. */
function sourceReader(datasetFile: string): (name: string) => string | undefined {
  const folder = join(dirname(datasetFile), 'sources');
  return (name) => {
    try {
      // basename: a name like ".." must not reach outside the folder.
      return readFileSync(join(folder, basename(name)), 'utf8');
    } catch {
      return undefined;
    }
  };
}

const WORDS = {
  en: {
    unreadable: (file: string, why: string) => `Cannot read "${file}": ${why}`,
    ok: (file: string, n: number) => `${file}: no problems, ${n} events.`,
    bad: (file: string, errors: number, warnings: number, kept: number, out: number) =>
      `${file}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${kept} events shown, ${out} left out.`,
  },
  fr: {
    unreadable: (file: string, why: string) => `Impossible de lire « ${file} » : ${why}`,
    ok: (file: string, n: number) => `${file} : aucun problème, ${n} événements.`,
    bad: (file: string, errors: number, warnings: number, kept: number, out: number) =>
      `${file} : ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''} ; ${kept} événements affichés, ${out} écartés.`,
  },
} as const;

function main(): number {
  if (values.help) {
    console.log(`usage: ${usage}`);
    return 0;
  }
  const file = positionals[0] ?? 'data/contacts.json';
  const lang: Lang = values.lang === 'fr' ? 'fr' : 'en';
  const words = WORDS[lang];
  const csv = /\.csv$/i.test(file);
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  try {
    const bytes = readFileSync(file);
    ({ text, encoding } = csv ? decodeSpreadsheet(bytes) : { text: bytes.toString('utf8'), encoding });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.log(words.unreadable(file, code === 'ENOENT' ? (lang === 'fr' ? 'fichier introuvable' : 'no such file') : String(code ?? err)));
    return 1;
  }
  const options = { sourceText: sourceReader(file) };
  const { data, problems } = csv ? withEncoding(csvToDataset(text, readJson(values.base), sourceReaderFor(values.base)), encoding) : parseDatasetText(text, options);
  for (const problem of problems) console.log(describeProblem(problem, lang));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const kept = data?.events.length ?? 0;
  console.log(problems.length === 0 ? words.ok(file, kept) : words.bad(file, errors, warnings, kept, contactsLeftOut(problems)));
  return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
}

/** A CSV's quotes are checked against the texts beside its base file. */
function sourceReaderFor(base: string) {
  return { sourceText: sourceReader(base) };
}

process.exitCode = main();
