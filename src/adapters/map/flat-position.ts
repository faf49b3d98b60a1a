// Leaflet places each marker with translate3d, which makes every marker its own
// compositing layer: with 1,000 places the browser spent ~0.4 s compositing
// after the map was drawn. A 2D translate puts the same pixels in one layer.
import { Marker, type Point } from 'leaflet';

type SetPos = (this: Marker, pos: Point) => void;
const leafletSetPos = (Marker.prototype as unknown as { _setPos: SetPos })._setPos;

/** Makes this marker position its icon with a 2D transform (call before it is added to the map). */
export function positionFlat(marker: Marker): void {
  (marker as unknown as { _setPos: SetPos })._setPos = function setPosFlat(pos) {
    leafletSetPos.call(this, pos);
    const icon = this.getElement();
    if (icon) icon.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
  };
}
