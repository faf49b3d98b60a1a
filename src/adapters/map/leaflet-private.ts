// The only two places the map reaches into Leaflet's private members, each
// behind one named function that does nothing when the member is not there.
//
// Leaflet 2 is a rewrite into ES classes (ESM only, no global L). Its private
// members carry no promise: if `_setPos` or `_animatingZoom` is renamed or
// becomes a #private field, these two turn into no-ops, and what breaks is
// - positionFlat: markers go back to translate3d, one compositing layer each
//   (the same pixels; ~0.4 s more compositing with 1,000 places, bench/);
// - endZoomAnimation: a map unmounted mid-zoom throws "reading '_leaflet_pos'"
//   from Leaflet's 250 ms timer again (e2e/url-fuzz.test.ts catches it).
// Before moving to Leaflet 2, look for public ways to do both.
import { Marker, type Map as LeafletMap, type Point } from 'leaflet';

type SetPos = (this: Marker, pos: Point) => void;
const leafletSetPos = (Marker.prototype as unknown as { _setPos?: SetPos })._setPos;

/**
 * Makes this marker position its icon with a 2D transform (call before it is
 * added to the map). Leaflet's translate3d makes every marker its own
 * compositing layer; a 2D translate puts the same pixels in one.
 */
export function positionFlat(marker: Marker): void {
  if (typeof leafletSetPos !== 'function') return;
  (marker as unknown as { _setPos: SetPos })._setPos = function setPosFlat(pos) {
    leafletSetPos.call(this, pos);
    const icon = this.getElement();
    if (icon) icon.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
  };
}

/**
 * Leaflet ends a zoom animation from a 250 ms timer even when the map was
 * removed meanwhile, then reads a pane that is gone (uncaught): a link that
 * swaps the data right after a fit unmounted the map mid-zoom. Marking the
 * animation over makes that timer do nothing.
 */
export function endZoomAnimation(map: LeafletMap): void {
  const internals = map as unknown as { _animatingZoom?: boolean };
  if ('_animatingZoom' in internals) internals._animatingZoom = false;
}
