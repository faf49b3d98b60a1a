// The recharts drawing of the timeline: stacked bars per bucket, hatched bands
// for imprecise dates, an outline on the selected event's bucket, and a
// drag-to-select span (a click is a drag of one bucket).
import { themeVar } from '../../theme.ts';
import { useMemo, useState, type MouseEvent } from 'react';
import { Bar, BarChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/react.tsx';
import { CoarseMark } from './CoarseMark.tsx';
import { plainTick } from './axis-ticks.tsx';
import { upwardStack } from './stacked-bar.tsx';
import { TIMELINE_HEIGHT, TIMELINE_PLOT } from './geometry.ts';
import { CountsTooltip } from './CountsTooltip.tsx';
import type { CountedRow } from './counts.ts';
import { bandAtPointer } from './pointer.ts';
import { orderedRange, timelineTickInterval, type CoarseBand } from './timeline-data.ts';

import { TIMELINE_BAR_GAP } from './geometry.ts';
const MARGIN = { top: TIMELINE_PLOT.top, right: TIMELINE_PLOT.right, bottom: 0, left: 0 };

interface TimelineBarsProps {
  rows: CountedRow[];
  bands: CoarseBand[];
  width: number;
  hatchId: string;
  highlightKey: string | null;
  onRange: (from: string, to: string) => void;
}

const countTick = plainTick((value) => value, 'end');

export function TimelineBars({ rows, bands, width, hatchId, highlightKey, onRange }: TimelineBarsProps) {
  const { t, date } = useI18n();
  const [drag, setDrag] = useState<{ from: string; to: string } | null>(null);
  const band = (width - TIMELINE_PLOT.left - TIMELINE_PLOT.right) / Math.max(1, rows.length);
  const interval = timelineTickInterval(rows.map((r) => date(r.key, 'short')), width);
  const xTick = useMemo(() => plainTick((key) => date(key, 'short'), 'middle'), [date]);
  const keyAt = (event: MouseEvent<Element>) => rows[bandAtPointer(event, 'x', TIMELINE_PLOT.left, band, rows.length) ?? -1]?.key;
  // The release point ends the span: mousemove is throttled and may lag behind it.
  const finish = (event: MouseEvent<Element>) => {
    if (drag) onRange(...orderedRange(rows.map((r) => r.key), drag.from, keyAt(event) ?? drag.to));
    setDrag(null);
  };
  return (
    <BarChart
      data={rows} width={width} height={TIMELINE_HEIGHT} margin={MARGIN} barCategoryGap={`${TIMELINE_BAR_GAP * 100}%`}
      onMouseDown={(_state, event) => { const key = keyAt(event); if (key) setDrag({ from: key, to: key }); }}
      onMouseMove={(_state, event) => { const key = keyAt(event); if (drag && key && key !== drag.to) setDrag({ ...drag, to: key }); }}
      onMouseUp={(_state, event) => finish(event)}
      onMouseLeave={() => setDrag(null)}
    >
      <XAxis dataKey="key" height={TIMELINE_PLOT.bottom} tick={xTick} interval={interval} />
      <YAxis width={TIMELINE_PLOT.left} allowDecimals={false} tick={countTick} interval={0} />
      <Tooltip content={CountsTooltip} cursor={{ fill: 'rgb(0 0 0 / 0.06)' }} isAnimationActive={false} />
      {bands.map((band) => (
        <ReferenceArea key={band.coarse.key} x1={band.x1} x2={band.x2} className="timeline-coarse" ifOverflow="visible"
          shape={(box: Box) => <CoarseMark box={box} band={band} hatchId={hatchId} />} />
      ))}
      <Bar dataKey="total" name={t('charts.total')} isAnimationActive={false} shape={upwardStack} />
      {highlightKey !== null && rows.some((r) => r.key === highlightKey) && (
        <ReferenceArea x1={highlightKey} x2={highlightKey} fill="none" stroke={themeVar('ink')} strokeWidth={2} className="timeline-highlight" />
      )}
      {drag && <ReferenceArea x1={drag.from} x2={drag.to} fill={themeVar('ink')} fillOpacity={0.15} />}
    </BarChart>
  );
}

interface Box { x: number; y: number; width: number; height: number }
