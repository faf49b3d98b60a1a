import { render } from '@testing-library/react';
import type { Map as LeafletMap } from 'leaflet';
import { createRef } from 'react';
import { MapContainer } from 'react-leaflet';
import { describe, expect, it, vi } from 'vitest';
import { PLACES, place, item } from './fixtures.ts';
import { FIT_MAX_ZOOM, FitToPlaces } from './MapEffects.tsx';
import type { MapPlace } from './types.ts';

function setup(places: MapPlace[]) {
  const ref = createRef<LeafletMap>();
  const ui = (p: MapPlace[]) => (
    <MapContainer ref={ref} center={[0, 0]} zoom={2} style={{ height: 300 }}><FitToPlaces places={p} routes={[]} /></MapContainer>
  );
  const view = render(ui(places));
  const map = ref.current as LeafletMap;
  return { map, update: (p: MapPlace[]) => view.rerender(ui(p)) };
}

describe('FitToPlaces', () => {
  it('fits the places once and not again when the same places come back in another order with other counts', () => {
    const spy = vi.fn();
    const { map, update } = setup(PLACES);
    map.fitBounds = spy;
    update([...PLACES].reverse());
    update(PLACES.map((p) => ({ ...p, total: p.total + 1 })));
    expect(spy).not.toHaveBeenCalled();
    update(PLACES.slice(1));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toEqual([[55.75, 37.62], [55.79, 49.12]]);
  });

  it('does not zoom in absurdly on a single place', () => {
    const { map } = setup([place('bamako', 'Bamako', 12.64, -8, [item('a')])]);
    expect(map.getZoom()).toBeLessThanOrEqual(FIT_MAX_ZOOM);
    expect(map.getCenter().lat).toBeCloseTo(12.64, 1);
  });
});
