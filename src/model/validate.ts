// Validate once, at the boundary, and list every problem (docs/design.md,
// "Validate once"). A fault costs the least it can (docs/dataset.md,
// "Repairs"): an invalid event is left out (an error), a fault in a shared
// record or the header costs that field alone (a warning), and every problem
// says where it is and what was done.
import type { z } from 'zod';
import { EventSchema, HeaderSchema, type ContactEvent, type Dataset, type Partner, type Place, type Source } from './schema.ts';
import { completeReferences } from './references.ts';
import { checkQuotes, type SourceText } from './quotes.ts';
import { repairPartner, repairPlace, repairSource } from './repair-records.ts';
import { inFileOrder, showValue, type Problem, type Section } from './problem-codes.ts';
import { issuesToProblems, LEFT_OUT } from './zod-issues.ts';

export interface ParseResult {
  /** null only when the file cannot be read as a dataset at all. */
  data: Dataset | null;
  problems: Problem[];
}

export interface ParseOptions {
  /** Text of a bundled source file by name; enables the verbatim-quote check. */
  sourceText?: SourceText;
}

type ItemSection = Exclude<Section, 'file' | 'header'>;
type Read<T> = (value: unknown, index: number, problems: Problem[]) => T | null;

/** Reads each item of one array; keeps those read with an id not seen before. */
function readItems<T extends { id: string }>(root: Record<string, unknown>, section: ItemSection, read: Read<T>, problems: Problem[]) {
  const raw = root[section];
  if (!Array.isArray(raw)) {
    problems.push({ ...LEFT_OUT, section, field: '', code: raw === undefined ? 'missing_array' : 'invalid_type', detail: 'array' });
    return [];
  }
  const seen = new Set<string>();
  const kept: Array<{ item: T; index: number }> = [];
  raw.forEach((value: unknown, index) => {
    const item = read(value, index, problems);
    if (item === null) return;
    if (seen.has(item.id)) {
      problems.push({ ...LEFT_OUT, section, index, id: item.id, field: 'id', code: 'duplicate_id', detail: item.id, value: showValue(item.id) });
    } else {
      seen.add(item.id);
      kept.push({ item, index });
    }
  });
  return kept;
}

const readEvent: Read<ContactEvent> = (value, index, problems) => {
  const result = (EventSchema as z.ZodType<ContactEvent>).safeParse(value);
  if (result.success) return result.data;
  problems.push(...issuesToProblems('events', value, result.error, LEFT_OUT, index));
  return null;
};

type Header = Pick<Dataset, 'title' | 'focus' | 'home' | 'updated'>;

/** A bad header field is reported and ignored: it costs no event. */
function readHeader(root: Record<string, unknown>, problems: Problem[]): Header {
  const field = <K extends keyof Header>(key: K) => {
    const result = HeaderSchema.shape[key].safeParse(root[key]);
    if (result.success) return result.data as NonNullable<Header[K]>;
    problems.push(...issuesToProblems('header', root, result.error, { severity: 'warning', action: 'ignored' }, undefined, [key]));
    return null;
  };
  return { title: field('title'), focus: field('focus'), home: field('home'), updated: field('updated') };
}

/** Parses an already-decoded JSON value into a dataset and a list of problems. Never throws. */
export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { data: null, problems: [{ severity: 'error', action: 'unreadable', section: 'file', field: '', code: 'not_object' }] };
  }
  const root = input as Record<string, unknown>;
  if (root.schema !== 1) {
    const found = root.schema === undefined ? 'missing' : JSON.stringify(root.schema).slice(0, 20);
    return { data: null, problems: [{ severity: 'error', action: 'unreadable', section: 'file', field: 'schema', code: 'schema_version', detail: found }] };
  }
  const problems: Problem[] = [];
  const header = readHeader(root, problems);
  const sourceItems = readItems<Source>(root, 'sources', repairSource, problems);
  const records = {
    sources: sourceItems.map((s) => s.item),
    partners: readItems<Partner>(root, 'partners', repairPartner, problems).map((p) => p.item),
    places: readItems<Place>(root, 'places', repairPlace, problems).map((p) => p.item),
  };
  let events = readItems<ContactEvent>(root, 'events', readEvent, problems);
  if (options.sourceText) events = checkQuotes(events, sourceItems, options.sourceText, problems);
  completeReferences(events, records, problems);
  if (header.home !== null && !records.places.some((p) => p.id === header.home)) {
    problems.push({ severity: 'warning', action: 'ignored', section: 'header', field: 'home', code: 'unknown_reference', detail: header.home, value: header.home });
    header.home = null;
  }
  return { data: { schema: 1, ...header, ...records, events: events.map((e) => e.item) }, problems: inFileOrder(problems) };
}
