// Where the static map poster was drawn (issue 19), handed to the live map so
// it opens exactly there: the poster is Leaflet's fit at its drawn width, and a
// narrower screen shows it scaled down, i.e. at a fractional zoom further out.
import type { CountryFeature } from './country-features.ts';
import { pixelOrigin, unproject } from './web-mercator.ts';

export interface PosterView { center: [number, number]; zoom: number; width: number }

let poster: PosterView | null = null;

export function setPosterView(view: PosterView | null): void {
  poster = view;
}

/** The view for a map this wide, once: later fits are the map's own. */
export function takePosterView(width: number): { center: [number, number]; zoom: number } | null {
  const view = poster;
  poster = null;
  if (!view || !(width > 0)) return null;
  return { center: view.center, zoom: view.zoom + Math.log2(Math.min(1, width / view.width)) };
}

/** Reads the poster's data-center, data-zoom and data-width attributes. */
export function readPosterView(svg: Element | null): PosterView | null {
  const center = svg?.getAttribute('data-center')?.split(',').map(Number);
  const zoom = Number(svg?.getAttribute('data-zoom'));
  const width = Number(svg?.getAttribute('data-width'));
  if (!center || center.length !== 2 || !center.every(Number.isFinite) || !Number.isFinite(zoom) || !(width > 0)) return null;
  return { center: [center[0] as number, center[1] as number], zoom, width };
}

/**
 * The poster's country shapes, back in degrees, for the live map's first frame
 * (issue 19): the basemap comes down once, inside the page, instead of a
 * second time for Leaflet. Whole pixels at the poster's zoom, which is the
 * live map's first zoom (or a wider one); the full basemap is fetched when the
 * reader first moves the map (CountryShapes).
 */
export function readPosterShapes(svg: Element | null, view: PosterView | null, height: number): CountryFeature[] | null {
  if (!svg || !view) return null;
  const origin = pixelOrigin(view, [view.width, height]);
  const features: CountryFeature[] = [];
  for (const path of Array.from(svg.querySelectorAll('path.static-country'))) {
    const rings = parseRings(path.getAttribute('d') ?? '').map((ring) => ring.map(([x, y]) => {
      const [lat, lon] = unproject({ x: x + origin.x, y: y + origin.y }, view.zoom);
      return [lon, lat];
    }));
    const iso = path.getAttribute('data-iso');
    if (rings.length > 0) features.push({ type: 'Feature', properties: { iso, name: iso ?? '' }, geometry: { type: 'Polygon', coordinates: rings } });
  }
  return features.length > 0 ? features : null;
}

/** "M x y l dx dy … z" (map-svg.ts writes only these) as rings of absolute points. */
function parseRings(d: string): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  let ring: Array<[number, number]> = [];
  let x = 0, y = 0;
  const tokens = d.match(/[MlLz]|-?\d+(?:\.\d+)?/g) ?? [];
  let command = 'M';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === 'z') { if (ring.length > 2) rings.push([...ring, ring[0] as [number, number]]); ring = []; continue; }
    if (token === 'M' || token === 'l' || token === 'L') { command = token; continue; }
    const a = Number(token), b = Number(tokens[++i]);
    if (command === 'l') { x += a; y += b; } else { x = a; y = b; }
    if (command === 'M') command = 'l';
    ring.push([x, y]);
  }
  return rings;
}

let shapes: CountryFeature[] | null = null;
export const setPosterShapes = (features: CountryFeature[] | null) => void (shapes = features);
/** The poster's shapes, when the page had a poster for this view. */
export const posterShapes = (): CountryFeature[] | null => shapes;
