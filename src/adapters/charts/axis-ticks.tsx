// Axis labels drawn inside recharts: the partners' names, and plain labels both charts use.
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { themeVar } from '../../theme.ts';
import { truncateLabel } from './counts.ts';
import type { PartnerRow } from './partner-rows.ts';

/** The partner's name, cut to the axis width (full name on hover), bold when selected. */
export function partnerTick(rows: readonly PartnerRow[], isSelected: (row: PartnerRow) => boolean, maxWidth: number) {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return function PartnerTick({ x, y, payload }: YAxisTickContentProps) {
    const row = byKey.get(String(payload.value));
    if (!row) return null;
    const label = (
      <text x={Number(x) - 4} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12} fontWeight={isSelected(row) ? 700 : 400}
        fill={themeVar(row.href ? 'accent' : 'ink')} textDecoration={row.href ? 'underline' : undefined}>
        <title>{row.label}</title>
        {truncateLabel(row.label, maxWidth)}
      </text>
    );
    // The name opens the partner's record (followed in place by the app); the bar still filters.
    return row.href ? <a href={row.href} data-nav="partner" className="partners-profile-link">{label}</a> : label;
  };
}

/**
 * A plain axis label. recharts' own tick wraps its text to a width, measuring
 * every new label in the DOM: a forced layout of the whole page on each filter
 * change (~15 ms on a large page, docs/bench.md). Axis labels here never wrap.
 */
export function plainTick(format: (value: string) => string, anchor: 'middle' | 'end') {
  return function PlainTick({ x, y, payload }: XAxisTickContentProps | YAxisTickContentProps) {
    const dx = anchor === 'end' ? -4 : 0;
    return (
      <text x={Number(x) + dx} y={Number(y)} dy={anchor === 'end' ? '0.35em' : '0.9em'} textAnchor={anchor} fontSize={11} fill={themeVar('axis')}>
        {format(String(payload.value))}
      </text>
    );
  };
}
