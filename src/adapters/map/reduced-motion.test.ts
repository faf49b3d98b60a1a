import { describe, expect, it, vi } from 'vitest';
import { motionOptions, stillPans } from './reduced-motion.ts';

describe('reduced motion on the map', () => {
  it('turns every Leaflet animation off when the reader asks, and leaves them on otherwise', () => {
    expect(motionOptions(true)).toEqual({ zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, inertia: false });
    expect(motionOptions(false)).toEqual({ zoomAnimation: true, fadeAnimation: true, markerZoomAnimation: true, inertia: true });
  });

  it('makes pans jump instead of glide, and undoes it', () => {
    const panBy = vi.fn();
    const map = { panBy };
    const undo = stillPans(map, true);
    map.panBy([10, 0] as never, { animate: true });
    expect(panBy).toHaveBeenCalledWith([10, 0], { animate: false });
    undo();
    expect(map.panBy).toBe(panBy);
    expect(stillPans(map, false)).toBeTypeOf('function');
    expect(map.panBy).toBe(panBy);
  });
});
