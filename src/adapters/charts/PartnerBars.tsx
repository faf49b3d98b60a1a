// The recharts drawing of the partners chart: horizontal stacked bars, one
// row per partner, each row exactly ROW_HEIGHT tall so PartnerHits can lay a
// focusable control over each one.
import { Bar, BarChart, ReferenceArea, Tooltip, XAxis, YAxis, type BarShapeProps, type YAxisTickContentProps } from 'recharts';
import { useI18n } from '../../i18n/react.tsx';
import { TYPE_COLORS, TYPE_ORDER } from '../../theme.ts';
import { CountsTooltip } from './CountsTooltip.tsx';
import { truncateLabel } from './counts.ts';
import type { PartnerRow } from './partner-rows.ts';

export const ROW_HEIGHT = 28;
export const PLOT_TOP = 4;
const X_AXIS_HEIGHT = 24;
const MARGIN = { top: PLOT_TOP, right: 16, bottom: 0, left: 4 };

export function partnersChartHeight(rows: number): number {
  return PLOT_TOP + rows * ROW_HEIGHT + X_AXIS_HEIGHT;
}

interface PartnerBarsProps {
  rows: PartnerRow[];
  width: number;
  isSelected: (row: PartnerRow) => boolean;
  isDimmed: (row: PartnerRow) => boolean;
  highlightKey: string | null;
  onActivate: (row: PartnerRow) => void;
}

export function PartnerBars({ rows, width, isSelected, isDimmed, highlightKey, onActivate }: PartnerBarsProps) {
  const { t } = useI18n();
  const axisWidth = Math.round(Math.min(180, Math.max(90, width * 0.35)));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  // Unselected rows fade only while a selection exists, so the chosen ones stand out.
  const shape = (props: BarShapeProps) => {
    const row = props.payload as PartnerRow;
    return <rect x={props.x} y={props.y} width={props.width} height={props.height} fill={props.fill} fillOpacity={isDimmed(row) ? 0.3 : 1} />;
  };
  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const row = byKey.get(String(payload.value));
    if (!row) return null;
    const chosen = isSelected(row);
    return (
      <text x={Number(x) - 4} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12} fontWeight={chosen ? 700 : 400} fill="#222">
        <title>{row.label}</title>
        {truncateLabel(row.label, axisWidth - 8)}
      </text>
    );
  };
  return (
    <BarChart
      layout="vertical" data={rows} width={width} height={partnersChartHeight(rows.length)} margin={MARGIN}
      barCategoryGap={5}
      onClick={(state) => { const row = rows[Number(state.activeTooltipIndex)]; if (row) onActivate(row); }}
    >
      <XAxis type="number" allowDecimals={false} height={X_AXIS_HEIGHT} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="key" width={axisWidth} interval={0} tick={tick} tickLine={false} />
      <Tooltip content={CountsTooltip} cursor={{ fill: 'rgb(0 0 0 / 0.05)' }} isAnimationActive={false} />
      {TYPE_ORDER.map((type) => (
        <Bar
          key={type} stackId="partners" name={t(`type.${type}`)} fill={TYPE_COLORS[type]} isAnimationActive={false}
          dataKey={(row: PartnerRow) => row.byType[type]} shape={shape}
        />
      ))}
      {highlightKey !== null && byKey.has(highlightKey) && (
        <ReferenceArea y1={highlightKey} y2={highlightKey} fill="none" stroke="#1b1b1b" strokeWidth={2} className="partners-highlight" />
      )}
    </BarChart>
  );
}
