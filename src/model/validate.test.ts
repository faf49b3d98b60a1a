import { describe, expect, it } from 'vitest';
import { bundled, bundledText, sourceText, type Json } from './bundled-file.ts';
import { parseDataset } from './validate.ts';
import { parseDatasetText } from './parse-text.ts';
import type { Problem } from './problem-codes.ts';

const eventsOf = (d: Json) => d.events as Json[];

/** The bundled file with one change, validated with the verbatim check on. */
function check(change: (d: Json) => void) {
  const d = bundled();
  change(d);
  return parseDataset(d, { sourceText });
}
const only = (problems: Problem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('the bundled dataset', () => {
  it('validates with no problems, quotes checked against the source texts', () => {
    const { data, problems } = parseDatasetText(bundledText, { sourceText });
    expect(problems).toEqual([]);
    expect(data?.events).toHaveLength(eventsOf(bundled()).length);
    expect(data?.home).toBe('bamako');
  });
});

describe('a file that cannot be read as a dataset', () => {
  it.each([
    ['not JSON', '{"schema": 1,', 'not_json'],
    ['an array', '[]', 'not_object'],
    ['a string', '"hello"', 'not_object'],
    ['null', 'null', 'not_object'],
  ])('%s is one file-level problem and no data', (_name, text, code) => {
    const { data, problems } = parseDatasetText(text);
    expect(data).toBeNull();
    expect(only(problems)).toMatchObject({ section: 'file', code });
  });

  it('names the line of a JSON syntax error', () => {
    const { problems } = parseDatasetText('{\n"schema": 1,\n oops\n}');
    expect(problems[0]?.detail).toBe('3:2'); // line 3, column 2: worded per language by problems.ts
  });

  it('rejects another schema number, saying which was found', () => {
    const { data, problems } = parseDatasetText(JSON.stringify({ ...bundled(), schema: 2 }));
    expect(data).toBeNull();
    expect(only(problems)).toMatchObject({ section: 'file', field: 'schema', code: 'schema_version', detail: '2' });
  });
});

describe('sections', () => {
  it('reports each missing array and keeps the header', () => {
    const { data, problems } = check((d) => { delete d.events; delete d.places; });
    expect(problems.filter((p) => p.code === 'missing_array').map((p) => p.section)).toEqual(['places', 'events']);
    expect(data?.events).toEqual([]);
    expect(data?.title?.en).toBe("Mali's diplomatic contacts, 2025");
  });

  it('reports a section of the wrong type', () => {
    const { problems } = check((d) => { d.partners = { RU: 'country' }; });
    expect(problems[0]).toMatchObject({ section: 'partners', code: 'invalid_type', detail: 'array' });
  });

  it('nulls a bad header field and reports it as a warning: it is ignored', () => {
    const { data, problems } = check((d) => { d.updated = '2026-02-30'; });
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'ignored', section: 'header', field: 'updated', code: 'bad_date', value: '2026-02-30' });
    expect(data?.updated).toBeNull();
  });

  it('reports a home that is not a place', () => {
    const { data, problems } = check((d) => { d.home = 'timbuktu'; });
    expect(only(problems)).toMatchObject({ section: 'header', field: 'home', code: 'unknown_reference', value: 'timbuktu' });
    expect(data?.home).toBeNull();
  });
});

describe('an invalid event is reported with index, id, field and code, and left out', () => {
  const ev = (i: number) => (d: Json) => eventsOf(d)[i] as Json;
  it.each<[string, (d: Json) => void, Partial<Problem>]>([
    ['an impossible day', (d) => { ev(3)(d).date = '2025-02-30'; }, { field: 'date', code: 'bad_date', value: '2025-02-30' }],
    ['a thirteenth month', (d) => { ev(3)(d).date = '2025-13'; }, { field: 'date', code: 'bad_format', value: '2025-13' }],
    ['an end before the date', (d) => { ev(3)(d).end = '2025-06-01'; }, { field: 'end', code: 'end_before_date' }],
    ['a missing date', (d) => { delete ev(3)(d).date; }, { field: 'date', code: 'missing' }],
    ['a date of the wrong type', (d) => { ev(3)(d).date = 20250625; }, { field: 'date', code: 'invalid_type', detail: 'string' }],
    ['an unknown type', (d) => { ev(3)(d).type = 'party'; }, { field: 'type', code: 'bad_value', value: 'party' }],
    ['a title in one language', (d) => { ev(3)(d).title = { fr: 'Seul' }; }, { field: 'title.en', code: 'missing' }],
    ['a 1 MB summary', (d) => { ev(3)(d).summary = { fr: 'x'.repeat(1 << 20), en: 'y' }; }, { field: 'summary.fr', code: 'too_long', detail: '5000' }],
    ['a quote not in the source text', (d) => { (ev(3)(d).sources as Json[])[0] = { source: 'lessor-2025-06-27', quote: 'Poutine a signé dix accords.' }; }, { field: 'sources.0.quote', code: 'not_verbatim', detail: 'lessor-2025-06-27.txt' }],
  ])('%s', (_name, change, expected) => {
    const id = eventsOf(bundled())[3]?.id;
    const { data, problems } = check(change);
    expect(only(problems)).toMatchObject({ severity: 'error', action: 'left_out', section: 'events', index: 3, id, ...expected });
    expect(data?.events.map((e) => e.id)).not.toContain(id);
    expect(data?.events).toHaveLength(eventsOf(bundled()).length - 1);
  });

  it('accepts a quote that differs only in whitespace', () => {
    const { problems } = check((d) => {
      const cite = (eventsOf(d)[1]?.sources as Json[])[0] as Json;
      cite.quote = `  ${String(cite.quote).replace(/ /g, '\n   ')} `;
    });
    expect(problems).toEqual([]);
  });

  it('keeps the first of two events with the same id and reports the later one', () => {
    const { data, problems } = check((d) => { eventsOf(d).push({ ...eventsOf(d)[0], title: { fr: 'Doublon', en: 'Duplicate' } }); });
    const last = eventsOf(bundled()).length;
    expect(only(problems)).toMatchObject({ section: 'events', index: last, field: 'id', code: 'duplicate_id' });
    expect(data?.events[0]?.title.en).not.toBe('Duplicate');
  });
});

describe('other items', () => {
  it('cuts a huge offending value to about 80 characters', () => {
    const { problems } = check((d) => { ((d.sources as Json[])[0] as Json).title = 'é'.repeat(1 << 20); });
    expect(problems[0]?.value?.length).toBeLessThanOrEqual(81);
  });
});

describe('JSON text as editors save it', () => {
  it('reads a file that starts with a byte-order mark', () => {
    expect(parseDatasetText(`\uFEFF${bundledText}`).problems).toEqual([]);
  });

  it.each([
    ['a trailing comma', '{\n  "schema": 1,\n  "events": [],\n}', '4:1'],
    ['a comment', '{\n  // note\n  "schema": 1\n}', '2:3'],
    ['single quotes', "{\n  'schema': 1\n}", '2:3'],
  ])('places %s by line and column', (_name, text, at) => {
    expect(parseDatasetText(text).problems[0]).toMatchObject({ code: 'not_json', detail: at });
  });
});
