import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterEvents, keepPartners, NO_FILTERS, type Filters } from './filter.ts';
import { buildIndex, sortNewestFirst, type IndexedEvent } from './event-index.ts';
import { normalizeText } from './text.ts';
import { prepareSearchText } from './search-text.ts';
import { dayNumber } from './dates.ts';
import { makeDataset } from './fixtures.ts';
import { parseDataset } from './validate.ts';

const index = buildIndex(makeDataset([
  { id: 'kremlin', date: '2025-06-12', title: { fr: 'Entretien avec Poutine', en: 'Talks with Putin' }, people: ['Vladimir Poutine', 'Assimi Goïta'], place: 'moscow' },
  { id: 'month-only', date: '2025-12', partner: 'US', type: 'visit' },
  { id: 'year-only', date: '2024', partner: 'SN', type: 'agreement', people: ['Abdoulaye Maïga'] },
  { id: 'spanning', date: '2025-06-28', end: '2025-07-02', partner: 'ICRC', type: 'cooperation' },
  { id: 'unnamed', date: '2025-03-05', partner: null, type: 'audience' },
]));

const ids = (filters: Partial<Filters>) => filterEvents(index, { ...NO_FILTERS, ...filters }).map((i) => i.event.id);

describe('normalizeText', () => {
  it('drops accents, case and extra spaces', () => {
    expect(normalizeText('  Assimi   GOÏTA ')).toBe('assimi goita');
    expect(normalizeText('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(normalizeText('Œuvre')).toBe('oeuvre');
  });
});

describe('buildIndex', () => {
  it('sorts newest first by start day and gives each event its whole span', () => {
    expect(index.items.map((i) => i.event.id)).toEqual(['month-only', 'spanning', 'kremlin', 'unnamed', 'year-only']);
    const month = index.byId.get('month-only');
    expect([month?.start, month?.end, month?.precision]).toEqual([dayNumber(2025, 12, 1), dayNumber(2025, 12, 31), 'month']);
    const spanning = index.byId.get('spanning');
    expect([spanning?.start, spanning?.end, spanning?.precision]).toEqual([dayNumber(2025, 6, 28), dayNumber(2025, 7, 2), 'day']);
    expect(index.span).toEqual([dayNumber(2024, 1, 1), dayNumber(2025, 12, 31)]);
  });

  it('has no span for a dataset without events', () => {
    expect(buildIndex(makeDataset([])).span).toBeNull();
  });
});

describe('filterEvents by date', () => {
  it('matches a month-only date from a range that starts or ends inside that month', () => {
    expect(ids({ from: '2025-12-15' })).toEqual(['month-only']);
    expect(ids({ from: '2025-11-01', to: '2025-12-01' })).toEqual(['month-only']);
    expect(ids({ to: '2025-11-30', from: '2025-07-03' })).toEqual([]);
  });

  it('reads from and to as partial dates covering their whole month or year', () => {
    expect(ids({ from: '2025-06', to: '2025-06' })).toEqual(['spanning', 'kremlin']);
    expect(ids({ from: '2024', to: '2024' })).toEqual(['year-only']);
    expect(ids({ to: '2024-12-31' })).toEqual(['year-only']);
    expect(ids({ from: '2024-07-14', to: '2024-07-14' })).toEqual(['year-only']);
  });

  it('keeps an event whose end reaches into the range, and drops it once the range is past', () => {
    expect(ids({ from: '2025-07-02' })).toEqual(['month-only', 'spanning']);
    expect(ids({ from: '2025-07-03' })).toEqual(['month-only']);
    expect(ids({ to: '2025-06-27', from: '2025-06' })).toEqual(['kremlin']);
  });
});

describe('filterEvents by partner, type and text', () => {
  it('matches an event with no partner only when no partner is chosen', () => {
    expect(ids({})).toContain('unnamed');
    expect(ids({ countries: ['RU', 'US'] })).toEqual(['month-only', 'kremlin']);
  });

  it('filters by type', () => {
    expect(ids({ types: ['visit', 'audience'] })).toEqual(['month-only', 'unnamed']);
  });

  it('finds names whatever their accents and case, requiring every word', () => {
    expect(ids({ q: 'poutine' })).toEqual(['kremlin']);
    expect(ids({ q: 'goita' })).toEqual(['kremlin']);
    expect(ids({ q: 'MAIGA' })).toEqual(['year-only']);
    expect(ids({ q: 'goita  putin' })).toEqual(['kremlin']);
    expect(ids({ q: 'goita maiga' })).toEqual([]);
    expect(ids({ q: '   ' })).toHaveLength(5);
  });

  it('finds place names and partner names in both languages', () => {
    expect(ids({ q: 'moscow' })).toEqual(['kremlin']);
    expect(ids({ q: 'moscou' })).toEqual(['kremlin']);
    expect(ids({ q: 'croix-rouge' })).toEqual(['spanning']);
    expect(ids({ q: 'icrc' })).toEqual(['spanning']);
    expect(ids({ q: 'russie' })).toEqual(['kremlin']);
    expect(ids({ q: 'senegal' })).toEqual(['year-only']);
  });

  it('combines every filter', () => {
    expect(ids({ countries: ['RU'], types: ['talks'], from: '2025', q: 'poutine' })).toEqual(['kremlin']);
    expect(ids({ countries: ['RU'], types: ['visit'] })).toEqual([]);
  });

  it('works on what the validator returns', () => {
    const { data } = parseDataset(makeDataset([{ id: 'a', date: '2025-01' }]));
    expect(data && filterEvents(buildIndex(data), { ...NO_FILTERS, from: '2025-01-31' }).length).toBe(1);
  });
});

describe('search texts built later, for large datasets', () => {
  const sketches = [
    { id: 'a', date: '2025-06-23', title: { fr: 'Entretiens avec Vladimir Poutine', en: 'Talks with Vladimir Putin' } },
    { id: 'b', date: '2025-06-25', title: { fr: 'Visite à Kazan', en: 'Visit to Kazan' }, people: ['Assimi Goïta'] },
    { id: 'c', date: '2025-11-27', title: { fr: 'Audience', en: 'Audience' } },
  ];

  it('finds the same events whether texts were built at once, in slices, or by the search itself', () => {
    const eager = buildIndex(makeDataset(sketches));
    const lazy = buildIndex(makeDataset(sketches), 0);
    expect(lazy.items.every((i) => i.text === '')).toBe(true);
    const ids = (idx: typeof eager, q: string) => filterEvents(idx, { ...NO_FILTERS, q }).map((i) => i.event.id);
    expect(ids(lazy, 'goita')).toEqual(['b']);
    expect(ids(lazy, 'poutine')).toEqual(ids(eager, 'poutine'));
    expect(lazy.items.map((i) => i.text)).toEqual(eager.items.map((i) => i.text));
  });

  it('while texts are being built, a search within a period makes only that period\'s texts, and finds what it finds once all are built', () => {
    const many = Array.from({ length: 600 }, (_, k) => ({
      id: `e${k}`, date: `${2000 + (k % 20)}-0${1 + (k % 9)}-1${k % 10}`,
      title: { fr: `Visite n° ${k} à Kazan`, en: k % 3 === 0 ? `Talks with Goïta ${k}` : `Visit ${k}` },
    }));
    const dataset = makeDataset(many);
    const eager = buildIndex(dataset);
    for (const filters of [{ from: '2005', to: '2005' }, { from: '2010-03', to: '2012' }, { from: null, to: null }]) {
      for (const q of ['goita', 'kazan visite', 'visit 1', 'absent']) {
        const lazy = buildIndex(dataset, 0);
        const found = filterEvents(lazy, { ...NO_FILTERS, ...filters, q }).map((i) => i.event.id);
        expect(found, `${q} ${filters.from}`).toEqual(filterEvents(eager, { ...NO_FILTERS, ...filters, q }).map((i) => i.event.id));
        if (filters.from === '2005') expect(lazy.items.filter((i) => i.text !== '').length).toBe(30); // the 30 events of 2005 only
      }
    }
  });

  it('stops at the deadline and resumes where it stopped', () => {
    const many = Array.from({ length: 1500 }, (_, k) => ({ id: `e${k}`, date: '2025-06-23', title: { fr: `Événement ${k}`, en: `Event ${k}` } }));
    const idx = buildIndex(makeDataset(many), 0);
    expect(prepareSearchText(idx, -1)).toBe(false); // deadline already passed: one slice only
    const done = idx.items.filter((i) => i.text !== '').length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(1500);
    expect(prepareSearchText(idx)).toBe(true);
    expect(filterEvents(idx, { ...NO_FILTERS, q: 'evenement 1499' }).map((i) => i.event.id)).toEqual(['e1499']);
  });

  it('stops before its deadline when asked to yield (a click waiting), and resumes', () => {
    const many = Array.from({ length: 1500 }, (_, k) => ({ id: `e${k}`, date: '2025-06-23', title: { fr: `Événement ${k}`, en: `Event ${k}` } }));
    const idx = buildIndex(makeDataset(many), 0);
    expect(prepareSearchText(idx, Infinity, () => true)).toBe(false);
    expect(idx.items.filter((i) => i.text !== '').length).toBeLessThan(1500);
    expect(prepareSearchText(idx, Infinity, () => false)).toBe(true);
    expect(idx.items.every((i) => i.text !== '')).toBe(true);
  });
});

describe('keepPartners', () => {
  it('narrows a partner-free result exactly as filtering by partner does', () => {
    const rest = { from: '2024', to: '2025-12' };
    for (const countries of [[], ['US'], ['SN', 'ICRC'], ['ZZ']]) {
      const narrowed = keepPartners(filterEvents(index, { ...NO_FILTERS, ...rest }), countries).map((i) => i.event.id);
      expect(narrowed).toEqual(ids({ ...rest, countries }));
    }
  });
});

describe('sortNewestFirst', () => {
  const item = (id: string, start: number) => ({ event: { id } as IndexedEvent['event'], start, end: start, precision: 'day' as const, text: '', typeCode: 0, partnerCode: 0, placeCode: 0, tripCode: -1 });
  const byComparator = (items: IndexedEvent[]) => [...items].sort((a, b) => b.start - a.start || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));

  it('orders by start day, newest first, then by id, as the comparator does', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: -40, max: 40 })), { maxLength: 60 }), (pairs) => {
      const items = pairs.map(([id, day], i) => item(`${id}${i % 3}`, day));
      const sorted = [...items];
      sortNewestFirst(sorted);
      expect(sorted.map((i) => [i.start, i.event.id])).toEqual(byComparator(items).map((i) => [i.start, i.event.id]));
    }));
  });

  it('falls back to the comparator when days are far apart', () => {
    const items = [item('x', 0), item('y', 1_000_000), item('z', -5)];
    sortNewestFirst(items);
    expect(items.map((i) => i.event.id)).toEqual(['y', 'x', 'z']);
  });
});
