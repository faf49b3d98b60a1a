// The recharts drawing of the partners chart: horizontal stacked bars, one
// row per partner, each row exactly ROW_HEIGHT tall so PartnerHits can lay a
// focusable control over each one.
import { themeVar } from '../../theme.ts';
import { Bar, BarChart, LabelList, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/react.tsx';
import { BarTotal } from './BarTotal.tsx';
import { CountsTooltip } from './CountsTooltip.tsx';
import { bandAtPointer } from './pointer.ts';
import { partnerTick, plainTick } from './axis-ticks.tsx';
import { stackedShape } from './stacked-bar.tsx';
import { PARTNER_X_AXIS_HEIGHT, PLOT_TOP, ROW_HEIGHT, partnersChartHeight } from './geometry.ts';
import type { PartnerRow } from './partner-rows.ts';

import { PARTNERS_BAR_GAP, PARTNERS_MARGIN as MARGIN, partnersAxisWidth } from './geometry.ts';

const COUNT_TICK = plainTick((value) => value, 'middle');

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
  const axisWidth = partnersAxisWidth(width);
  // The scale follows the partners' own bars: the "others" bar, which can sum
  // hundreds of partners, is cut at the edge (its total is written on it)
  // rather than squashing every real partner into a sliver.
  const scaleMax = Math.max(1, ...rows.filter((row) => row.grouped === 0).map((row) => row.total));
  const shape = stackedShape('right', (row) => isDimmed(row as PartnerRow));
  const tick = partnerTick(rows, isSelected, axisWidth - 8);
  return (
    <BarChart
      layout="vertical" data={rows} width={width} height={partnersChartHeight(rows.length)} margin={MARGIN}
      barCategoryGap={PARTNERS_BAR_GAP}
      onClick={(_state, event) => {
        const row = rows[bandAtPointer(event, 'y', PLOT_TOP, ROW_HEIGHT, rows.length) ?? -1];
        if (row) onActivate(row);
      }}
    >
      <XAxis type="number" allowDecimals={false} domain={[0, scaleMax]} allowDataOverflow height={PARTNER_X_AXIS_HEIGHT} tick={COUNT_TICK} interval={0} />
      <YAxis type="category" dataKey="key" width={axisWidth} interval={0} tick={tick} tickLine={false} />
      <Tooltip content={CountsTooltip} cursor={{ fill: 'rgb(0 0 0 / 0.05)' }} isAnimationActive={false} />
      <Bar dataKey="total" name={t('charts.total')} isAnimationActive={false} shape={shape}>
        <LabelList content={(props) => <BarTotal {...props} rows={rows} plotRight={width - MARGIN.right} />} />
      </Bar>
      {highlightKey !== null && rows.some((row) => row.key === highlightKey) && (
        <ReferenceArea y1={highlightKey} y2={highlightKey} fill="none" stroke={themeVar('ink')} strokeWidth={2} className="partners-highlight" />
      )}
    </BarChart>
  );
}
