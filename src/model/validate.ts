// Validate once, at the boundary, and list every problem (DESIGN.md §3):
// an invalid item is reported with its location and left out; the rest stays.
import type { z } from 'zod';
import {
  EventSchema, HeaderSchema, PartnerSchema, PlaceSchema, SourceSchema,
  type ContactEvent, type Dataset, type Partner, type Place, type Source,
} from './schema.ts';
import { checkEventReferences, squash } from './references.ts';

export type Section = 'file' | 'header' | 'sources' | 'partners' | 'places' | 'events';

export type ProblemCode =
  | 'not_json' | 'not_object' | 'schema_version' | 'missing_array'
  | 'missing' | 'invalid_type' | 'too_long' | 'too_short' | 'bad_format' | 'bad_value'
  | 'bad_date' | 'end_before_date' | 'out_of_range' | 'name_required'
  | 'duplicate_id' | 'unknown_reference' | 'not_verbatim' | 'source_file_missing';

export interface Problem {
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
}

export interface ParseResult {
  /** null only when the file cannot be read as a dataset at all. */
  data: Dataset | null;
  problems: Problem[];
}

export interface ParseOptions {
  /** Text of a bundled source file by name; enables the verbatim-quote check. */
  sourceText?: (file: string) => string | undefined;
}

const CUSTOM_CODES = new Set<string>(['bad_date', 'end_before_date', 'name_required', 'bad_format']);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function codeOf(issue: z.core.$ZodIssue, value: unknown): ProblemCode {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'missing';
  switch (issue.code) {
    case 'invalid_type': return 'invalid_type';
    case 'too_big': return issue.origin === 'number' ? 'out_of_range' : 'too_long';
    case 'too_small': return issue.origin === 'number' ? 'out_of_range' : 'too_short';
    case 'invalid_format': return 'bad_format';
    case 'invalid_value': return 'bad_value';
    case 'custom': return CUSTOM_CODES.has(issue.message) ? (issue.message as ProblemCode) : 'bad_value';
    default: return 'bad_value';
  }
}

function detailOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_value') return issue.values.map(String).join(', ');
  if (issue.code === 'too_big' || issue.code === 'too_small') return String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.code === 'invalid_type') return issue.expected;
  return undefined;
}

const VALUE_MAX = 80;

