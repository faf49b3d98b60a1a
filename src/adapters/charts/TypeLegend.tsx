import { useI18n } from '../../i18n/react.tsx';
import { TYPE_ORDER, themeVar } from '../../theme.ts';

interface TypeLegendProps {
  /** Id of the hatch pattern, when the chart draws imprecise dates. */
  hatchId?: string;
}

// An HTML legend rather than recharts' <Legend>: it wraps on narrow screens
// without eating into the plot's fixed height, and can explain the hatching.
export function TypeLegend({ hatchId }: TypeLegendProps) {
  const { t } = useI18n();
  return (
    <ul className="chart-legend" aria-label={t('charts.legend')}>
      {TYPE_ORDER.map((type) => (
        <li key={type}>
          <span className={`chart-swatch type-${type}`} aria-hidden="true" />
          {t(`type.${type}`)}
        </li>
      ))}
      {hatchId && (
        <li className="chart-legend-coarse">
          <svg className="chart-swatch" width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" fill={`url(#${hatchId})`} stroke={themeVar('coarse')} />
          </svg>
          {t('charts.coarse.legend')}
        </li>
      )}
    </ul>
  );
}
