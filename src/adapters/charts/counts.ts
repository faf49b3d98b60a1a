// Rows shared by both charts: one labelled line of counts per type, the shape
// the tooltip, the hidden table and the bars all read.
import { emptyTypeCounts, type TypeCounts } from '../../model/periods.ts';
import { EVENT_TYPES } from '../../model/vocabulary.ts';

export interface CountedRow {
  /** Unique within a chart: the category value on the axis. */
  key: string;
  /** Already localised. */
  label: string;
  total: number;
  byType: TypeCounts;
}

export function sumCounts(rows: readonly { byType: TypeCounts }[]): TypeCounts {
  const sum = emptyTypeCounts();
  for (const row of rows) for (const t of EVENT_TYPES) sum[t] += row.byType[t];
  return sum;
}

/** Characters of a label that fit in `px` at the axis font size, with an ellipsis. */
export function truncateLabel(label: string, px: number): string {
  const max = Math.max(4, Math.floor(px / 6.5));
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
