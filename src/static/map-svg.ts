// The map poster as SVG (issue 19): the basemap with partner shading, the focus
// country hatched, routes with arrows, markers and labels, projected as
// Leaflet's EPSG3857 will draw them at the same size (web-mercator.ts).
import type { Position } from 'geojson';
import type { CountryFeature } from '../adapters/map/country-features.ts';
import { FIT, MAP_START, MAP_ZOOM, placesBounds } from '../adapters/map/fit.ts';
import { routeArrows } from '../adapters/map/routeArrows.ts';
import { simplifyPixels } from '../adapters/map/simplify.ts';
import { markerRadius, maxRadiusFor, SHADE_COLORS, shadeClasses, shadeColor } from '../adapters/map/scales.ts';
import type { MapPlace, MapRoute } from '../adapters/map/types.ts';
import { containerPoint, fitView, pixelOrigin, type MapView, type Pixel } from '../adapters/map/web-mercator.ts';
import type { I18n } from '../i18n/react.tsx';
import { el, esc, leaf } from './html.ts';
import type { Palette } from './palette.ts';
import { placeMarks } from './map-marks.ts';

export interface MapInput { places: MapPlace[]; routes: MapRoute[]; shading: Record<string, number>; focus: string | null }

/** Where the live map will open for these places at this size: Leaflet's fitBounds, or its start view. */
function posterView(m: Pick<MapInput, 'places' | 'routes'>, size: readonly [number, number]): MapView {
  const bounds = placesBounds(m.places, m.routes);
  if (!bounds) return { center: MAP_START.center, zoom: MAP_START.zoom };
  return fitView(bounds, { size, paddingTopLeft: FIT.paddingTopLeft, paddingBottomRight: FIT.paddingBottomRight, maxZoom: FIT.maxZoom, ...MAP_ZOOM });
}

/**
 * One number of a relative path, with the separator only where one is needed: SVG lets a
 * lineto's arguments repeat without the command and a minus sign stand for the space, which
 * makes the poster's country shapes ~1 KiB gz smaller on the first screen (size budget).
 */
const joined = (n: number, afterNumber: boolean) => (n < 0 || !afterNumber ? `${n}` : ` ${n}`);

function ringPath(ring: readonly Position[], at: (lat: number, lon: number) => Pixel): { d: string; x0: number; x1: number; y0: number; y1: number } {
  const projected = ring.map(([lon = 0, lat = 0]) => at(lat, lon));
  // Leaflet drops a polygon's closing point, then simplifies what it projected (smoothFactor).
  const last = projected[projected.length - 1], first = projected[0];
  if (projected.length > 1 && last && first && last.x === first.x && last.y === first.y) projected.pop();
  let d = '';
  let px = NaN, py = NaN, lines = false;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const p of simplifyPixels(projected)) {
    if (p.x === px && p.y === py) continue; // Leaflet rounds to whole pixels too: repeated points draw nothing
    d += d === '' ? `M${p.x} ${p.y}` : `${lines ? '' : 'l'}${joined(p.x - px, lines)}${joined(p.y - py, true)}`;
    if (!Number.isNaN(px)) lines = true; // the 'l' is written: later steps repeat its arguments
    px = p.x; py = p.y;
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
  }
  return { d: `${d}z`, x0, x1, y0, y1 };
}

function countryPaths(countries: readonly CountryFeature[], m: MapInput, at: (lat: number, lon: number) => Pixel, box: { w: number; h: number }, p: Palette): string {
  const classes = shadeClasses(Object.values(m.shading).reduce((a, b) => Math.max(a, b), 0));
  let out = '';
  for (const f of countries) {
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let d = '';
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const r = ringPath(ring, at);
        // Drawn only when near the view: above and below it too, where a narrower screen shows more (static.css).
        if (r.x1 < -box.w * 0.1 || r.x0 > box.w * 1.1 || r.y1 < -box.h || r.y0 > box.h * 2 || (r.x1 - r.x0 < 1 && r.y1 - r.y0 < 1)) continue;
        d += r.d;
      }
    }
    if (d === '') continue;
    const iso = f.properties.iso;
    const focus = iso !== null && iso === m.focus;
    const shade = iso === null || focus ? null : shadeColor(m.shading[iso] ?? 0, classes);
    const level = shade === null ? -1 : SHADE_COLORS.indexOf(shade);
    // Land, its border and the fill rule are the group's; a path says only how it differs.
    out += leaf('path', {
      d, 'data-iso': iso ?? undefined,
      class: focus ? 'static-country static-focus' : level >= 0 ? `static-country static-shade-${level}` : 'static-country',
      fill: focus ? 'url(#static-map-hatch)' : level >= 0 ? p.shades[level] : undefined,
      stroke: focus ? p.hatch : undefined, 'stroke-width': focus ? 1.6 : undefined,
    });
  }
  return out === '' ? '' : el('g', { 'fill-rule': 'evenodd', fill: p.land, stroke: p.border, 'stroke-width': 0.6 }, out);
}

