// The map of contacts: bundled country shapes, one marker per place, trips as
// routes. It draws ready data from the app and never filters or aggregates.
import 'leaflet/dist/leaflet.css';
import './map.css';
import { useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import { useI18n } from '../../i18n/react.tsx';
import { countryShapesNow, loadCountryShapes, type CountryFeature } from './basemap.ts';
import { CountryShapes, HATCH_ID } from './CountryShapes.tsx';
import { MAP_HEIGHT, MAP_START, MAP_ZOOM } from './fit.ts';
import { Attribution, FitToPlaces, MapPanes, TrackContainerSize } from './MapEffects.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapTextAlternative } from './MapTextAlternative.tsx';
import { PlaceMarkers } from './PlaceMarkers.tsx';
import { RouteLines } from './RouteLines.tsx';
import { themeVar } from '../../theme.ts';
import { motionOptions } from './reduced-motion.ts';
import { ReducedMotion } from './ReducedMotion.tsx';
import { HatchPattern } from '../hatch-pattern.tsx';
import { shadeClasses } from './scales.ts';
import type { MapPlace, MapRoute } from './types.ts';

export type { MapItem, MapPlace, MapRoute } from './types.ts';
export { shapesSettled } from './basemap.ts';

export interface ContactsMapProps {
  places: MapPlace[];
  routes: MapRoute[];
  shading: Record<string, number>;
  focus: string | null;
  selectedEventId: string | null;
  onSelectEvent: (id: string) => void;
  height?: number;
  /** Zoom with the mouse wheel; off by default so an embedded map does not trap page scrolling. */
  scrollWheelZoom?: boolean;
  /** Where the country shapes come from (tests pass their own). */
  loadCountries?: () => Promise<CountryFeature[]>;
}

export function ContactsMap(props: ContactsMapProps) {
  const { places, routes, shading, focus, selectedEventId, onSelectEvent, height = MAP_HEIGHT } = props;
  const { t } = useI18n();
  const maxShade = useMemo(() => Object.values(shading).reduce((m, n) => Math.max(m, n), 0), [shading]);
  const classes = useMemo(() => shadeClasses(maxShade), [maxShade]);
  return (
    <div className="contacts-map" role="group" aria-label={t('map.region')}>
      {/* The focus country's fill: a pattern reads as "marked", not as a count. */}
      <HatchPattern id={HATCH_ID} line={themeVar('hatch')} background={themeVar('hatchBg')} lineWidth={2} />
      <MapContainer center={MAP_START.center} zoom={MAP_START.zoom} minZoom={MAP_ZOOM.minZoom} zoomSnap={MAP_ZOOM.zoomSnap} worldCopyJump={false}
        scrollWheelZoom={props.scrollWheelZoom ?? false} style={{ height, background: themeVar('sea') }} {...motionOptions()}>
        <MapPanes />
        <ReducedMotion />
        <CountryShapes load={props.loadCountries ?? loadCountryShapes} initial={props.loadCountries ? null : countryShapesNow()} shading={shading} classes={classes} focus={focus} />
        <RouteLines routes={routes} />
        <PlaceMarkers places={places} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} />
        <FitToPlaces places={places} routes={routes} />
        <TrackContainerSize />
        <Attribution text={t('map.attribution')} />
      </MapContainer>
      {/* Seen, not read: the text alternative below already says it to screen readers. */}
      {places.length === 0 && <p className="contacts-map-empty" aria-hidden="true">{t('map.empty')}</p>}
      <MapLegend classes={classes} focus={focus} hasRoutes={routes.length > 0} />
      <MapTextAlternative places={places} routes={routes} />
    </div>
  );
}
