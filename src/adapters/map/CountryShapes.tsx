// Partner countries shaded by their number of contacts; the focus country hatched.
import type { Feature } from 'geojson';
import { svg, type GeoJSON as GeoJSONLayer, type Layer, type Path, type PathOptions } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import { themeVar } from '../../theme.ts';
import type { CountryFeature, CountryProps } from './basemap.ts';
import { posterShapes } from './poster-view.ts';
import { BORDER_COLOR, LAND_COLOR, shadeColor, type ShadeClass } from './scales.ts';

export const HATCH_ID = 'contacts-map-hatch';

export interface CountryShapesProps {
  load: () => Promise<CountryFeature[]>;
  /** Shapes already at hand, drawn in the first frame instead of after a round trip. */
  initial?: CountryFeature[] | null;
  shading: Record<string, number>;
  classes: readonly ShadeClass[];
  focus: string | null;
}

/** Reader-made moves only: the map's own first fit happens within this time of mounting. */
const SETTLE_MS = 1000;

function useCountryFeatures(load: () => Promise<CountryFeature[]>, initial: CountryFeature[] | null): CountryFeature[] | null {
  const [features, setFeatures] = useState<CountryFeature[] | null>(initial);
  const map = useMap();
  useEffect(function loadShapesOnce() {
    if (features && features !== posterShapes()) return;
    let live = true;
    // Without shapes the map still shows its sea colour, markers and routes.
    const loadAll = () => void load().then((f) => live && setFeatures(f), () => undefined);
    if (!features) {
      loadAll();
      return function ignoreLateShapes() { live = false; };
    }
    // The poster's shapes cover the first view (issue 19); the whole basemap comes once the map moves.
    const onMove = () => { map.off('movestart', onMove); loadAll(); };
    const timer = setTimeout(() => map.on('movestart', onMove), SETTLE_MS);
    return function stopWaitingForMove() { live = false; clearTimeout(timer); map.off('movestart', onMove); };
  }, [load, features, map]);
  return features;
}

function styleFor(iso: string | null, props: Pick<CountryShapesProps, 'shading' | 'classes' | 'focus'>): PathOptions {
  const base: PathOptions = { color: BORDER_COLOR, weight: 0.6, fillColor: LAND_COLOR, fillOpacity: 1 };
  if (iso !== null && iso === props.focus) {
    return { ...base, color: themeVar('hatch'), weight: 1.6, fillColor: `url(#${HATCH_ID})` };
  }
  const fill = iso === null ? null : shadeColor(props.shading[iso] ?? 0, props.classes);
  return fill === null ? base : { ...base, fillColor: fill };
}

const isoOf = (feature: Feature | undefined): string | null => (feature?.properties as CountryProps | undefined)?.iso ?? null;

/** Tags each path with its country so browser tests and CSS can find it. */
function tagCountry(feature: Feature, layer: Layer): void {
  const { iso } = (feature.properties ?? {}) as Partial<CountryProps>;
  if (!iso) return;
  layer.on('add', () => (layer as Path).getElement()?.setAttribute('data-iso', iso));
}

export function CountryShapes({ load, initial = null, shading, classes, focus }: CountryShapesProps) {
  const features = useCountryFeatures(load, initial);
  // An explicit SVG renderer in its own low pane keeps shapes under routes and
  // markers even though they arrive last, and keeps one <path> per country.
  const renderer = useMemo(() => svg({ pane: 'countries', padding: 0.5 }), []);
  const collection = useMemo(() => (features ? { type: 'FeatureCollection' as const, features } : null), [features]);
  const group = useRef<GeoJSONLayer>(null);
  const current = useRef({ shading, classes, focus });
  // One function for the layer's life, which paths made later (the whole basemap) read the current shading from:
  // a new one would make react-leaflet restyle every path, 177 paths × 9 attributes on each filter change.
  const style = useMemo(() => (feature?: Feature) => styleFor(isoOf(feature), current.current), []);
  useEffect(function restyleCountriesWhoseShadeChanged() {
    current.current = { shading, classes, focus };
    group.current?.eachLayer((layer) => {
      const path = layer as Path & { feature?: Feature };
      const next = styleFor(isoOf(path.feature), current.current);
      const was = path.options;
      if (was.fillColor !== next.fillColor || was.color !== next.color || was.weight !== next.weight) path.setStyle(next);
    });
  }, [shading, classes, focus]);
  if (!collection) return null;
  // GeoJSON passes its options to the paths it makes, renderer included, though its type omits it.
  const pathOptions: Pick<PathOptions, 'renderer'> = { renderer };
  // Keyed: react-leaflet's GeoJSON never re-reads `data`, and the poster's shapes give way to the whole basemap.
  return <GeoJSON ref={group} key={features === posterShapes() ? 'poster' : 'basemap'} data={collection} style={style} {...pathOptions} pane="countries" interactive={false} onEachFeature={tagCountry} />;
}
