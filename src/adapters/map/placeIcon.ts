// A place marker is a DivIcon rather than a CircleMarker: Leaflet makes marker
// icons focusable (tabindex, role=button) but not vector paths, and a div lets
// the name show on hover and on keyboard focus with CSS alone.
import { DivIcon } from 'leaflet';

export interface PlaceIconSpec {
  id: string;
  name: string;
  ariaLabel: string;
  radius: number;
  fill: string;
  labelled: boolean;
  selected: boolean;
}

class PlaceIcon extends DivIcon {
  private readonly spec: PlaceIconSpec;

  constructor(spec: PlaceIconSpec) {
    const size = Math.round(spec.radius * 2);
    const classes = ['contacts-place', spec.labelled ? 'is-labelled' : '', spec.selected ? 'is-selected' : ''];
    super({ className: classes.filter(Boolean).join(' '), iconSize: [size, size], html: '' });
    this.spec = spec;
  }

  // Leaflet reuses the element when the icon changes (setIcon), so focus stays put.
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    const { id, name, ariaLabel, fill } = this.spec;
    el.dataset.place = id;
    el.setAttribute('aria-label', ariaLabel);
    const dot = document.createElement('span');
    dot.className = 'contacts-place__dot';
    dot.style.background = fill;
    const label = document.createElement('span');
    label.className = 'contacts-place__label';
    label.setAttribute('aria-hidden', 'true');
    label.textContent = name;
    el.replaceChildren(dot, label);
    return el;
  }
}

export function createPlaceIcon(spec: PlaceIconSpec): DivIcon {
  return new PlaceIcon(spec);
}
