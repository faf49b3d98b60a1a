// Problems in words a newsroom editor can act on without reading code. The
// command-line check and the page's notice both print these, so the wording
// lives here, once, in both UI languages.
import type { Problem } from './problem-codes.ts';
import type { Lang } from './patterns.ts';
import { outcomeWords } from './problem-outcomes.ts';

const q = (lang: Lang, s: string) => (lang === 'fr' ? `« ${s} »` : `"${s}"`);

/** Where the problem is: `events[3] (id "ru-kazan"), field "date"`, or a spreadsheet's `row 4, column date`. */
export function problemLocation(problem: Problem, lang: Lang = 'en'): string {
  const fr = lang === 'fr';
  if (problem.cell) {
    const { row, column } = problem.cell;
    return fr ? `ligne ${row}${column ? `, colonne ${column}` : ''}` : `row ${row}${column ? `, column ${column}` : ''}`;
  }
  const field = problem.field === '' ? '' : `${fr ? 'champ' : 'field'} ${q(lang, problem.field)}`;
  if (problem.section === 'file') return problem.field === '' ? (fr ? 'le fichier' : 'the file') : field;
  if (problem.section === 'header') return field;
  if (problem.index === undefined) return `${fr ? 'la liste' : 'the list'} ${q(lang, problem.section)}`;
  const item = `${problem.section}[${problem.index}]${problem.id === undefined ? '' : ` (id ${q(lang, problem.id)})`}`;
  return field === '' ? item : `${item}, ${field}`;
}

const lastKey = (field: string) => field.split('.').filter((k) => !/^\d+$/.test(k)).pop() ?? '';

/** What a field should look like, for bad_format. */
const FORMAT_HINTS: Record<string, Record<Lang, string>> = {
  date: { en: 'write YYYY, YYYY-MM or YYYY-MM-DD', fr: 'écrire AAAA, AAAA-MM ou AAAA-MM-JJ' },
  day: { en: 'write YYYY-MM-DD', fr: 'écrire AAAA-MM-JJ' },
  url: { en: 'write a web address starting with https://', fr: 'écrire une adresse web commençant par https://' },
  slug: { en: 'use lower-case letters, digits and hyphens, e.g. "ru-kremlin-talks"', fr: 'utiliser minuscules, chiffres et tirets, par ex. « ru-kremlin-talks »' },
  partner: { en: 'use a two-letter country code such as "RU", or an upper-case acronym such as "ICRC"', fr: 'utiliser un code pays à deux lettres comme « RU », ou un sigle en majuscules comme « ICRC »' },
  country: { en: 'use a two-letter country code in capitals, such as "ML"', fr: 'utiliser un code pays à deux lettres majuscules, comme « ML »' },
  file: { en: 'give a plain file name, such as "article.txt"', fr: 'donner un simple nom de fichier, comme « article.txt »' },
  lang: { en: 'use a language code such as "fr" or "en"', fr: 'utiliser un code de langue comme « fr » ou « en »' },
};
const HINT_OF_KEY: Record<string, string> = {
  date: 'date', end: 'date', published: 'day', updated: 'day', url: 'url', id: 'slug', place: 'slug', home: 'slug',
  trip: 'slug', source: 'slug', partner: 'partner', country: 'country', focus: 'country', file: 'file', lang: 'lang',
};

function formatHint(problem: Problem, lang: Lang): string {
  const key = lastKey(problem.field);
  const hint = key === 'id' && problem.section === 'partners' ? 'partner' : HINT_OF_KEY[key];
  return hint === undefined ? (lang === 'fr' ? 'la forme n’est pas valide' : 'the form is not valid') : (FORMAT_HINTS[hint]?.[lang] ?? '');
}

const TYPE_WORDS: Record<string, Record<Lang, string>> = {
  string: { en: 'a text in quotes', fr: 'un texte entre guillemets' },
  number: { en: 'a number', fr: 'un nombre' },
  array: { en: 'a list [ … ]', fr: 'une liste [ … ]' },
  object: { en: 'an object { … }', fr: 'un objet { … }' },
  null: { en: 'null', fr: 'null' },
};

const REFERENCE_LIST: Record<string, string> = { partner: 'partners', place: 'places', source: 'sources', home: 'places' };

type Words = (p: Problem, lang: Lang, v: string) => string;
const both = (en: string, fr: string) => (lang: Lang) => (lang === 'fr' ? fr : en);

/** "4:1" → " (line 4, column 1)" in the reader's language. */
function jsonPlace(detail: string | undefined, l: Lang): string {
  const [line, column] = (detail ?? '').split(':');
  if (!line || !column) return '';
  return both(` (line ${line}, column ${column})`, ` (ligne ${line}, colonne ${column})`)(l);
}

