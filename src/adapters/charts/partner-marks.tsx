// How each partner row is drawn inside recharts: the bar segments (faded
// when another partner is selected) and the axis label (bold when selected).
import type { BarShapeProps, XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { truncateLabel } from './counts.ts';
import type { PartnerRow } from './partner-rows.ts';

/** Unselected rows fade only while a selection exists, so the chosen ones stand out. */
export function fadingShape(isDimmed: (row: PartnerRow) => boolean) {
  return function FadingBar(props: BarShapeProps) {
    const row = props.payload as PartnerRow;
    return <rect x={props.x} y={props.y} width={props.width} height={props.height} fill={props.fill} fillOpacity={isDimmed(row) ? 0.3 : 1} />;
  };
}

/** The partner's name, cut to the axis width (full name on hover), bold when selected. */
export function partnerTick(rows: readonly PartnerRow[], isSelected: (row: PartnerRow) => boolean, maxWidth: number) {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return function PartnerTick({ x, y, payload }: YAxisTickContentProps) {
    const row = byKey.get(String(payload.value));
    if (!row) return null;
    return (
      <text x={Number(x) - 4} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12} fontWeight={isSelected(row) ? 700 : 400} fill="#222">
        <title>{row.label}</title>
        {truncateLabel(row.label, maxWidth)}
      </text>
    );
  };
}

/**
 * A plain axis label. recharts' own tick wraps its text to a width, measuring
 * every new label in the DOM: a forced layout of the whole page on each filter
 * change (~15 ms on a large page, issue 7). Axis labels here never wrap.
 */
export function plainTick(format: (value: string) => string, anchor: 'middle' | 'end') {
  return function PlainTick({ x, y, payload }: XAxisTickContentProps | YAxisTickContentProps) {
    const dx = anchor === 'end' ? -4 : 0;
    return (
      <text x={Number(x) + dx} y={Number(y)} dy={anchor === 'end' ? '0.35em' : '0.9em'} textAnchor={anchor} fontSize={11} fill="#666">
        {format(String(payload.value))}
      </text>
    );
  };
}
