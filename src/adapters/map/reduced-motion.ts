// prefers-reduced-motion for the map: Leaflet animates zooms, fades tiles and
// markers and glides pans with CSS transitions unless told not to.
import type { MapOptions } from 'leaflet';

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** MapContainer options: no zoom, fade or marker animation and no pan inertia when the reader asks for less motion. */
export function motionOptions(reduced = prefersReducedMotion()): Pick<MapOptions, 'zoomAnimation' | 'fadeAnimation' | 'markerZoomAnimation' | 'inertia'> {
  return { zoomAnimation: !reduced, fadeAnimation: !reduced, markerZoomAnimation: !reduced, inertia: !reduced };
}

/**
 * Pans without gliding (Leaflet animates a popup's auto-pan and panBy even
 * with zoomAnimation off) while the reader prefers reduced motion.
 */
export function stillPans(map: { panBy: (offset: never, options?: { animate?: boolean }) => unknown }, reduced = prefersReducedMotion()): () => void {
  if (!reduced) return () => undefined;
  const original = map.panBy;
  map.panBy = function panBy(this: unknown, offset: never, options?: { animate?: boolean }) {
    return original.call(this, offset, { ...options, animate: false });
  };
  return () => { map.panBy = original; };
}