const REASONS: Record<Problem['code'], Words> = {
  not_json: (p, l) => both('not valid JSON', 'pas du JSON valide')(l) + jsonPlace(p.detail, l),
  not_object: (_p, l) => both('must hold one JSON object { … }', 'doit contenir un objet JSON { … }')(l),
  schema_version: (p, l) => both(`found ${p.detail ?? '?'}, but this dashboard reads schema 1`, `trouvé ${p.detail ?? '?'}, or ce tableau de bord lit le schéma 1`)(l),
  missing_array: (p, l) => both(`missing — add "${p.section}": []`, `absente — ajouter "${p.section}": []`)(l),
  missing: (_p, l) => both('missing', 'absent')(l),
  invalid_type: (p, l, v) => `${v}${both('should be ', 'devrait être ')(l)}${TYPE_WORDS[p.detail ?? '']?.[l] ?? p.detail ?? '?'}`,
  too_long: (p, l, v) => `${v}${both(`is too long (at most ${p.detail} ${unit(p, l)})`, `est trop long (au plus ${p.detail} ${unit(p, l)})`)(l)}`,
  too_short: (p, l, v) => `${v}${both(`is empty or too short (at least ${p.detail} ${unit(p, l)})`, `est vide ou trop court (au moins ${p.detail} ${unit(p, l)})`)(l)}`,
  bad_format: (p, l, v) => `${v}${both('is not in the expected form', 'n’a pas la forme attendue')(l)} — ${formatHint(p, l)}`,
  bad_value: (p, l, v) => `${v}${both('is not allowed', 'n’est pas permis')(l)}${p.detail ? both(` — use one of: ${p.detail}`, ` — utiliser l’une des valeurs : ${p.detail}`)(l) : ''}`,
  bad_date: (_p, l, v) => `${v}${both('is not a real calendar date — write YYYY, YYYY-MM or YYYY-MM-DD', 'n’est pas une date du calendrier — écrire AAAA, AAAA-MM ou AAAA-MM-JJ')(l)}`,
  end_before_date: (_p, l, v) => `${v}${both('is before the start date', 'précède la date de début')(l)}`,
  out_of_range: (p, l, v) => `${v}${both('is out of range', 'est hors limites')(l)}${rangeOf(p)}`,
  name_required: (_p, l) => both('missing: an organisation needs a name in fr and en', 'absent : une organisation doit avoir un nom en fr et en')(l),
  duplicate_id: (_p, l, v) => `${v}${both('is already used by an earlier item', 'est déjà pris par un élément précédent')(l)}`,
  unknown_reference: (p, l, v) => `${v}${both('is not in the list', 'ne figure pas dans la liste')(l)} ${q(l, REFERENCE_LIST[lastKey(p.field)] ?? '?')}`,
  not_verbatim: (p, l) => both(`is not found word for word in the source text "${p.detail}"`, `ne se trouve pas mot pour mot dans le texte source « ${p.detail} »`)(l),
  missing_column: (_p, l) => both('this required column is missing', 'cette colonne obligatoire manque')(l),
  unknown_column: (_p, l) => both('this column is not one the export writes', 'cette colonne n’est pas de celles qu’écrit l’export')(l),
  not_utf8: (_p, l) => both('not in UTF-8, the encoding a dataset is written in (Excel saves its plain “CSV” in Windows-1252)', 'pas en UTF-8, l’encodage des données (Excel enregistre son « CSV » simple en Windows-1252)')(l),
  csv_syntax: (p, l) => both(`the row cannot be read as CSV (${p.detail ?? '?'})`, `la ligne n’est pas du CSV lisible (${p.detail ?? '?'})`)(l),
  source_file_missing: (p, l) => both(`the text file "${p.detail}" of this source is not in the sources/ folder`, `le fichier texte « ${p.detail} » de cette source manque dans le dossier sources/`)(l),
};

const LISTS = new Set(['people', 'sources']);
const unit = (p: Problem, l: Lang) =>
  LISTS.has(p.field.split('.').pop() ?? '') ? both('items', 'éléments')(l) : both('characters', 'caractères')(l);

function rangeOf(p: Problem): string {
  const key = lastKey(p.field);
  if (key === 'lat') return ' (-90 … 90)';
  if (key === 'lon') return ' (-180 … 180)';
  return '';
}

/** The reason alone, with the offending value when there is one. */
export function problemReason(problem: Problem, lang: Lang): string {
  // Coordinates are numbers: quoting them would suggest they were written as text.
  const bare = problem.code === 'out_of_range';
  const value = problem.value === undefined ? '' : `${bare ? problem.value : q(lang, problem.value)} `;
  return REASONS[problem.code](problem, lang, value);
}

/** One line: where, what is wrong and how to fix it, then what was done. */
export function describeProblem(problem: Problem, lang: Lang): string {
  return `${problemLocation(problem, lang)}${lang === 'fr' ? ' : ' : ': '}${problemReason(problem, lang)} → ${outcomeWords(problem, lang)}`;
}
