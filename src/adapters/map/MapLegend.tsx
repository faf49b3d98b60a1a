// The key to the map's encodings, in HTML under the map so it never covers a place.
import { useI18n } from '../../i18n/react.tsx';
import { TYPE_ORDER } from '../../theme.ts';
import type { ShadeClass } from './scales.ts';

export interface MapLegendProps { classes: readonly ShadeClass[]; focus: string | null; hasRoutes: boolean }

export function MapLegend({ classes, focus, hasRoutes }: MapLegendProps) {
  const { t, number, region } = useI18n();
  const range = (c: ShadeClass) => (c.from === c.to ? number(c.from) : t('map.range', { from: c.from, to: c.to }));
  return (
    <div className="contacts-map-legend" role="group" aria-label={t('map.legend.title')}>
      {classes.length > 0 && (
        <div className="contacts-map-legend__row">
          <span>{t('map.legend.partners')}</span>
          <ul className="contacts-map-legend__scale">
            {classes.map((c) => (
              <li key={c.from}><span className="contacts-map-legend__swatch" style={{ background: c.color }} />{range(c)}</li>
            ))}
          </ul>
        </div>
      )}
      {focus && (
        <div className="contacts-map-legend__row">
          <span className="contacts-map-legend__swatch contacts-map-legend__swatch--focus" />
          {t('map.legend.focus', { country: region(focus) })}
        </div>
      )}
      <div className="contacts-map-legend__row">
        <span className="contacts-map-legend__dot" aria-hidden="true" />
        <span>{t('map.legend.places')}</span>
        <ul className="contacts-map-legend__scale">
          {TYPE_ORDER.map((type) => (
            <li key={type}><span className={`contacts-map-legend__swatch type-${type}`} />{t(`type.${type}`)}</li>
          ))}
        </ul>
      </div>
      {hasRoutes && (
        <div className="contacts-map-legend__row">
          <span className="contacts-map-legend__route" aria-hidden="true" />
          {t('map.legend.route')}
        </div>
      )}
    </div>
  );
}
