// Round trips of the URL codec (docs/design.md §2): any valid state survives a link,
// and whatever a link says settles after one decode.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_TYPES, LEVELS } from './schema.ts';
import { rangeDays } from './filter.ts';
import { decodeViewState, encodeViewState, KNOWN_PARAMS, PANELS, type ViewState } from './url-state.ts';

const PAGE = 'https://news.example/dashboard/';
const pad = (n: number) => String(n).padStart(2, '0');

const partialDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), precision: fc.constantFrom(0, 1, 2) })
  .map(({ year, month, day, precision }) => [String(year), `${year}-${pad(month)}`, `${year}-${pad(month)}-${pad(day)}`][precision] as string);

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    countries: fc.uniqueArray(fc.stringMatching(/^(?:[A-Z]{2}|[A-Z][A-Z0-9]{1,15})$/), { maxLength: 6 }).map((ids) => ids.sort()),
    range: fc.tuple(fc.option(partialDate), fc.option(partialDate)),
    types: fc.subarray([...EVENT_TYPES]),
    levels: fc.subarray([...LEVELS]),
    q: fc.string({ unit: 'grapheme', maxLength: 30 }),
    event: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,4}$/)),
    partner: fc.option(fc.stringMatching(/^(?:[A-Z]{2}|[A-Z][A-Z0-9]{1,15})$/)),
    lang: fc.constantFrom('fr' as const, 'en' as const),
    view: fc.subarray([...PANELS], { minLength: 1 }),
    embed: fc.boolean(),
    data: fc.option(fc.stringMatching(/^(?:\/?[a-z0-9_-]{1,12}\/){0,3}[a-z0-9_-]{1,12}\.json$/)),
    theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
    look: fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,8}){0,3}$/)),
  })
  .map(({ range: [a, b], ...rest }) => {
    // A valid range does not end before it starts: swap the bounds of one that does.
    const [first, last] = rangeDays(a, b);
    return first > last ? { ...rest, from: b, to: a } : { ...rest, from: a, to: b };
  });

const junkValue = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('%', '%E0%A4%A', '%00', ',,', 'RU,xx,US', '2025-13', 'map,sofa', '//evil.com/x'));
const junkQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KNOWN_PARAMS), fc.string({ maxLength: 8 })), junkValue), { maxLength: 12 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe('URL codec round trips', () => {
  it('decode(encode(state)) gives back any valid state', () => {
    fc.assert(fc.property(validState, (state) => {
      const { state: back, ignored } = decodeViewState(encodeViewState(state), PAGE);
      expect(ignored).toEqual([]);
      expect(back).toEqual(state);
    }), { numRuns: 500 });
  });

  it('encode(decode(query)) is stable, whatever the query', () => {
    fc.assert(fc.property(junkQuery, (query) => {
      const once = encodeViewState(decodeViewState(query, PAGE).state);
      expect(encodeViewState(decodeViewState(once, PAGE).state)).toBe(once);
      expect(decodeViewState(once, PAGE).ignored).toEqual([]);
    }), { numRuns: 500 });
  });

  it('keeps unknown parameters through any number of updates', () => {
    fc.assert(fc.property(validState, validState, (a, b) => {
      const keep = 'initialWidth=320&childId=c1&parentUrl=https%3A%2F%2Fnews.example%2Fa';
      const first = encodeViewState(a, keep);
      expect(encodeViewState(b, first)).toBe([encodeViewState(b), keep].filter((s) => s !== '').join('&'));
    }), { numRuns: 200 });
  });
});
