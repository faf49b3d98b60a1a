import { themeVar } from '../../theme.ts';
import type { LabelProps } from 'recharts';
import { useI18n } from '../../i18n/react.tsx';
import type { PartnerRow } from './partner-rows.ts';

interface BarTotalProps extends Pick<LabelProps, 'x' | 'y' | 'width' | 'height' | 'index'> {
  rows: PartnerRow[];
  plotRight: number;
}

/**
 * The total at the end of a partner's stacked bar. The "others" bar runs past
 * the scale: it is cut at the plot's edge with a white break, and its total
 * sits on a pill inside the bar so a reader sees the number, not a false length.
 */
export function BarTotal({ x, y, width, height, index, rows, plotRight }: BarTotalProps) {
  const { number } = useI18n();
  const row = rows[Number(index)];
  if (!row) return null;
  const end = Number(x) + Number(width);
  const middle = Number(y) + Number(height) / 2;
  const text = number(row.total);
  if (row.grouped === 0) {
    return <text x={end + 4} y={middle} dy="0.35em" fontSize={11} fill={themeVar('ink')}>{text}</text>;
  }
  const pill = 8 + text.length * 7;
  const right = Math.min(end, plotRight);
  return (
    <g aria-hidden="true">
      <path d={`M${right - pill - 14},${Number(y) + Number(height)} l6,${-Number(height)} M${right - pill - 8},${Number(y) + Number(height)} l6,${-Number(height)}`} stroke={themeVar('bg')} strokeWidth={3} />
      <rect x={right - pill - 2} y={middle - 8} width={pill} height={16} rx={8} fill={themeVar('bg')} />
      <text x={right - 2 - pill / 2} y={middle} dy="0.35em" textAnchor="middle" fontSize={11} fontWeight={700} fill={themeVar('ink')}>{text}</text>
    </g>
  );
}
