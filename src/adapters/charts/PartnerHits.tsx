// One button per partner bar, laid exactly over its row: the keyboard and
// screen-reader way to toggle a partner (recharts bars are not focusable).
// Mouse clicks pass through to the chart, which does the same thing.
import { useI18n } from '../../i18n/react.tsx';
import { PLOT_TOP, ROW_HEIGHT } from './geometry.ts';
import type { PartnerRow } from './partner-rows.ts';

interface PartnerHitsProps {
  rows: PartnerRow[];
  isSelected: (row: PartnerRow) => boolean;
  expanded: boolean;
  onActivate: (row: PartnerRow) => void;
}

export function PartnerHits({ rows, isSelected, expanded, onActivate }: PartnerHitsProps) {
  const { t, plural } = useI18n();
  return (
    <div className="chart-hits" role="group" aria-label={t('charts.partners.controls')}>
      {rows.map((row, i) => {
        // The unnamed partner cannot go in the URL's country list: nothing to toggle.
        if (row.id === null && row.grouped === 0) return null;
        const style = { top: PLOT_TOP + i * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT };
        const name = `${row.label}, ${plural('count.contacts', row.total)}`;
        if (row.grouped > 0) {
          return (
            <button key={row.key} type="button" className="chart-hit" style={style} data-others={row.grouped}
              aria-expanded={expanded} aria-label={name} onClick={() => onActivate(row)}>{name}</button>
          );
        }
        return (
          <button key={row.key} type="button" className="chart-hit" style={style} data-partner={row.id ?? ''}
            aria-pressed={isSelected(row)} aria-label={name} onClick={() => onActivate(row)}>{name}</button>
        );
      })}
    </div>
  );
}
