// Leaflet's L.CRS.EPSG3857 as plain arithmetic (issue 19): the static map
// poster is projected at build time exactly as Leaflet will draw the live map,
// so the live map can open where the poster was. Checked against Leaflet itself
// in web-mercator.test.ts.
export type LatLon = readonly [number, number];
export interface Pixel { x: number; y: number }

const R = 6378137;
const MAX_LAT = 85.0511287798;
const D = Math.PI / 180;
const SCALE = 0.5 / (Math.PI * R);

/** Pixels per world at a zoom: 256 · 2^zoom (CRS.scale). */
const worldSize = (zoom: number) => 256 * 2 ** zoom;

/** SphericalMercator.project, then the EPSG3857 transformation, at a zoom. */
export function project([lat, lon]: LatLon, zoom: number): Pixel {
  const clamped = Math.max(Math.min(MAX_LAT, lat), -MAX_LAT);
  const sin = Math.sin(clamped * D);
  const x = R * lon * D;
  const y = (R * Math.log((1 + sin) / (1 - sin))) / 2;
  const s = worldSize(zoom);
  return { x: s * (SCALE * x + 0.5), y: s * (-SCALE * y + 0.5) };
}

export function unproject({ x, y }: Pixel, zoom: number): [number, number] {
  const s = worldSize(zoom);
  const mx = (x / s - 0.5) / SCALE;
  const my = (y / s - 0.5) / -SCALE;
  return [(2 * Math.atan(Math.exp(my / R)) - Math.PI / 2) / D, mx / D / R];
}

export interface FitOptions {
  size: readonly [number, number];
  paddingTopLeft: readonly [number, number];
  paddingBottomRight: readonly [number, number];
  maxZoom: number;
  minZoom: number;
  zoomSnap: number;
}

export interface MapView { center: [number, number]; zoom: number }

/** Map.getBoundsZoom + _getBoundsCenterZoom (fitBounds) of Leaflet 1.9, for bounds [[s, w], [n, e]]. */
export function fitView(bounds: readonly [LatLon, LatLon], o: FitOptions): MapView {
  const [[south, west], [north, east]] = bounds;
  const nw = project([north, west], 0);
  const se = project([south, east], 0);
  const width = o.size[0] - o.paddingTopLeft[0] - o.paddingBottomRight[0];
  const height = o.size[1] - o.paddingTopLeft[1] - o.paddingBottomRight[1];
  const scale = Math.min(width / Math.abs(se.x - nw.x), height / Math.abs(se.y - nw.y));
  let zoom = Math.log(scale) / Math.LN2;
  if (!Number.isFinite(zoom)) zoom = Infinity;
  else if (o.zoomSnap) {
    zoom = Math.round(zoom / (o.zoomSnap / 100)) * (o.zoomSnap / 100);
    zoom = Math.floor(zoom / o.zoomSnap) * o.zoomSnap;
  }
  zoom = Math.min(o.maxZoom, Math.max(o.minZoom, Math.min(Infinity, zoom)));
  const sw = project([south, west], zoom);
  const ne = project([north, east], zoom);
  const offX = (o.paddingBottomRight[0] - o.paddingTopLeft[0]) / 2;
  const offY = (o.paddingBottomRight[1] - o.paddingTopLeft[1]) / 2;
  return { center: unproject({ x: (sw.x + ne.x) / 2 + offX, y: (sw.y + ne.y) / 2 + offY }, zoom), zoom };
}

/** The projected pixel at the container's top-left corner (Map._getNewPixelOrigin, rounded as Leaflet does). */
export function pixelOrigin(view: MapView, size: readonly [number, number]): Pixel {
  const c = project(view.center, view.zoom);
  return { x: Math.round(c.x - size[0] / 2), y: Math.round(c.y - size[1] / 2) };
}

/** A point's position in the map's container (latLngToContainerPoint before any pan; Leaflet rounds the projected point). */
export function containerPoint(at: LatLon, view: MapView, origin: Pixel): Pixel {
  const p = project(at, view.zoom);
  return { x: Math.round(p.x) - origin.x, y: Math.round(p.y) - origin.y };
}
