import { divIcon, map as leafletMap, marker } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { endZoomAnimation, positionFlat } from './leaflet-private.ts';

let host: HTMLDivElement;
afterEach(() => host.remove());

function newMap() {
  host = document.createElement('div');
  document.body.append(host);
  return leafletMap(host, { center: [12.6, -8], zoom: 4 });
}

describe('the private Leaflet members the map uses', () => {
  it('positionFlat places a marker with a 2D translate instead of translate3d', () => {
    const map = newMap();
    const flat = marker([12.6, -8], { icon: divIcon() });
    positionFlat(flat);
    flat.addTo(map);
    expect(flat.getElement()?.style.transform).toMatch(/^translate\(-?[\d.]+px, -?[\d.]+px\)$/);
    expect(marker([14, -4], { icon: divIcon() }).addTo(map).getElement()?.style.transform).toBe(''); // jsdom's Leaflet sets left/top
  });

  it('endZoomAnimation marks a running zoom animation over, and leaves a map that never zoomed alone', () => {
    const map = newMap();
    endZoomAnimation(map);
    expect('_animatingZoom' in map).toBe(false);
    Object.assign(map, { _animatingZoom: true });
    endZoomAnimation(map);
    expect((map as unknown as { _animatingZoom: boolean })._animatingZoom).toBe(false);
  });
});
