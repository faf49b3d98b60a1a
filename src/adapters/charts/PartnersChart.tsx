import { useId, useMemo, useState } from 'react';
import type { TypeCounts } from '../../model/aggregate.ts';
import { useI18n } from '../../i18n/react.tsx';
import { PartnerBars } from './PartnerBars.tsx';
import { PartnerHits } from './PartnerHits.tsx';
import { TypeLegend } from './TypeLegend.tsx';
import { TypeTable } from './TypeTable.tsx';
import { partnerRows, TOP_PARTNERS, type PartnerRow } from './partner-rows.ts';
import { useMeasuredWidth } from './useMeasuredWidth.ts';
import './charts.css';

export interface PartnerBar { id: string | null /* null: partner not named */; label: string /* display name, already localised */; total: number; byType: TypeCounts }
export interface PartnersChartProps {
  bars: PartnerBar[];          // all partners, sorted by total desc; may be 200+
  selected: string[];          // partner ids currently in the filter
  highlight: string | null;    // partner of the selected event
  onToggle: (id: string) => void;
  /** How many partners get a bar of their own before the rest are grouped. */
  cap?: number;
}

/** Rows of the hidden table before the rest are grouped. */
export const TABLE_ROWS = 100;

/** Contacts by partner: stacked horizontal bars; a click or Enter on a bar toggles that partner in the filter. */
export function PartnersChart({ bars, selected, highlight, onToggle, cap = TOP_PARTNERS }: PartnersChartProps) {
  const { t, plural } = useI18n();
  const titleId = useId();
  const [plotRef, width] = useMeasuredWidth<HTMLDivElement>();
  const [expanded, setExpanded] = useState(false);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const rows = useMemo(() => {
    const pinned = highlight === null ? chosen : new Set([...chosen, highlight]);
    return partnerRows(bars, pinned, expanded ? null : cap, (n) => plural('charts.partners.others', n));
  }, [bars, chosen, highlight, expanded, cap, plural]);
  // The text alternative lists up to a hundred partners, the rest in one row (as the
  // map's does): 200 partners × 8 cells were rebuilt on every filter change (docs/bench.md).
  const tableRows = useMemo(
    () => partnerRows(bars, chosen, TABLE_ROWS - 1, (n) => plural('charts.partners.others', n)),
    [bars, chosen, plural],
  );
  const isSelected = (row: PartnerRow) => row.id !== null && chosen.has(row.id);
  const isDimmed = (row: PartnerRow) => chosen.size > 0 && !isSelected(row);
  const activate = (row: PartnerRow) => {
    if (row.grouped > 0) setExpanded(true);
    else if (row.id !== null) onToggle(row.id);
  };
  const groupable = bars.length > cap + 1;
  return (
    <figure className="chart-figure partners-chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{t('charts.partners.title')}</figcaption>
      {bars.length === 0 ? <p className="chart-empty">{t('charts.empty')}</p> : <TypeLegend />}
      <div className="chart-plot" ref={plotRef}>
        {bars.length > 0 && width > 0 && (
          <>
            <PartnerBars rows={rows} width={width} isSelected={isSelected} isDimmed={isDimmed}
              highlightKey={highlight} onActivate={activate} />
            <PartnerHits rows={rows} isSelected={isSelected} expanded={expanded} onActivate={activate} />
          </>
        )}
      </div>
      {groupable && (
        <button type="button" className="chart-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('charts.partners.showTop') : t('charts.partners.showAll', { n: bars.length })}
        </button>
      )}
      {bars.length > 0 && <TypeTable caption={t('charts.partners.caption')} rowHeader={t('charts.partners.header')} rows={tableRows} />}
    </figure>
  );
}
