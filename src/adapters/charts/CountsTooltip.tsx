import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../i18n/react.tsx';
import { TYPE_ORDER } from '../../theme.ts';
import type { CountedRow } from './counts.ts';

/** Tooltip body: the row's label, then the exact count of each type present, then the total. */
export function CountsTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const { t, number } = useI18n();
  // Every bar of a stack carries the same row as its payload.
  const row = payload?.[0]?.payload as CountedRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      <table>
        <tbody>
          {TYPE_ORDER.filter((type) => row.byType[type] > 0).map((type) => (
            <tr key={type}>
              <td><span className={`chart-swatch type-${type}`} aria-hidden="true" />{t(`type.${type}`)}</td>
              <td className="chart-num">{number(row.byType[type])}</td>
            </tr>
          ))}
          <tr className="chart-total">
            <td>{t('charts.total')}</td>
            <td className="chart-num">{number(row.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
