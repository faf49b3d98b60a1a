import { describe, expect, it } from 'vitest';
import bundled from '../../data/contacts.json';
import { quickParseDataset } from './quick-parse.ts';
import { MAX_TEXT } from './patterns.ts';
import { parseDataset } from './validate.ts';

const clone = <T>(v: T): T => structuredClone(v);
type Raw = typeof bundled & Record<string, unknown>;
const at = <T>(items: T[], i: number): T => items[i] as T;

/** Small edits a newsroom's file might carry, valid or not. */
const MUTATIONS: Array<(d: Raw) => void> = [
  (d) => { at(d.events, 0).date = '2025-02-30'; },
  (d) => { (d.events[1] as Record<string, unknown>).end = '2000-01-01'; },
  (d) => { at(d.events, 2).partner = 'ZZ'; },
  (d) => { at(d.events, 3).title.fr = '  espaces autour  '; },
  (d) => { at(d.events, 4).title.en = '   '; },
  (d) => { (d.events[5] as Record<string, unknown>).extra = 'kept out'; },
  (d) => { at(d.events, 6).id = at(d.events, 7).id; },
  (d) => { at(d.places, 0).lat = 91; },
  (d) => { d.partners.push({ id: 'ORG', kind: 'organisation' } as never); },
  (d) => { at(d.events, 8).sources = []; },
  (d) => { at(d.events, 9).people.push('x'.repeat(301)); },
  (d) => { d.home = 'nowhere'; },
  (d) => { at(d.events, 0).type = 'party' as never; },
  (d) => { (d.events[1] as Record<string, unknown>).summary = { fr: 'a', en: 'b'.repeat(MAX_TEXT + 1) }; },
  (d) => { at(d.sources, 0).url = 'ftp://x'; },
  (d) => { d.title.fr = 'Titre  '; },
];

describe('quickParseDataset', () => {
  it('returns what the full validator returns for the bundled file', () => {
    const full = parseDataset(clone(bundled));
    expect(full.problems).toEqual([]);
    expect(quickParseDataset(clone(bundled))).toStrictEqual(full.data);
  });

  it.each(MUTATIONS.map((m, i) => [i, m] as const))('mutation %i: accepts only what the full validator accepts without problem, with the same data', (_, mutate) => {
    const raw = clone(bundled) as Raw;
    mutate(raw);
    const quick = quickParseDataset(clone(raw));
    const full = parseDataset(clone(raw));
    if (full.problems.length > 0) expect(quick).toBeNull();
    else expect(quick).toStrictEqual(full.data);
  });

  it('gives up on what is not a dataset', () => {
    expect(quickParseDataset(null)).toBeNull();
    expect(quickParseDataset({ ...clone(bundled), schema: 2 })).toBeNull();
  });
});
