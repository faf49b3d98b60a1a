import { useId, useMemo } from 'react';
import type { PeriodSeries } from '../../model/aggregate.ts';
import { useI18n } from '../../i18n/react.tsx';
import { useCoarseLabel } from './CoarseMark.tsx';
import { HatchPattern } from '../hatch-pattern.tsx';
import { themeVar } from '../../theme.ts';
import { TimelineBars } from './TimelineBars.tsx';
import { TimelineHits } from './TimelineHits.tsx';
import { TypeLegend } from './TypeLegend.tsx';
import { TypeTable } from './TypeTable.tsx';
import { coarseBands, hasCounts, timelineRows } from './timeline-data.ts';
import { useMeasuredWidth } from './useMeasuredWidth.ts';
import './charts.css';

export interface TimelineChartProps {
  series: PeriodSeries;        // from src/model/aggregate.ts: { unit: 'day'|'month'|'year'; buckets: PeriodCount[]; coarse: CoarseCount[] }
  highlightKey: string | null; // bucket key of the selected event
  onRange: (from: string, to: string) => void; // partial dates, e.g. '2025-06' .. '2025-07' or '2025-06-22'..'2025-06-27'
}

/** Contacts over time: stacked bars per day, month or year; imprecise dates as hatched bands. */
export function TimelineChart({ series, highlightKey, onRange }: TimelineChartProps) {
  const { t, date } = useI18n();
  const titleId = useId();
  // useId's characters are not all valid in url(#…) references.
  const hatchId = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const coarseLabel = useCoarseLabel();
  const [plotRef, width] = useMeasuredWidth<HTMLDivElement>();
  const rows = useMemo(() => timelineRows(series.buckets, (key) => date(key)), [series.buckets, date]);
  const bands = useMemo(() => coarseBands(series.buckets, series.coarse), [series.buckets, series.coarse]);
  const drawn = hasCounts(series.buckets, series.coarse) && rows.length > 0;
  const coarseRows = series.coarse.map((c) => ({ ...c, label: coarseLabel(c.key, c.total) }));
  return (
    <figure className="chart-figure timeline-chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{t('charts.timeline.title')}</figcaption>
      {!drawn && <p className="chart-empty">{t('charts.empty')}</p>}
      {drawn && <HatchPattern id={hatchId} line={themeVar('coarse')} background={themeVar('coarse')} backgroundOpacity={0.12} lineWidth={1} />}
      {drawn && <TypeLegend hatchId={series.coarse.length > 0 ? hatchId : undefined} />}
      {drawn && <p className="chart-hint">{t('charts.timeline.hint')}</p>}
      <div className="chart-plot" ref={plotRef}>
        {drawn && width > 0 && (
          <>
            <TimelineBars rows={rows} bands={bands} width={width} hatchId={hatchId} highlightKey={highlightKey} onRange={onRange} />
            <TimelineHits rows={rows} width={width} onRange={onRange} />
          </>
        )}
      </div>
      {drawn && coarseRows.length > 0 && (
        <ul className="timeline-coarse-list" aria-label={t('charts.coarse.list')}>
          {coarseRows.map((c) => (
            <li key={c.key}><button type="button" data-coarse={c.key} onClick={() => onRange(c.key, c.key)}>{c.label}</button></li>
          ))}
        </ul>
      )}
      {drawn && (
        <TypeTable caption={t(`charts.timeline.caption.${series.unit}`)} rowHeader={t('charts.timeline.header')} rows={[...rows, ...coarseRows]} />
      )}
    </figure>
  );
}
