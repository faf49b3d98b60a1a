import { describe, expect, it } from 'vitest';
import { buildIndex } from './event-index.ts';
import { makeDataset, type EventSketch } from './fixtures.ts';
import { partnerRows } from './partner-rows.ts';
import { recordContext } from './record-context.ts';
import { sortRows, nextSort } from './sort-rows.ts';

const EVENTS: EventSketch[] = [
  { id: 'ru-1', date: '2025-06-22', place: 'moscow', agreements: [{ title: { fr: 'A', en: 'A' } }, { title: { fr: 'B', en: 'B' } }] },
  { id: 'ru-2', date: '2025-06', place: 'kazan' },
  { id: 'us-1', date: '2025-12-08', partner: 'US' },
  { id: 'icrc-1', date: '2025-11-27', partner: 'ICRC' },
  { id: 'icrc-2', date: '2025-01-02', partner: 'ICRC', place: 'dakar' },
  { id: 'nobody', date: '2025-03-01', partner: null },
];

function rowsOf(events: EventSketch[], updated: string | null = '2025-12-31') {
  const dataset = { ...makeDataset(events), updated };
  const index = buildIndex(dataset);
  return partnerRows(index.items, recordContext(dataset, index));
}

describe('partner rows', () => {
  it('gives one row per named partner with its counts, ends and days since', () => {
    const rows = rowsOf(EVENTS);
    expect(rows.map((r) => [r.partner, r.contacts, r.first.date, r.last.date, r.daysSince, r.abroad, r.home, r.agreements])).toEqual([
      ['ICRC', 2, '2025-01-02', '2025-11-27', 34, 1, 1, 0],
      // The month-only contact may run to 30 June, after 22 June: it is the last.
      ['RU', 2, '2025-06', '2025-06', 184, 2, 0, 2],
      ['US', 1, '2025-12-08', '2025-12-08', 23, 0, 1, 0],
    ]);
  });

  it('has no days since without an updated date, and every other measure', () => {
    const rows = rowsOf(EVENTS, null);
    expect(rows.map((r) => r.daysSince)).toEqual([null, null, null]);
    expect(rows.map((r) => r.contacts)).toEqual([2, 2, 1]);
  });
});

describe('sorting the table', () => {
  const label = (id: string) => ({ RU: 'Russie', US: 'États-Unis', ICRC: 'CICR' })[id] ?? id;
  const compare = new Intl.Collator('fr').compare;
  const order = (rows: ReturnType<typeof rowsOf>, sort: Parameters<typeof sortRows>[1]) => sortRows(rows, sort, label, compare).map((r) => r.partner);

  it('sorts by days since either way', () => {
    const rows = rowsOf(EVENTS);
    expect(order(rows, { column: 'daysSince', direction: 'descending' })).toEqual(['RU', 'ICRC', 'US']);
    expect(order(rows, { column: 'daysSince', direction: 'ascending' })).toEqual(['US', 'ICRC', 'RU']);
  });

  it('sorts partners by their name in the reader\'s language, and unknown days last both ways', () => {
    expect(order(rowsOf(EVENTS), { column: 'partner', direction: 'ascending' })).toEqual(['ICRC', 'US', 'RU']);
    const mixed = rowsOf(EVENTS).map((r) => (r.partner === 'US' ? { ...r, daysSince: null } : r));
    expect(order(mixed, { column: 'daysSince', direction: 'ascending' })).toEqual(['ICRC', 'RU', 'US']);
    expect(order(mixed, { column: 'daysSince', direction: 'descending' })).toEqual(['RU', 'ICRC', 'US']);
  });

  it('turns a second click on a column into the other direction', () => {
    expect(nextSort({ column: 'contacts', direction: 'descending' }, 'daysSince')).toEqual({ column: 'daysSince', direction: 'descending' });
    expect(nextSort({ column: 'daysSince', direction: 'descending' }, 'daysSince')).toEqual({ column: 'daysSince', direction: 'ascending' });
    expect(nextSort({ column: 'daysSince', direction: 'descending' }, 'partner')).toEqual({ column: 'partner', direction: 'ascending' });
  });
});
