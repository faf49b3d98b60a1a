// The poster's projection must be Leaflet's own, to the pixel (issue 19).
import { Browser, CRS, latLng, map as leafletMap } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { containerPoint, fitView, pixelOrigin, project, unproject } from './web-mercator.ts';

const PLACES: Array<[number, number]> = [[12.65, -8], [55.75, 37.62], [-33.9, 18.4], [39.9, 116.4], [60, -150], [85.2, 179]];

describe('web-mercator', () => {
  it('projects and unprojects as L.CRS.EPSG3857 at whole and fractional zooms', () => {
    for (const at of PLACES) {
      for (const zoom of [0, 1.75, 3.25, 5]) {
        const ours = project(at, zoom);
        const theirs = CRS.EPSG3857.latLngToPoint(latLng(at[0], at[1]), zoom);
        expect(ours.x).toBeCloseTo(theirs.x, 6);
        expect(ours.y).toBeCloseTo(theirs.y, 6);
        const back = CRS.EPSG3857.pointToLatLng(CRS.EPSG3857.latLngToPoint(latLng(at[0], at[1]), zoom), zoom);
        const [lat, lon] = unproject(ours, zoom);
        expect(lat).toBeCloseTo(back.lat, 6);
        expect(lon).toBeCloseTo(back.lng, 6);
      }
    }
  });

  it('fits bounds to the same centre, fractional zoom and container points as Map.fitBounds', () => {
    const el = document.createElement('div');
    document.body.append(el);
    // jsdom has no 3D transforms, so Leaflet snaps to whole zooms there; browsers use zoomSnap.
    const snap = Browser.any3d ? 0.25 : 1;
    for (const [w, h] of [[918, 420], [330, 420], [1200, 675]] as const) {
      Object.defineProperty(el, 'clientWidth', { configurable: true, value: w });
      Object.defineProperty(el, 'clientHeight', { configurable: true, value: h });
      const m = leafletMap(el, { zoomSnap: 0.25, minZoom: 1, center: [15, 0], zoom: 2 });
      const bounds: [[number, number], [number, number]] = [[-33.9, -8], [55.75, 116.4]];
      m.fitBounds(bounds, { paddingTopLeft: [28, 28], paddingBottomRight: [96, 28], maxZoom: 5, animate: false });
      const view = fitView(bounds, { size: [w, h], paddingTopLeft: [28, 28], paddingBottomRight: [96, 28], maxZoom: 5, minZoom: 1, zoomSnap: snap });
      expect(view.zoom).toBe(m.getZoom());
      // getCenter() reads back through the rounded pixel origin, so only the drawn points are exact.
      expect(view.center[1]).toBeCloseTo(m.getCenter().lng, 0);
      const origin = pixelOrigin(view, [w, h]);
      for (const at of PLACES.slice(0, 4)) {
        const theirs = m.latLngToContainerPoint(at);
        const ours = containerPoint(at, view, origin);
        expect(ours.x).toBeCloseTo(theirs.x, 6);
        expect(ours.y).toBeCloseTo(theirs.y, 6);
      }
      m.remove();
    }
  });
});
