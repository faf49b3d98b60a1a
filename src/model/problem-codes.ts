// What a problem of a dataset file is: where it is, and which rule it breaks.
// Every module that finds problems (validate, references, csv) and the one
// that words them (problems.ts) import this, downward.

export type Section = 'file' | 'header' | 'sources' | 'partners' | 'places' | 'events';

export type ProblemCode =
  | 'not_json' | 'not_object' | 'schema_version' | 'missing_array'
  | 'missing' | 'invalid_type' | 'too_long' | 'too_short' | 'bad_format' | 'bad_value'
  | 'bad_date' | 'end_before_date' | 'out_of_range' | 'name_required'
  | 'duplicate_id' | 'unknown_reference' | 'not_verbatim' | 'source_file_missing'
  | 'missing_column' | 'unknown_column' | 'csv_syntax' | 'not_utf8';

/**
 * An error left something out (an event, a record, the file); a warning
 * repaired a field and left out nothing (docs/dataset.md, "Repairs").
 */
export type Severity = 'error' | 'warning';

/** What the validator did about it. */
export type Action =
  | 'left_out' // the item (event, record) is not used
  | 'unreadable' // the file as a whole cannot be shown
  | 'ignored' // a header field or CSV column is not used
  | 'no_link' // a source shown without its link
  | 'no_date' // a source shown without its date
  | 'named_by_id' // a source, place or organisation shown under its id
  | 'display_name' // a country named by Intl.DisplayNames
  | 'as_organisation' // a partner whose id is no country code, shown as an organisation under its name
  | 'off_map' // a place kept in the list and charts, left off the map
  | 'unknown_place' // an event's place missing from places: named by its id, off the map
  | 'no_country' // a place whose country is unknown
  | 'no_lang' // a source whose language is unknown
  | 'not_checked' // quotes of a source not checked against its text
  | 'read_as_is' // a spreadsheet row read as far as its syntax allows
  | 'decoded_as'; // a spreadsheet that is not UTF-8, read in the encoding `detail` names

export interface Problem {
  severity: Severity;
  action: Action;
  section: Section;
  /** Position in its array, for items. */
  index?: number;
  /** The item's id, when it has a readable one. */
  id?: string;
  /** Dotted path inside the item (or header field); '' for the whole item or file. */
  field: string;
  code: ProblemCode;
  /** A value that helps fix it: the expected values, the unknown id, the limit. */
  detail?: string;
  /** The offending value as found in the file, cut to ~80 characters. */
  value?: string;
  /** For a spreadsheet: the row (1 is the header) and the column of the cell. */
  cell?: { row: number; column: string };
}

/** How many contacts (events) the problems left out. */
export function contactsLeftOut(problems: readonly Problem[]): number {
  const out = new Set<number>();
  for (const p of problems) if (p.severity === 'error' && p.section === 'events' && p.index !== undefined) out.add(p.index);
  return out.size;
}

const VALUE_MAX = 80;

/** A short, printable form of a found value; never walks a big object. */
export function showValue(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.length > VALUE_MAX ? `${v.slice(0, VALUE_MAX)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? `[… ${v.length} items]` : '{…}';
}

const SECTION_ORDER: Section[] = ['file', 'header', 'sources', 'partners', 'places', 'events'];

/** Problems in the order an editor meets them in the file (reference checks run last). */
export function inFileOrder(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => SECTION_ORDER.indexOf(p.section) * 1e9 + (p.index ?? -1);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}
