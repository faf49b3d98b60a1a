// A fault costs the least it can (docs/dataset.md, "Repairs"): each shared
// record's faulty field is repaired with a warning and never costs the events
// that cite it; an event's own fault costs that event alone, as an error.
import { describe, expect, it } from 'vitest';
import { bundled, sourceText, type Json } from './bundled-file.ts';
import { buildIndex } from './event-index.ts';
import { makeLookups } from './lookups.ts';
import { countOffMap } from './off-map.ts';
import { contactsLeftOut, type Problem } from './problem-codes.ts';
import { describeProblem } from './problems.ts';
import { parseDataset } from './validate.ts';

const list = (d: Json, key: string) => d[key] as Json[];
const ALL = list(bundled(), 'events').length;

function check(change: (d: Json) => void, text = sourceText) {
  const d = bundled();
  change(d);
  return parseDataset(d, { sourceText: text });
}
const only = (problems: Problem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0] as Problem;
};
/** The source the most events cite: a fault there would once have cost the most. */
const mostCited = (() => {
  const counts = new Map<string, number>();
  for (const e of list(bundled(), 'events')) for (const c of e.sources as Json[]) counts.set(String(c.source), (counts.get(String(c.source)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
})();
const indexOf = (d: Json, key: string, id: string) => list(d, key).findIndex((x) => x.id === id);

describe('a fault in a source costs its field, never its events', () => {
  const at = indexOf(bundled(), 'sources', mostCited);
  it.each<[string, (s: Json) => void, Partial<Problem>, (s: Record<string, unknown>) => unknown]>([
    ['an address without https://', (s) => { s.url = 'www.journalessor.ml/posts/x'; }, { field: 'url', code: 'bad_format', action: 'no_link' }, (s) => s.url],
    ['an impossible publication day', (s) => { s.published = '2025-02-30'; }, { field: 'published', code: 'bad_date', action: 'no_date' }, (s) => s.published],
    ['a missing title', (s) => { delete s.title; }, { field: 'title', code: 'missing', action: 'named_by_id' }, (s) => s.title],
    ['a language in capitals', (s) => { s.lang = 'FR'; }, { field: 'lang', code: 'bad_format', action: 'no_lang' }, (s) => s.lang],
  ])('%s: all events kept, the field repaired, one warning', (_name, change, expected, repaired) => {
    const { data, problems } = check((d) => change(list(d, 'sources')[at] as Json));
    expect(data?.events).toHaveLength(ALL);
    expect(only(problems)).toMatchObject({ severity: 'warning', section: 'sources', index: at, id: mostCited, ...expected });
    const source = data?.sources.find((s) => s.id === mostCited) as unknown as Record<string, unknown>;
    expect(repaired(source)).toEqual(expected.action === 'named_by_id' ? mostCited : expected.action === 'no_lang' ? 'und' : null);
    expect(contactsLeftOut(problems)).toBe(0);
  });

  it('says what was done, in both languages', () => {
    const [p] = check((d) => { (list(d, 'sources')[at] as Json).url = 'www.journalessor.ml/x'; }).problems;
    expect(describeProblem(p as Problem, 'en')).toMatch(/^sources\[\d+\] \(id ".+"\), field "url": "www\.journalessor\.ml\/x" is not in the expected form — .* → shown without a link$/);
    expect(describeProblem(p as Problem, 'fr')).toMatch(/champ « url » : .* → affichée sans lien$/);
  });

  it('a source with no usable id is left out (an error); its events are kept and cite it by id', () => {
    const { data, problems } = check((d) => { (list(d, 'sources')[at] as Json).id = 42; });
    expect(data?.events).toHaveLength(ALL);
    expect(problems[0]).toMatchObject({ severity: 'error', action: 'left_out', section: 'sources', index: at, field: 'id', code: 'invalid_type' });
    expect(problems.slice(1).every((p) => p.severity === 'warning' && p.code === 'unknown_reference')).toBe(true);
    expect(data?.sources.find((s) => s.id === mostCited)).toMatchObject({ title: mostCited, url: null, file: null });
    expect(contactsLeftOut(problems)).toBe(0);
  });

  it('a source text missing from sources/ costs only the quote check, reported once at the source', () => {
    const { data, problems } = check(() => {}, (name) => (name === `${mostCited}.txt` ? undefined : sourceText(name)));
    expect(data?.events).toHaveLength(ALL);
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'not_checked', section: 'sources', index: at, field: 'file', code: 'source_file_missing' });
  });
});

describe('a fault in a place costs its field', () => {
  const at = indexOf(bundled(), 'places', 'bamako');
  const inBamako = list(bundled(), 'events').filter((e) => e.place === 'bamako').length;

  it('coordinates typed as text: the events stay in the list and counts, off the map, and the map can count them', () => {
    const { data, problems } = check((d) => { (list(d, 'places')[at] as Json).lat = '12.64'; });
    expect(data?.events).toHaveLength(ALL);
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'off_map', section: 'places', index: at, id: 'bamako', field: 'lat', code: 'invalid_type' });
    expect(data?.places.find((p) => p.id === 'bamako')).toMatchObject({ lat: null, lon: null, name: { fr: 'Bamako' } });
    if (!data) throw new Error('no data');
    expect(countOffMap(buildIndex(data, 0).items, makeLookups(data).places)).toBe(inBamako);
    expect(inBamako).toBeGreaterThan(0);
  });

  it('a place with no name is named by its id', () => {
    const { data, problems } = check((d) => { delete (list(d, 'places')[at] as Json).name; });
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'named_by_id', field: 'name' });
    expect(data?.places.find((p) => p.id === 'bamako')?.name).toEqual({ fr: 'bamako', en: 'bamako' });
    expect(data?.events).toHaveLength(ALL);
  });

  it('a place an event names but the list lacks stands in under its id, off the map', () => {
    const { data, problems } = check((d) => { list(d, 'places').splice(at, 1); });
    expect(data?.events).toHaveLength(ALL);
    const [first] = problems;
    expect(first).toMatchObject({ severity: 'warning', action: 'unknown_place', section: 'events', field: 'place', code: 'unknown_reference', value: 'bamako', detail: String(inBamako) });
    expect(data?.places.find((p) => p.id === 'bamako')).toEqual({ id: 'bamako', name: { fr: 'bamako', en: 'bamako' }, country: null, lat: null, lon: null });
    expect(describeProblem(first as Problem, 'fr')).toContain(`${inBamako} contacts conservés`);
  });
});

