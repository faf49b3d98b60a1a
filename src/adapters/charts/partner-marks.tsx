// How rows are drawn inside recharts: one bar per row split into its types'
// segments (faded when another row is selected), and the axis labels.
import type { BarShapeProps, XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { TYPE_ORDER, TYPE_VARS, themeVar } from '../../theme.ts';
import { truncateLabel, type CountedRow } from './counts.ts';
import type { PartnerRow } from './partner-rows.ts';

/**
 * A row's total bar drawn as its types' segments, stacked left to right
 * (`right`) or bottom to top (`up`) in TYPE_ORDER. One recharts Bar per chart
 * instead of one per type: recharts' per-rectangle work was most of a filter
 * change (six series × every bucket, docs/bench.md). Unselected rows fade only while
 * a selection exists, so the chosen ones stand out.
 */
export function stackedShape(direction: 'right' | 'up', isDimmed: (row: CountedRow) => boolean = () => false) {
  return function StackedBar(props: BarShapeProps) {
    const row = props.payload as CountedRow;
    const x = Number(props.x), y = Number(props.y), width = Number(props.width), height = Number(props.height);
    if (!row || row.total <= 0 || !(width > 0 && height > 0)) return null;
    const opacity = isDimmed(row) ? 0.3 : 1;
    const along = direction === 'right' ? width : height;
    let at = 0;
    const segments = [];
    for (const type of TYPE_ORDER) {
      const n = row.byType[type];
      if (n <= 0) continue;
      const size = (along * n) / row.total;
      segments.push(direction === 'right'
        ? <rect key={type} x={x + at} y={y} width={size} height={height} fill={TYPE_VARS[type]} fillOpacity={opacity} data-type={type} />
        : <rect key={type} x={x} y={y + height - at - size} width={width} height={size} fill={TYPE_VARS[type]} fillOpacity={opacity} data-type={type} />);
      at += size;
    }
    return <g>{segments}</g>;
  };
}

export const upwardStack = stackedShape('up');

/** The partner's name, cut to the axis width (full name on hover), bold when selected. */
export function partnerTick(rows: readonly PartnerRow[], isSelected: (row: PartnerRow) => boolean, maxWidth: number) {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return function PartnerTick({ x, y, payload }: YAxisTickContentProps) {
    const row = byKey.get(String(payload.value));
    if (!row) return null;
    return (
      <text x={Number(x) - 4} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12} fontWeight={isSelected(row) ? 700 : 400} fill={themeVar('ink')}>
        <title>{row.label}</title>
        {truncateLabel(row.label, maxWidth)}
      </text>
    );
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
