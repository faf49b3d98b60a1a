// Which partners get a bar of their own: the top few by count, plus any the
// reader has selected or is looking at (so a selection can always be undone
// from the chart); the rest share one "others" bar so 200 partners stay readable.
import type { TypeCounts } from '../../model/aggregate.ts';
import { sumCounts, type CountedRow } from './counts.ts';

export const TOP_PARTNERS = 12;
const OTHERS_KEY = '\u0000others';
const UNNAMED_KEY = '\u0000unnamed';

export interface PartnerInput { id: string | null; label: string; total: number; byType: TypeCounts }

export interface PartnerRow extends CountedRow {
  /** null for the unnamed partner and for the others bar. */
  id: string | null;
  /** How many partners the others bar stands for; 0 on a partner's own bar. */
  grouped: number;
}

function ownRow(bar: PartnerInput): PartnerRow {
  return { ...bar, key: bar.id ?? UNNAMED_KEY, grouped: 0 };
}

/** Rows to draw, in the input order (sorted by total); `cap` null shows everyone. */
export function partnerRows(
  bars: readonly PartnerInput[],
  pinned: ReadonlySet<string>,
  cap: number | null,
  othersLabel: (n: number) => string,
): PartnerRow[] {
  // Grouping a single partner under "others" would hide it for nothing.
  if (cap === null || bars.length <= cap + 1) return bars.map(ownRow);
  const shown: PartnerRow[] = [];
  const rest: PartnerInput[] = [];
  bars.forEach((bar, i) => {
    if (i < cap || (bar.id !== null && pinned.has(bar.id))) shown.push(ownRow(bar));
    else rest.push(bar);
  });
  if (rest.length === 0) return shown;
  const total = rest.reduce((n, bar) => n + bar.total, 0);
  return [...shown, { key: OTHERS_KEY, id: null, label: othersLabel(rest.length), total, byType: sumCounts(rest), grouped: rest.length }];
}
