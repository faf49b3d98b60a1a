// Validate once, at the boundary, and list every problem (DESIGN.md §3):
// an invalid item is reported with its location and left out; the rest stays.
import type { z } from 'zod';
import {
  EventSchema, HeaderSchema, PartnerSchema, PlaceSchema, SourceSchema,
  type ContactEvent, type Dataset, type Partner, type Place, type Source,
} from './schema.ts';
import { checkEventReferences, squash } from './references.ts';
import { inFileOrder, showValue, type Problem, type Section } from './problem-codes.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface ParseResult {
  /** null only when the file cannot be read as a dataset at all. */
  data: Dataset | null;
  problems: Problem[];
}

export interface ParseOptions {
  /** Text of a bundled source file by name; enables the verbatim-quote check. */
  sourceText?: (file: string) => string | undefined;
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
