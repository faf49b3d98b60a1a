// A row's bar drawn inside recharts as its types' segments, for both charts:
// left to right in the partners chart, bottom to top in the timeline.
import type { BarShapeProps } from 'recharts';
import { TYPE_ORDER, TYPE_VARS } from '../../theme.ts';
import type { CountedRow } from './counts.ts';

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