describe('a fault in a partner entry costs its field', () => {
  const ruEvents = list(bundled(), 'events').filter((e) => e.partner === 'RU').length;

  it('a country missing from partners is named by Intl.DisplayNames, with one warning for all its events', () => {
    const { data, problems } = check((d) => { d.partners = list(d, 'partners').filter((p) => p.id !== 'RU'); });
    expect(data?.events).toHaveLength(ALL);
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'display_name', field: 'partner', value: 'RU', detail: String(ruEvents) });
    expect(data?.partners.find((p) => p.id === 'RU')).toEqual({ id: 'RU', kind: 'country' });
  });

  it('a bad kind is read from the id: an alpha-2 code is a country', () => {
    const { data, problems } = check((d) => { (list(d, 'partners').find((p) => p.id === 'RU') as Json).kind = 'state'; });
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'display_name', section: 'partners', field: 'kind', code: 'bad_value' });
    expect(data?.partners.find((p) => p.id === 'RU')?.kind).toBe('country');
    expect(data?.events).toHaveLength(ALL);
  });

  it('an organisation without a name is named by its acronym', () => {
    const { data, problems } = check((d) => { delete (list(d, 'partners').find((p) => p.id === 'ICRC') as Json).name; });
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'named_by_id', section: 'partners', field: 'name', code: 'name_required', id: 'ICRC' });
    expect(data?.partners.find((p) => p.id === 'ICRC')?.name).toEqual({ fr: 'ICRC', en: 'ICRC' });
    expect(data?.events).toHaveLength(ALL);
  });
});

describe('the header and the events', () => {
  it('a bad top-level updated is reported and ignored', () => {
    const { data, problems } = check((d) => { d.updated = '26/06/2025'; });
    expect(only(problems)).toMatchObject({ severity: 'warning', action: 'ignored', section: 'header', field: 'updated' });
    expect(data?.updated).toBeNull();
    expect(data?.events).toHaveLength(ALL);
  });

  it('an event date typo costs that event alone, as an error, and is counted as a contact left out', () => {
    const { data, problems } = check((d) => { (list(d, 'events')[2] as Json).date = '2025-06-31'; });
    expect(data?.events).toHaveLength(ALL - 1);
    expect(only(problems)).toMatchObject({ severity: 'error', action: 'left_out', section: 'events', index: 2, field: 'date' });
    expect(contactsLeftOut(problems)).toBe(1);
  });

  it('counts contacts, not problems: two faults in one event leave one contact out', () => {
    const { problems } = check((d) => { Object.assign(list(d, 'events')[2] as Json, { date: 'x', type: 'party' }); });
    expect(problems).toHaveLength(2);
    expect(contactsLeftOut(problems)).toBe(1);
  });
});