function routesSvg(routes: readonly MapRoute[], at: (lat: number, lon: number) => Pixel, p: Palette): string {
  let out = '';
  for (const r of routes) {
    const pts = r.points.map(([lat, lon]) => at(lat, lon)).map((q) => `${q.x},${q.y}`).join(' ');
    out += el('polyline', { points: pts, fill: 'none', stroke: p.route, 'stroke-width': 2, 'stroke-opacity': 0.55, class: 'static-route', 'stroke-linejoin': 'round' }, el('title', {}, esc(r.label)));
  }
  for (const a of routeArrows(routes)) {
    const c = at(a.at[0], a.at[1]);
    // The live arrow: a 9×10 triangle pointing east, rotated about its middle.
    out += leaf('path', { d: 'M-4 -5L5 0L-4 5z', fill: p.route, opacity: 0.75, class: 'static-route-arrow', transform: `translate(${c.x} ${c.y}) rotate(${a.angle.toFixed(1)} 0.5 0)` });
  }
  return out;
}

export interface MapSvgOptions {
  width: number; height: number; countries: readonly CountryFeature[] | null; palette: Palette; i18n: I18n;
  /** Draw the basemap's credit in the corner, for an image (a page shows it in HTML, where Leaflet's will be). */
  credit?: boolean;
  /**
   * How much a phone shrinks this drawing (its width there over `width`), when
   * too much: the markers and labels are drawn a second time, that much larger,
   * for the stylesheet to show on a phone (static.css), so they keep their size.
   */
  phoneScale?: number;
}

/** The poster; its data-* attributes tell the live map where to open (src/adapters/map/poster-view.ts). */
export function mapSvg(m: MapInput, o: MapSvgOptions): string {
  const size = [o.width, o.height] as const;
  const view = posterView(m, size);
  const origin = pixelOrigin(view, size);
  const at = (lat: number, lon: number) => containerPoint([lat, lon], view, origin);
  const maxTotal = m.places.reduce((a, q) => Math.max(a, q.total), 0);
  const radius = (q: MapPlace) => markerRadius(q.total, maxTotal, maxRadiusFor(o.width));
  const points = new Map(m.places.map((q) => [q.id, at(q.lat, q.lon)]));
  const marks = o.phoneScale === undefined ? placeMarks(m, points, radius, o, 1)
    : el('g', { class: 'static-marks-wide' }, placeMarks(m, points, radius, o, 1)) + el('g', { class: 'static-marks-phone' }, placeMarks(m, points, radius, o, 1 / o.phoneScale));
  const hatch = el('pattern', { id: 'static-map-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    leaf('rect', { width: 6, height: 6, fill: o.palette.hatchBg }), leaf('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: o.palette.hatch, 'stroke-width': 2 }));
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', class: 'static-map-svg', viewBox: `0 0 ${o.width} ${o.height}`, width: o.width, height: o.height,
    role: 'img', 'aria-label': o.i18n.t('map.region'), 'data-center': `${view.center[0].toFixed(6)},${view.center[1].toFixed(6)}`, 'data-zoom': view.zoom, 'data-width': o.width,
  },
  el('defs', {}, hatch),
  leaf('rect', { x: -o.width, y: -o.height, width: o.width * 3, height: o.height * 3, fill: o.palette.sea, class: 'static-sea' }),
  o.countries ? countryPaths(o.countries, m, at, { w: o.width, h: o.height }, o.palette) : '',
  routesSvg(m.routes, at, o.palette), marks,
  m.places.length === 0 ? el('text', { x: o.width / 2, y: 28, 'text-anchor': 'middle', 'font-size': 14, 'font-style': 'italic', fill: o.palette.muted }, esc(o.i18n.t('map.empty'))) : '',
  o.credit ? el('text', { x: o.width - 4, y: o.height - 5, 'text-anchor': 'end', 'font-size': 11, fill: o.palette.ink, stroke: o.palette.labelHalo, 'stroke-width': 3,
    'stroke-linejoin': 'round', 'paint-order': 'stroke', class: 'image-map-credit' }, esc(o.i18n.t('map.attribution'))) : '');
}
