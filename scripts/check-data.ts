// `npm run check-data [file] [--lang fr]`: validates a dataset file with the
// same model code as the page and prints every problem where an editor can
// find it. Exit 1 on any problem, so it can guard a commit or a CI step.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseDatasetText } from '../src/model/validate.ts';
import { describeProblem } from '../src/model/problems.ts';
import type { Lang } from '../src/model/patterns.ts';

interface Args { file: string; lang: Lang }

function parseArgs(argv: string[]): Args {
  const args: Args = { file: 'data/contacts.json', lang: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') args.lang = argv[++i] === 'fr' ? 'fr' : 'en';
    else if (arg.startsWith('--lang=')) args.lang = arg.slice(7) === 'fr' ? 'fr' : 'en';
    else args.file = arg;
  }
  return args;
}

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
    bad: (file: string, n: number, kept: number, total: number) =>
      `${file}: ${n} problem${n === 1 ? '' : 's'}; ${kept} of ${total} events can be shown.`,
  },
  fr: {
    unreadable: (file: string, why: string) => `Impossible de lire « ${file} » : ${why}`,
    ok: (file: string, n: number) => `${file} : aucun problème, ${n} événements.`,
    bad: (file: string, n: number, kept: number, total: number) =>
      `${file} : ${n} problème${n === 1 ? '' : 's'} ; ${kept} événements sur ${total} peuvent être affichés.`,
  },
} as const;

function rawEventCount(text: string): number {
  try {
    const json: unknown = JSON.parse(text);
    const events = (json as { events?: unknown } | null)?.events;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}

function main(argv: string[]): number {
  const { file, lang } = parseArgs(argv);
  const words = WORDS[lang];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.log(words.unreadable(file, code === 'ENOENT' ? (lang === 'fr' ? 'fichier introuvable' : 'no such file') : String(code ?? err)));
    return 1;
  }
  const { data, problems } = parseDatasetText(text, { sourceText: sourceReader(file) });
  for (const problem of problems) console.log(describeProblem(problem, lang));
  const kept = data?.events.length ?? 0;
  console.log(problems.length === 0 ? words.ok(file, kept) : words.bad(file, problems.length, kept, rawEventCount(text)));
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