/** A short, printable form of a found value; never walks a big object. */
export function showValue(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.length > VALUE_MAX ? `${v.slice(0, VALUE_MAX)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? `[… ${v.length} items]` : '{…}';
}

function readableId(item: unknown): string | undefined {
  const id = valueAt(item, ['id']);
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

function issuesToProblems(section: Section, item: unknown, error: z.ZodError, index?: number, prefix: PropertyKey[] = []): Problem[] {
  const id = section === 'header' ? undefined : readableId(item);
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const p: Problem = { section, field: path.map(String).join('.'), code: codeOf(issue, valueAt(item, path)) };
    const detail = detailOf(issue);
    const value = showValue(valueAt(item, path));
    if (value !== undefined) p.value = value;
    if (index !== undefined) p.index = index;
    if (id !== undefined) p.id = id;
    if (detail !== undefined) p.detail = detail;
    return p;
  });
}

/** Validates each item of one array; keeps the valid ones with unique ids. */
function parseItems<T extends { id: string }>(
  root: Record<string, unknown>, section: Exclude<Section, 'file' | 'header'>, schema: z.ZodType<T>, problems: Problem[],
): Array<{ item: T; index: number }> {
  const raw = root[section];
  if (!Array.isArray(raw)) {
    problems.push({ section, field: '', code: raw === undefined ? 'missing_array' : 'invalid_type', detail: 'array' });
    return [];
  }
  const seen = new Set<string>();
  const kept: Array<{ item: T; index: number }> = [];
  raw.forEach((value: unknown, index) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      problems.push(...issuesToProblems(section, value, result.error, index));
    } else if (seen.has(result.data.id)) {
      problems.push({ section, index, id: result.data.id, field: 'id', code: 'duplicate_id', detail: result.data.id, value: showValue(result.data.id) });
    } else {
      seen.add(result.data.id);
      kept.push({ item: result.data, index });
    }
  });
  return kept;
}

function parseHeader(root: Record<string, unknown>, problems: Problem[]): Pick<Dataset, 'title' | 'focus' | 'home' | 'updated'> {
  const field = <K extends 'title' | 'focus' | 'home' | 'updated'>(key: K) => {
    const result = HeaderSchema.shape[key].safeParse(root[key]);
    if (result.success) return result.data as z.infer<typeof HeaderSchema>[K];
    problems.push(...issuesToProblems('header', root, result.error, undefined, [key]));
    return null;
  };
  return { title: field('title'), focus: field('focus'), home: field('home'), updated: field('updated') };
}

/** Parses an already-decoded JSON value into a dataset and a list of problems. Never throws. */
export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { data: null, problems: [{ section: 'file', field: '', code: 'not_object' }] };
  }
  const root = input as Record<string, unknown>;
  if (root.schema !== 1) {
    const found = root.schema === undefined ? 'missing' : JSON.stringify(root.schema).slice(0, 20);
    return { data: null, problems: [{ section: 'file', field: 'schema', code: 'schema_version', detail: found }] };
  }
  const problems: Problem[] = [];
  const header = parseHeader(root, problems);
  const sources = parseItems<Source>(root, 'sources', SourceSchema, problems).map((s) => s.item);
  const partners = parseItems<Partner>(root, 'partners', PartnerSchema as z.ZodType<Partner>, problems).map((p) => p.item);
  const places = parseItems<Place>(root, 'places', PlaceSchema, problems).map((p) => p.item);
  const events = parseItems<ContactEvent>(root, 'events', EventSchema as z.ZodType<ContactEvent>, problems);
  const refs = { sources: new Map(sources.map((s) => [s.id, s])), partners: new Set(partners.map((p) => p.id)), places: new Set(places.map((p) => p.id)) };
  if (header.home !== null && !refs.places.has(header.home)) {
    problems.push({ section: 'header', field: 'home', code: 'unknown_reference', detail: header.home, value: header.home });
    header.home = null;
  }
  const squashed = new Map<string, string | undefined>(); // each source text normalised once per file read
  const text = (file: string) => {
    if (!squashed.has(file)) {
      const body = options.sourceText?.(file);
      squashed.set(file, body === undefined ? undefined : squash(body));
    }
    return squashed.get(file);
  };
  const kept = events.filter(({ item, index }) => {
    const found = checkEventReferences(item, refs, options.sourceText ? text : undefined).map((p) => ({ ...p, section: 'events' as const, index, id: item.id }));
    problems.push(...found);
    return found.length === 0;
  });
  return { data: { schema: 1, ...header, sources, partners, places, events: kept.map((e) => e.item) }, problems: inFileOrder(problems) };
}

const SECTION_ORDER: Section[] = ['file', 'header', 'sources', 'partners', 'places', 'events'];

/** Problems in the order an editor meets them in the file (reference checks run last). */
function inFileOrder(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => SECTION_ORDER.indexOf(p.section) * 1e9 + (p.index ?? -1);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

/**
 * Where the JSON stops being readable, as "line:column" (the engine's own
 * message is English-only, so the page words it in the reader's language).
 */
function whereInText(text: string, message: string): string | undefined {
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : /end of (JSON )?input/i.test(message) ? text.length : null;
  if (offset === null) return undefined;
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}

/** Parses the text of a dataset file: JSON first, then the contract. */
export function parseDatasetText(text: string, options: ParseOptions = {}): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { data: null, problems: [{ section: 'file', field: '', code: 'not_json', detail: err instanceof Error ? whereInText(text, err.message) : undefined }] };
  }
  return parseDataset(json, options);
}
