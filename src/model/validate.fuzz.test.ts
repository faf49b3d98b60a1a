// Mutates the bundled dataset thousands of times, 1–4 mutations at once, and
// checks the promises of docs/dataset.md that no hand-picked case can cover:
// the validator never throws, a valid event is never lost because of someone
// else's mistake, and every problem points at a place that exists in the file.
// repairs.fuzz.test.ts tries every single-field corruption one at a time.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundled, sourceText, type Json } from './bundled-file.ts';
import { parseDataset } from './validate.ts';
import type { Problem } from './problem-codes.ts';

const original = bundled();
const ITEMS = ['sources', 'partners', 'places', 'events'] as const;
const HEADER = ['schema', 'title', 'focus', 'home', 'updated'];
const HUGE = 'x'.repeat(1 << 20);

const mutation = fc.record({
  kind: fc.constantFrom('delete-field', 'set-field', 'duplicate', 'remove-item', 'insert-junk', 'break-reference', 'junk-section', 'set-header'),
  section: fc.constantFrom(...ITEMS),
  pick: fc.nat(),
  field: fc.nat(),
  junk: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(HUGE), fc.constant('2025-02-30'), fc.constant(-999), fc.constant('javascript:alert(1)')),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Ids whose items were changed (`section:id`); `all` when the whole file may be unreadable. */
interface Touched { ids: Set<string>; all: boolean }

function apply(d: Json, m: Mutation, touched: Touched): void {
  const list = d[m.section];
  if (m.kind === 'set-header') {
    const key = HEADER[m.field % HEADER.length] as string;
    d[key] = m.junk;
    if (key === 'schema') touched.all = true;
    return;
  }
  if (m.kind === 'junk-section' || !Array.isArray(list)) {
    if (Array.isArray(list)) list.forEach((item: Json) => touched.ids.add(`${m.section}:${String(item.id)}`));
    d[m.section] = m.junk;
    if (m.section === 'events') touched.all = true;
    return;
  }
  if (m.kind === 'insert-junk') {
    list.splice(m.pick % (list.length + 1), 0, m.junk);
    return;
  }
  if (list.length === 0) return;
  const item = list[m.pick % list.length] as Json;
  const key = `${m.section}:${String(item?.id)}`;
  if (m.kind === 'duplicate') {
    list.push(structuredClone(item)); // after the original, so the original stays the one kept
    return;
  }
  touched.ids.add(key);
  if (m.kind === 'remove-item') list.splice(m.pick % list.length, 1);
  else if (item === null || typeof item !== 'object') return;
  else if (m.kind === 'break-reference') item[['partner', 'place', 'home'][m.field % 3] as string] = 'zz-missing';
  else {
    const fields = Object.keys(item);
    const field = fields[m.field % Math.max(fields.length, 1)] ?? 'id';
    if (m.kind === 'delete-field') Reflect.deleteProperty(item, field);
    else item[field] = m.junk;
  }
}

/**
 * Original events that were not touched themselves. What they cite may have
 * been: a fault in a shared record costs that record's field, never its
 * events (docs/dataset.md, "Repairs").
 */
function expectedSurvivors(touched: Touched): Json[] {
  if (touched.all) return [];
  return (original.events as Json[]).filter((e) => !touched.ids.has(`events:${String(e.id)}`));
}

function valueAt(v: unknown, path: string[]): unknown {
  return path.reduce<unknown>((at, k) => (at !== null && typeof at === 'object' ? (at as Json)[k] : undefined), v);
}

/** The problem's section, index and field path (up to its last step) exist in the input. */
function pointsIntoInput(p: Problem, input: Json): boolean {
  const path = p.field === '' ? [] : p.field.split('.');
  if (p.section === 'file') return p.field === '' || p.field === 'schema';
  if (p.section === 'header') return HEADER.includes(path[0] ?? '') && typeof valueAt(input, path.slice(0, -1)) === 'object';
  const list = input[p.section];
  if (p.index === undefined) return !Array.isArray(list) && p.field === '';
  if (!Array.isArray(list) || p.index >= list.length) return false;
  const item: unknown = list[p.index];
  const absentLeaf = p.code === 'missing' || p.code === 'name_required';
  return path.length === 0 || (typeof valueAt(item, path.slice(0, -1)) === 'object' && (absentLeaf || valueAt(item, path) !== undefined));
}

describe('parseDataset on a mutated bundled dataset', () => {
  it('never throws, keeps every untouched valid event, and locates every problem', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input = structuredClone(original);
        const touched: Touched = { ids: new Set(), all: false };
        mutations.forEach((m) => apply(input, m, touched));
        const snapshot = structuredClone(input);
        const { data, problems } = parseDataset(input, { sourceText });
        const kept = new Map((data?.events ?? []).map((e) => [e.id, e]));
        // Plain checks first: vitest's expect is too slow to call ~40 times per run.
        const lost = expectedSurvivors(touched).filter((e) => !isDeepStrictEqual(kept.get(String(e.id)), e));
        expect(lost.map((e) => e.id)).toEqual([]);
        expect(problems.filter((p) => !pointsIntoInput(p, snapshot))).toEqual([]);
        expect(isDeepStrictEqual(input, snapshot)).toBe(true); // the validator does not edit what it was given
      }),
      // ~1,500 runs of 1–4 mutations each: some 3,700 mutations in a few seconds.
      { seed: 20261123, numRuns: 1500 },
    );
  }, 30_000);
});
