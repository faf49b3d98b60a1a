// Sorting the partners table by any column (view=table): numbers and days
// compare as numbers, partners by their name in the reader's language.
import type { PartnerRow } from './partner-rows.ts';

export const TABLE_COLUMNS = ['partner', 'contacts', 'first', 'last', 'daysSince', 'abroad', 'home', 'agreements'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
type SortDirection = 'ascending' | 'descending';
export interface TableSort { column: TableColumn; direction: SortDirection }

const NUMERIC: Record<Exclude<TableColumn, 'partner'>, (r: PartnerRow) => number | null> = {
  contacts: (r) => r.contacts,
  first: (r) => r.first.day,
  last: (r) => r.last.day,
  daysSince: (r) => r.daysSince,
  abroad: (r) => r.abroad,
  home: (r) => r.home,
  agreements: (r) => r.agreements,
};

/**
 * The rows sorted by a column (a new array). Ties keep the order given; an
 * unknown value (days since, with no `updated`) goes last either way.
 */
export function sortRows(rows: readonly PartnerRow[], sort: TableSort, labelOf: (id: string) => string, compareText: (a: string, b: string) => number): PartnerRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, at) => ({ row, at }));
  if (sort.column === 'partner') {
    const labels = new Map(rows.map((r) => [r.partner, labelOf(r.partner)]));
    keyed.sort((a, b) => sign * compareText(labels.get(a.row.partner) as string, labels.get(b.row.partner) as string) || a.at - b.at);
  } else {
    const value = NUMERIC[sort.column];
    keyed.sort((a, b) => {
      const x = value(a.row), y = value(b.row);
      if (x === null || y === null) return x === y ? a.at - b.at : x === null ? 1 : -1;
      return sign * (x - y) || a.at - b.at;
    });
  }
  return keyed.map((k) => k.row);
}

/** The direction a header click gives: the other one on the sorted column, else the column's natural one. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'partner' || column === 'first' ? 'ascending' : 'descending' };
}
