// Every single-field corruption of every source, partner entry, place and
// event of the bundled file, one at a time (issue 17): the events that survive
// are exactly those whose own field was not corrupted, the validator never
// throws, and every problem names a location that exists in the file.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundled, sourceText, type Json } from './bundled-file.ts';
import type { Problem } from './problem-codes.ts';
import { squash } from './references.ts';
import { EventSchema, PartnerSchema, PlaceSchema, SourceSchema } from './schema.ts';
import { parseDataset } from './validate.ts';

const original = bundled();
const SECTIONS = ['sources', 'partners', 'places', 'events'] as const;
const DELETE = Symbol('delete');

/** Hand-picked faults a person editing the file makes, then seeded random JSON values. */
const FAULTS: unknown[] = [
  DELETE, null, 0, -999, 91, 1e308, true, '', '   ', 'x'.repeat(6000), '2025-02-30', '2025-13', '26/06/2025',
  'www.journalessor.ml/a', 'javascript:alert(1)', 'Not A Slug!', 'zz-typo', 'ZZ', 'russia', 'state', '12.64', [], [1], {}, { fr: 'seul' },
  { fr: 1, en: 2 }, [{ source: 'x' }],
  ...fc.sample(fc.jsonValue({ maxDepth: 2 }), { seed: 17, numRuns: 12 }),
];

/** Leaf paths of an item worth corrupting: its fields, and the first level inside objects and arrays. */
function paths(item: Json): string[][] {
  const out: string[][] = [];
  for (const [key, value] of Object.entries(item)) {
    out.push([key]);
    if (value !== null && typeof value === 'object') for (const inner of Object.keys(value).slice(0, 2)) out.push([key, inner]);
  }
  for (const key of ['name', 'summary', 'end', 'trip']) if (!(key in item)) out.push([key]); // an optional field added wrong
  return out;
}

function corrupt(item: Json, path: string[], fault: unknown): void {
  let at: Json = item;
  for (const key of path.slice(0, -1)) at = at[key] as Json;
  const last = path.at(-1) as string;
  if (fault === DELETE) Reflect.deleteProperty(at, last);
  else at[last] = structuredClone(fault);
}

/** Whether an event may be shown on its own merits: the contract's event rules, and its quotes found word for word. */
function eventStands(e: unknown, sources: Json[]): boolean {
  const result = EventSchema.safeParse(e);
  if (!result.success) return false;
  return result.data.sources.every((c) => {
    const file = sources.find((s) => s.id === c.source)?.file;
    const body = typeof file === 'string' ? sourceText(file) : undefined;
    return body === undefined || squash(body).includes(squash(c.quote));
  });
}

function valueAt(v: unknown, path: string[]): unknown {
  return path.reduce<unknown>((at, k) => (at !== null && typeof at === 'object' ? (at as Json)[k] : undefined), v);
}

/** The problem's section, index and field path (up to its last step) exist in the input. */
function pointsIntoInput(p: Problem, input: Json): boolean {
  const path = p.field === '' ? [] : p.field.split('.');
  if (p.section === 'header') return typeof valueAt(input, path.slice(0, -1)) === 'object';
  if (p.section === 'file') return false; // no single-field corruption makes the file unreadable
  const list = input[p.section];
  if (!Array.isArray(list) || p.index === undefined || p.index >= list.length) return false;
  const item: unknown = list[p.index];
  const absentLeaf = p.code === 'missing' || p.code === 'name_required';
  return path.length === 0 || (typeof valueAt(item, path.slice(0, -1)) === 'object' && (absentLeaf || valueAt(item, path) !== undefined));
}

const RECORD_SCHEMAS = { sources: SourceSchema, partners: PartnerSchema, places: PlaceSchema };

interface Case { section: (typeof SECTIONS)[number]; index: number; path: string[]; fault: unknown }

function cases(): Case[] {
  const out: Case[] = [];
  for (const section of SECTIONS) {
    (original[section] as Json[]).forEach((item, index) => {
      for (const path of paths(item)) for (const fault of FAULTS) out.push({ section, index, path, fault });
    });
  }
  return out;
}

describe('every single-field corruption of the bundled file', () => {
  it('costs exactly the corrupted event, and nothing for a corrupted shared record', () => {
    const events = original.events as Json[];
    const failures: string[] = [];
    let tried = 0;
    for (const c of cases()) {
      // Only the corrupted section is copied: the validator does not edit its input (validate.fuzz.test.ts checks it).
      const input = { ...original, [c.section]: structuredClone(original[c.section]) };
      const item = (input[c.section] as Json[])[c.index] as Json;
      corrupt(item, c.path, c.fault);
      // A value the item's own rules accept (a new valid title) is an edit, not a corruption;
      // a shared record's id changed to another valid one (a typo) is one: its events no longer find it.
      const eventBroken = c.section === 'events' && !eventStands(item, original.sources as Json[]);
      const idChanged = c.path[0] === 'id' && item.id !== ((original[c.section] as Json[])[c.index] as Json).id;
      const recordBroken = c.section !== 'events' && (!RECORD_SCHEMAS[c.section].safeParse(item).success || idChanged);
      if (!eventBroken && !recordBroken) continue;
      tried++;
      const where = `${c.section}[${c.index}].${c.path.join('.')} = ${c.fault === DELETE ? '(deleted)' : JSON.stringify(c.fault)?.slice(0, 30)}`;
      let result;
      try {
        result = parseDataset(input, { sourceText });
      } catch (err) {
        failures.push(`${where}: threw ${String(err)}`);
        continue;
      }
      const kept = result.data?.events ?? [];
      const expected = events.filter((_e, i) => !(c.section === 'events' && i === c.index));
      if (!isDeepStrictEqual(kept, expected)) failures.push(`${where}: kept ${kept.length} of ${expected.length} expected`);
      const astray = result.problems.filter((p) => !pointsIntoInput(p, input));
      if (astray.length > 0) failures.push(`${where}: problem at ${astray[0]?.section}[${astray[0]?.index}].${astray[0]?.field}`);
      const leftOut = result.problems.filter((p) => p.severity === 'error' && p.section === 'events');
      if (!eventBroken && leftOut.length > 0) failures.push(`${where}: an error on an event`);
      if (result.problems.length === 0) failures.push(`${where}: not reported`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(10_000);
  }, 60_000);
});
